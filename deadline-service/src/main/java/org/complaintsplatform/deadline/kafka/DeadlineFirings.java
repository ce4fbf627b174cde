package org.complaintsplatform.deadline.kafka;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.complaintsplatform.deadline.api.Deadline;
import org.complaintsplatform.deadline.api.DeadlineStatus;
import org.complaintsplatform.deadline.command.DeadlineDue;
import org.complaintsplatform.deadline.command.DeadlineTimer;
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
    private final DeadlineTimer timer;
    private final Procedures procedures;
    private final Clock clock;

    DeadlineFirings(DeadlineRepository deadlines, DeadlineEvents events, DeadlineTimer timer, Procedures procedures,
                    Clock clock) {
        this.deadlines = deadlines;
        this.events = events;
        this.timer = timer;
        this.procedures = procedures;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Optional<Instant> fire(UUID deadlineId) {
        Optional<Deadline> missed = deadlines.markMissed(deadlineId, clock.instant(),
                LocalDate.now(clock.withZone(WorkingDayCalendar.LONDON)));
        missed.ifPresent(events::missed);
        if (missed.isPresent()) {
            return Optional.empty();
        }
        return deadlines.find(deadlineId)
                .filter(deadline -> deadline.status() == DeadlineStatus.OPEN)
                .map(deadline -> timer.missesAt(deadline.dueOn()))
                .filter(missesAt -> missesAt.isAfter(clock.instant()));
    }

    @Override
    @Transactional
    public Optional<Instant> approach(UUID deadlineId) {
        return deadlines.find(deadlineId).flatMap(found -> {
            WorkingDayCalendar calendar = calendar(found.tenantId());
            Instant approachesAt = timer.approachesAt(found.dueOn(), calendar);
            if (found.status() == DeadlineStatus.OPEN && approachesAt.isAfter(clock.instant())) {
                return Optional.of(approachesAt);
            }
            deadlines.markApproaching(deadlineId, calendar.today())
                    .ifPresent(deadline -> events.approaching(deadline, calendar.workingDaysBetween(calendar.today(), deadline.dueOn())));
            return Optional.empty();
        });
    }

    private WorkingDayCalendar calendar(String tenantId) {
        Tenant tenant = procedures.tenant(tenantId)
                .orElseThrow(() -> new IllegalStateException("deadline of unknown tenant " + tenantId));
        return procedures.calendar(tenant);
    }
}
