package org.complaintsplatform.deadline.config;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.complaintsplatform.deadline.command.DeadlineDue;
import org.complaintsplatform.deadline.command.DeadlineTimer;
import org.complaintsplatform.procedures.Procedures;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** With the service's clock, so "today" in the calendars is the same day the tests and timers see. */
    @Bean
    Procedures procedures(Clock clock) {
        return Procedures.loadDefault(clock);
    }

    /** db-scheduler reads time from the same clock as the rest of the service, so tests can move both. */
    @Bean
    com.github.kagkarlsson.scheduler.Clock schedulerClock(Clock clock) {
        return clock::instant;
    }

    /** Lazy: the scheduler is built from the task beans below, which need the firings, which need the timer. */
    @Bean
    DeadlineTimer deadlineTimer(@Lazy SchedulerClient scheduler, DeadlineProperties properties) {
        return new DeadlineTimer(scheduler, properties.approachingLeadWorkingDays(), properties.missGrace());
    }

    /** The one-time tasks behind {@link DeadlineTimer}; the starter registers every {@code Task} bean. */
    @Bean
    Task<Void> deadlineDueTask(DeadlineDue due) {
        return Tasks.custom(DeadlineTimer.TASK, Void.class)
                .execute((instance, context) -> thenFireAgainAt(due.fire(UUID.fromString(instance.getId()))));
    }

    @Bean
    Task<Void> deadlineApproachingTask(DeadlineDue due) {
        return Tasks.custom(DeadlineTimer.APPROACHING_TASK, Void.class)
                .execute((instance, context) -> thenFireAgainAt(due.approach(UUID.fromString(instance.getId()))));
    }

    /** A one-time timer, unless the firing says its deadline moved: then the same timer waits for the new moment. */
    private static CompletionHandler<Void> thenFireAgainAt(Optional<Instant> again) {
        return again.<CompletionHandler<Void>>map(at -> (complete, operations) -> operations.reschedule(complete, at))
                .orElseGet(CompletionHandler.OnCompleteRemove::new);
    }
}
