package org.complaintsplatform.deadline.command;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import org.complaintsplatform.procedures.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * A durable one-time timer per deadline, kept by db-scheduler in this service's database. Its rows
 * are written through Spring's transaction, so a timer exists exactly when its deadline was committed.
 */
@Component
public class DeadlineTimer {

    /** The db-scheduler task name; its instance id is the deadline id. */
    public static final String TASK = "deadline-due";

    private final SchedulerClient scheduler;

    public DeadlineTimer(SchedulerClient scheduler) {
        this.scheduler = scheduler;
    }

    /** A deadline is missed once its due date is over: at the start of the next London day. */
    public static Instant firesAt(LocalDate dueOn) {
        return dueOn.plusDays(1).atStartOfDay(WorkingDayCalendar.LONDON).toInstant();
    }

    public void start(UUID deadlineId, LocalDate dueOn) {
        scheduler.scheduleIfNotExists(new TaskInstance<Void>(TASK, deadlineId.toString()), firesAt(dueOn));
    }

    /**
     * Removes a timer that has not fired. One that is firing right now is left alone: it finds the
     * deadline no longer open and does nothing.
     */
    public void stop(UUID deadlineId) {
        TaskInstanceId id = TaskInstanceId.of(TASK, deadlineId.toString());
        scheduler.getScheduledExecution(id)
                .filter(execution -> !execution.isPicked())
                .map(ScheduledExecution::getTaskInstance)
                .ifPresent(scheduler::cancel);
    }
}
