package org.complaintsplatform.reporting.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.procedures.Tenant;
import org.complaintsplatform.procedures.WorkingDayCalendar;
import org.complaintsplatform.reporting.api.PeriodFigures;
import org.complaintsplatform.reporting.persistence.ComplaintFactRepository;
import org.complaintsplatform.reporting.persistence.ComplaintFactRepository.StageCount;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Gauges per tenant and stage, from the projection:
 * <ul>
 *   <li>{@code complaints_open{tenant,stage}}: complaints that have not ended, by the stage they are at;
 *   <li>{@code complaints_deadlines_overdue{tenant,stage}}: the clocks of those complaints, not on hold, whose due date
 *       (as the complaint events carried it) has passed unmet ({@link ComplaintFactRepository#overdueOn}).
 * </ul>
 * One query per gauge family serves every gauge of a scrape: the counts are read at most once per {@link #MAX_AGE}.
 */
@Component
public class ComplaintGauges implements MeterBinder {

    static final Duration MAX_AGE = Duration.ofSeconds(10);

    private final Procedures procedures;
    private final Counts open;
    private final Counts overdue;

    public ComplaintGauges(ComplaintFactRepository complaints, Procedures procedures, Clock clock) {
        this.procedures = procedures;
        this.open = new Counts(clock, complaints::openNow);
        this.overdue = new Counts(clock, () -> complaints.overdueOn(LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.LONDON)));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Tenant tenant : procedures.tenants()) {
            for (int stage = 1; stage <= PeriodFigures.STAGES; stage++) {
                int current = stage;
                Gauge.builder("complaints.open", open, counts -> counts.of(tenant.id(), current))
                        .description("Complaints neither closed, withdrawn, refused under the time limit nor excluded, by the stage they are at")
                        .tag("tenant", tenant.id())
                        .tag("stage", Integer.toString(stage))
                        .register(registry);
                Gauge.builder("complaints.deadlines.overdue", overdue, counts -> counts.of(tenant.id(), current))
                        .description("Clocks of open complaints, not on hold, whose due date has passed unmet, by stage")
                        .tag("tenant", tenant.id())
                        .tag("stage", Integer.toString(stage))
                        .register(registry);
            }
        }
    }

    /** Counts per tenant and stage, read again once they are older than {@link #MAX_AGE}. */
    private static final class Counts {

        private final Clock clock;
        private final Supplier<List<StageCount>> read;
        private @Nullable List<StageCount> counts;
        private Instant readAt = Instant.MIN;

        Counts(Clock clock, Supplier<List<StageCount>> read) {
            this.clock = clock;
            this.read = read;
        }

        synchronized double of(String tenantId, int stage) {
            Instant now = clock.instant();
            if (counts == null || readAt.plus(MAX_AGE).isBefore(now)) {
                counts = read.get();
                readAt = now;
            }
            return counts.stream()
                    .filter(count -> count.tenantId().equals(tenantId) && count.stage() == stage)
                    .mapToLong(StageCount::count)
                    .sum();
        }
    }
}
