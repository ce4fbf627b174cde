package org.complaintsplatform.deadline.kafka;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.complaintsplatform.deadline.command.DeadlineDue;
import org.complaintsplatform.deadline.persistence.DeadlineRepository;
import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.procedures.Tenant;
import org.complaintsplatform.procedures.WorkingDayCalendar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fired timers. Each is one guarded UPDATE and its event in one transaction, so a firing repeated after
 * a crash, or racing a consumed event, publishes nothing a second time.
 */
@Component
class DeadlineFirings implements DeadlineDue {

    private final DeadlineRepository deadlines;
    private final DeadlineEvents events;
    private final Procedures procedures;
    private final Clock clock;

    DeadlineFirings(DeadlineRepository deadlines, DeadlineEvents events, Procedures procedures, Clock clock) {
        this.deadlines = deadlines;
        this.events = events;
        this.procedures = procedures;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void fire(UUID deadlineId) {
        deadlines.markMissed(deadlineId, clock.instant(), LocalDate.now(clock.withZone(WorkingDayCalendar.LONDON)))
                .ifPresent(events::missed);
    }

    @Override
    @Transactional
    public void approach(UUID deadlineId) {
        deadlines.find(deadlineId).ifPresent(found -> {
            WorkingDayCalendar calendar = calendar(found.tenantId());
            deadlines.markApproaching(deadlineId, calendar.today())
                    .ifPresent(deadline -> events.approaching(deadline, calendar.workingDaysBetween(calendar.today(), deadline.dueOn())));
        });
    }

    private WorkingDayCalendar calendar(String tenantId) {
        Tenant tenant = procedures.tenant(tenantId)
                .orElseThrow(() -> new IllegalStateException("deadline of unknown tenant " + tenantId));
        return procedures.calendar(tenant);
    }
}
