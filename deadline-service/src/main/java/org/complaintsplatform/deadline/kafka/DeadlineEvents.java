package org.complaintsplatform.deadline.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

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
                kind(deadline), deadline.dueOn()), eventId(triggerCeId, "deadline-set"));
    }

    void met(Deadline deadline, String triggerCeId) {
        if (deadline.metOn() == null) {
            throw new IllegalArgumentException("deadline " + deadline.id() + " is not met");
        }
        outbox.append(new DeadlineMet(deadline.tenantId(), deadline.complaintId(), clock.instant(), deadline.id(),
                kind(deadline), deadline.dueOn(), deadline.metOn()), eventId(triggerCeId, "deadline-met"));
    }

    /** Missed once per deadline at most, so the deadline id is the cause. */
    void missed(Deadline deadline) {
        outbox.append(new DeadlineMissed(deadline.tenantId(), deadline.complaintId(), clock.instant(), deadline.id(),
                kind(deadline), deadline.dueOn()), eventId(deadline.id().toString(), "deadline-missed"));
    }

    static String eventId(String cause, String what) {
        return UUID.nameUUIDFromBytes((cause + ":" + what).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static DeadlineKind kind(Deadline deadline) {
        return DeadlineKind.valueOf(deadline.kind().name());
    }
}
