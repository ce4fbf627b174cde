package org.complaintsplatform.deadline.kafka;

import java.time.Clock;

import org.complaintsplatform.contracts.cloudevents.EventIds;
import org.complaintsplatform.contracts.deadline.DeadlineKind;
import org.complaintsplatform.contracts.deadline.DeadlineMet;
import org.complaintsplatform.contracts.deadline.DeadlineMissed;
import org.complaintsplatform.contracts.deadline.DeadlineSet;
import org.complaintsplatform.deadline.api.Deadline;
import org.complaintsplatform.kafkasupport.TransactionalOutbox;
import org.springframework.stereotype.Component;

/**
 * Publishes deadline events through the transactional outbox, in the caller's transaction. CloudEvent
 * ids are derived from what caused the event, so a repeated cause can never publish a different event.
 */
@Component
class DeadlineEvents {

    private final TransactionalOutbox outbox;
    private final Clock clock;

    DeadlineEvents(TransactionalOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    void set(Deadline deadline, String triggerCeId) {
        outbox.append(new DeadlineSet(deadline.tenantId(), deadline.complaintId(), clock.instant(), deadline.id(),
                kind(deadline), deadline.dueOn()), EventIds.derived(triggerCeId, "deadline-set"));
    }

    void met(Deadline deadline, String triggerCeId) {
        if (deadline.metOn() == null) {
            throw new IllegalArgumentException("deadline " + deadline.id() + " is not met");
        }
        outbox.append(new DeadlineMet(deadline.tenantId(), deadline.complaintId(), clock.instant(), deadline.id(),
                kind(deadline), deadline.dueOn(), deadline.metOn()), EventIds.derived(triggerCeId, "deadline-met"));
    }

    /** Missed once per deadline at most, so the deadline id is the cause. */
    void missed(Deadline deadline) {
        outbox.append(new DeadlineMissed(deadline.tenantId(), deadline.complaintId(), clock.instant(), deadline.id(),
                kind(deadline), deadline.dueOn()), EventIds.derived(deadline.id().toString(), "deadline-missed"));
    }

    private static DeadlineKind kind(Deadline deadline) {
        return DeadlineKind.valueOf(deadline.kind().name());
    }
}
