package org.complaintsplatform.procedures;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Collection;

/**
 * Tells operators when the bank-holiday file needs refreshing: the last year it covers per division, and
 * how many computed dates relied on holidays projected beyond it.
 */
final class CalendarMetrics implements MeterBinder {

    static final String LAST_YEAR = "procedures.bank.holidays.last.year";
    static final String PROJECTED_DATES = "procedures.calendar.projected.dates";

    private final Collection<WorkingDayCalendar> calendars;

    CalendarMetrics(Collection<WorkingDayCalendar> calendars) {
        this.calendars = calendars;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (WorkingDayCalendar calendar : calendars) {
            String division = calendar.division().slug();
            Gauge.builder(LAST_YEAR, calendar, WorkingDayCalendar::lastYearInFile)
                    .description("Last year of this division's holidays in the bank-holiday file; later dates use projected holidays")
                    .tag("division", division)
                    .register(registry);
            FunctionCounter.builder(PROJECTED_DATES, calendar, WorkingDayCalendar::projectedResults)
                    .description("Dates computed with projected bank holidays, beyond the bank-holiday file: refresh the file")
                    .tag("division", division)
                    .register(registry);
        }
    }
}
