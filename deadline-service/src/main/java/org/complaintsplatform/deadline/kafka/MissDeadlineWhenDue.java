package org.complaintsplatform.deadline.kafka;

import java.time.Clock;
import java.util.UUID;

import org.complaintsplatform.deadline.command.DeadlineDue;
import org.complaintsplatform.deadline.persistence.DeadlineRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A fired timer: an open deadline becomes MISSED and DeadlineMissed is published, in one transaction. */
@Component
class MissDeadlineWhenDue implements DeadlineDue {

    private final DeadlineRepository deadlines;
    private final DeadlineEvents events;
    private final Clock clock;

    MissDeadlineWhenDue(DeadlineRepository deadlines, DeadlineEvents events, Clock clock) {
        this.deadlines = deadlines;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void fire(UUID deadlineId) {
        deadlines.markMissed(deadlineId, clock.instant()).ifPresent(events::missed);
    }
}
