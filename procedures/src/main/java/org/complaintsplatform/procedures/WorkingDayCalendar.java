package org.complaintsplatform.procedures;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Working days of one bank-holiday division: Monday to Friday, except the division's bank holidays,
 * and never Christmas Day, Boxing Day or Good Friday (with their substitute days).
 *
 * <p>Counting follows the day-zero rule: the date a clock starts is day 0 and the next working day is
 * day 1, whatever day of the week day 0 is. Years outside the holiday file are projected from the
 * standing rules; {@link #usesProjectedHolidays} tells a caller when a result relied on them.
 */
public final class WorkingDayCalendar {

    /** Every date the platform computes is a calendar date in this zone. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Division division;
    private final Map<Integer, Set<LocalDate>> fileHolidaysByYear;
    private final int firstYearInFile;
    private final int lastYearInFile;
    private final Clock clock;
    private final ConcurrentMap<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();
    private final LongAdder projectedResults = new LongAdder();

    WorkingDayCalendar(Division division, BankHolidays.DivisionHolidays file, Clock clock) {
        this.division = division;
        this.fileHolidaysByYear = file.byYear();
        this.firstYearInFile = file.firstYear();
        this.lastYearInFile = file.lastYear();
        this.clock = clock;
    }

    public Division division() {
        return division;
    }

    public boolean isWorkingDay(LocalDate date) {
        return !HolidayRules.isWeekend(date) && !holidays(date.getYear()).contains(date);
    }

    /**
     * The date {@code workingDays} working days after day zero; with a negative count, the working day
     * that many working days before it. Zero gives day zero itself.
     */
    public LocalDate addWorkingDays(LocalDate dayZero, int workingDays) {
        LocalDate result = add(dayZero, workingDays);
        countIfProjected(dayZero, result);
        return result;
    }

    /**
     * How many working days {@code date} is after day zero: the working days in (dayZero, date]. For a
     * date before day zero, minus the working days in [date, dayZero), so that
     * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n} for every n.
     */
    public int workingDaysBetween(LocalDate dayZero, LocalDate date) {
        countIfProjected(dayZero, date);
        if (date.isBefore(dayZero)) {
            return -count(date.minusDays(1), dayZero.minusDays(1));
        }
        return count(dayZero, date);
    }

    /**
     * The due date of a timescale whose clock started on day zero. Calendar days, weeks, months and years are
     * not moved off weekends or holidays because no seed says they should be.
     *
     * @throws IllegalArgumentException for a timescale in hours, which needs a start time, not a date
     */
    public LocalDate dueDate(LocalDate dayZero, Timescale timescale) {
        LocalDate due = switch (timescale.unit()) {
            case WORKING_DAYS -> add(dayZero, timescale.amount());
            case CALENDAR_DAYS -> dayZero.plusDays(timescale.amount());
            case WEEKS -> dayZero.plusWeeks(timescale.amount());
            case CALENDAR_MONTHS -> dayZero.plusMonths(timescale.amount());
            case YEARS -> dayZero.plusYears(timescale.amount());
            case HOURS -> throw new IllegalArgumentException(
                    "a timescale of " + timescale.amount() + " hours runs from an instant, not from a date");
        };
        countIfProjected(dayZero, due);
        return due;
    }

    /**
     * When a timescale that started at {@code start} runs out. Hours are clock hours from the instant,
     * weekends and holidays included; every other unit is due by the end of its {@link #dueDate} (the
     * start of the next day in Europe/London), with day zero the London date of {@code start}.
     */
    public Instant dueAt(Instant start, Timescale timescale) {
        if (timescale.unit() == TimescaleUnit.HOURS) {
            return start.plus(Duration.ofHours(timescale.amount()));
        }
        return dueDate(dayZero(start), timescale).plusDays(1).atStartOfDay(LONDON).toInstant();
    }

    /**
     * Stops a clock on the day a suspension starts. The suspension day counts as used: the clock stops at
     * its end, so the working days left are those after it up to the due date.
     */
    public PausedClock pause(LocalDate dueDate, LocalDate suspendedOn) {
        return new PausedClock(dueDate, suspendedOn, workingDaysBetween(suspendedOn, dueDate));
    }

    /**
     * Restarts a paused clock. The resume day is the new day zero, so counting restarts on the next working
     * day with the working days that were left: the due date moves by the working days in
     * (suspension day, resume day]. A clock paused on or after its due date keeps that due date: a
     * suspension does not revive a missed deadline.
     */
    public LocalDate resume(PausedClock paused, LocalDate resumedOn) {
        if (resumedOn.isBefore(paused.suspendedOn())) {
            throw new IllegalArgumentException("a clock suspended on " + paused.suspendedOn() + " cannot resume on " + resumedOn);
        }
        if (paused.workingDaysLeft() <= 0) {
            return paused.dueDate();
        }
        return addWorkingDays(resumedOn, paused.workingDaysLeft());
    }

    /** True if a date between {@code from} and {@code to} (either order) falls in a year the holiday file does not cover. */
    public boolean usesProjectedHolidays(LocalDate from, LocalDate to) {
        int first = Math.min(from.getYear(), to.getYear());
        int last = Math.max(from.getYear(), to.getYear());
        return first < firstYearInFile || last > lastYearInFile;
    }

    /** The last year of this division's holidays in the holiday file; later years are projected. */
    public int lastYearInFile() {
        return lastYearInFile;
    }

    /** Today's date in Europe/London by the injected clock. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }

    /** Day zero of a clock started at {@code instant}: its calendar date in Europe/London, whatever the time of day. */
    public LocalDate dayZero(Instant instant) {
        return LocalDate.ofInstant(instant, LONDON);
    }

    /** How many results so far depended on projected holidays; exported as a metric. */
    long projectedResults() {
        return projectedResults.sum();
    }

    private LocalDate add(LocalDate dayZero, int workingDays) {
        int step = workingDays < 0 ? -1 : 1;
        LocalDate date = dayZero;
        for (int left = Math.abs(workingDays); left > 0; ) {
            date = date.plusDays(step);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    /** Working days in (after, upTo]. */
    private int count(LocalDate after, LocalDate upTo) {
        int days = 0;
        for (LocalDate date = after.plusDays(1); !date.isAfter(upTo); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                days++;
            }
        }
        return days;
    }

    private Set<LocalDate> holidays(int year) {
        return holidaysByYear.computeIfAbsent(year, this::holidaysOf);
    }

    private Set<LocalDate> holidaysOf(int year) {
        if (year < firstYearInFile || year > lastYearInFile) {
            return HolidayRules.projected(division, year);
        }
        Set<LocalDate> days = new HashSet<>(fileHolidaysByYear.getOrDefault(year, Set.of()));
        days.addAll(HolidayRules.statutoryClosures(year));
        return Set.copyOf(days);
    }

    private void countIfProjected(LocalDate from, LocalDate to) {
        if (usesProjectedHolidays(from, to)) {
            projectedResults.increment();
        }
    }
}
