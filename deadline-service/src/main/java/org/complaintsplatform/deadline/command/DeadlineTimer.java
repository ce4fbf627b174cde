package org.complaintsplatform.deadline.command;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import org.complaintsplatform.procedures.WorkingDayCalendar;

/**
 * Two durable one-time timers per running deadline, kept by db-scheduler in this service's database: one
 * at the lead time (DeadlineApproaching), one when the due date is over (DeadlineMissed). Their rows are
 * written through Spring's transaction, so timers exist exactly when their deadline was committed, and
 * nothing per deadline is held in memory.
 */
public class DeadlineTimer {

    /** db-scheduler task names; the instance id is the deadline id. */
    public static final String TASK = "deadline-due";
    public static final String APPROACHING_TASK = "deadline-approaching";
    /** A grace period is for consumer lag around midnight, not a second deadline. */
    public static final Duration MAX_GRACE = Duration.ofHours(6);

    private final SchedulerClient scheduler;
    private final int leadWorkingDays;
    private final Duration missGrace;

    /**
     * @param leadWorkingDays how many working days before the due date the warning fires
     * @param missGrace       how long after a due date is over the deadline is missed
     */
    public DeadlineTimer(SchedulerClient scheduler, int leadWorkingDays, Duration missGrace) {
        if (leadWorkingDays < 0) {
            throw new IllegalArgumentException("lead time must not be negative: " + leadWorkingDays);
        }
        if (missGrace.isNegative() || missGrace.compareTo(MAX_GRACE) > 0) {
            throw new IllegalArgumentException("miss grace must be between 0 and " + MAX_GRACE + ": " + missGrace);
        }
        this.scheduler = scheduler;
        this.leadWorkingDays = leadWorkingDays;
        this.missGrace = missGrace;
    }

    /** A due date is over at the start of the next London day. */
    public static Instant overAt(LocalDate dueOn) {
        return dueOn.plusDays(1).atStartOfDay(WorkingDayCalendar.LONDON).toInstant();
    }

    /**
     * The miss timer fires the grace period after the due date is over, so that an answer given on the due
     * date that the consumer has not read yet meets the deadline instead of following a DeadlineMissed.
     */
    public Instant missesAt(LocalDate dueOn) {
        return overAt(dueOn).plus(missGrace);
    }

    /**
     * The warning fires at the start of the London day that is the lead time (in the tenant's working days)
     * before the due date: a scheduling policy, so it is computed here, unlike due dates.
     */
    public Instant approachesAt(LocalDate dueOn, WorkingDayCalendar calendar) {
        return calendar.addWorkingDays(dueOn, -leadWorkingDays).atStartOfDay(WorkingDayCalendar.LONDON).toInstant();
    }

    public int leadWorkingDays() {
        return leadWorkingDays;
    }

    /** Starts both timers; a warning whose day has passed fires on the next poll (the firing skips a deadline already over). */
    public void start(UUID deadlineId, LocalDate dueOn, WorkingDayCalendar calendar) {
        scheduler.scheduleIfNotExists(new TaskInstance<Void>(APPROACHING_TASK, deadlineId.toString()), approachesAt(dueOn, calendar));
        scheduler.scheduleIfNotExists(new TaskInstance<Void>(TASK, deadlineId.toString()), missesAt(dueOn));
    }

    /** Stops the timers and starts them again for a new due date. */
    public void restart(UUID deadlineId, LocalDate dueOn, WorkingDayCalendar calendar) {
        stop(deadlineId);
        start(deadlineId, dueOn, calendar);
    }

    /**
     * Removes timers that have not fired. One that is firing right now cannot be removed, and a start that
     * follows finds it still there: its firing is guarded by the deadline's state, and for a deadline still
     * running it answers when to fire again ({@link DeadlineDue}), so the timer moves to the new date.
     */
    public void stop(UUID deadlineId) {
        stop(TaskInstanceId.of(APPROACHING_TASK, deadlineId.toString()));
        stop(TaskInstanceId.of(TASK, deadlineId.toString()));
    }

    private void stop(TaskInstanceId id) {
        scheduler.getScheduledExecution(id)
                .filter(execution -> !execution.isPicked())
                .map(ScheduledExecution::getTaskInstance)
                .ifPresent(scheduler::cancel);
    }
}
