package org.complaintsplatform.deadline.kafka;

import java.time.Clock;
import java.time.LocalDate;

import org.complaintsplatform.contracts.IntegrationEvent;
import org.complaintsplatform.contracts.cloudevents.EventIds;
import org.complaintsplatform.contracts.complaint.Strictness;
import org.complaintsplatform.contracts.deadline.CancellationReason;
import org.complaintsplatform.contracts.deadline.DeadlineApproaching;
import org.complaintsplatform.contracts.deadline.DeadlineCancelled;
import org.complaintsplatform.contracts.deadline.DeadlineExtended;
import org.complaintsplatform.contracts.deadline.DeadlineMet;
import org.complaintsplatform.contracts.deadline.DeadlineMissed;
import org.complaintsplatform.contracts.deadline.DeadlinePaused;
import org.complaintsplatform.contracts.deadline.DeadlineResumed;
import org.complaintsplatform.contracts.deadline.DeadlineSet;
import org.complaintsplatform.deadline.api.Deadline;
import org.complaintsplatform.kafkasupport.TransactionalOutbox;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Publishes deadline events through the transactional outbox, in the caller's transaction. CloudEvent
 * ids are derived from what caused the event and the deadline it is about, so a repeated cause can never
 * publish a different event: {@code EventIds.derived(<trigger ce_id>, "<type>:<deadline id>")} for
 * effects of a complaint event, {@code EventIds.derived("<deadline id>@<due date>", "<type>")} for timers.
 */
@Component
class DeadlineEvents {

    private final TransactionalOutbox outbox;
    private final Clock clock;

    DeadlineEvents(TransactionalOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    void set(Deadline d, String triggerCeId) {
        publish(new DeadlineSet(d.tenantId(), d.complaintId(), clock.instant(), d.id(), d.stage(), d.step(), strictness(d),
                d.rule(), d.dueOn()), byTrigger(triggerCeId, "deadline-set", d));
    }

    void extended(Deadline d, LocalDate previousDueOn, String triggerCeId) {
        publish(new DeadlineExtended(d.tenantId(), d.complaintId(), clock.instant(), d.id(), d.stage(), d.step(), strictness(d),
                d.rule(), previousDueOn, d.dueOn()), byTrigger(triggerCeId, "deadline-extended", d));
    }

    void paused(Deadline d, LocalDate pausedOn, String triggerCeId) {
        publish(new DeadlinePaused(d.tenantId(), d.complaintId(), clock.instant(), d.id(), d.stage(), d.step(), strictness(d),
                d.rule(), d.dueOn(), pausedOn, d.workingDaysLeft()), byTrigger(triggerCeId, "deadline-paused", d));
    }

    void resumed(Deadline d, LocalDate previousDueOn, LocalDate resumedOn, String triggerCeId) {
        publish(new DeadlineResumed(d.tenantId(), d.complaintId(), clock.instant(), d.id(), d.stage(), d.step(), strictness(d),
                d.rule(), previousDueOn, d.dueOn(), resumedOn), byTrigger(triggerCeId, "deadline-resumed", d));
    }

    void met(Deadline d, String triggerCeId) {
        LocalDate metOn = d.metOn();
        if (metOn == null) {
            throw new IllegalArgumentException("deadline " + d.id() + " is not met");
        }
        publish(new DeadlineMet(d.tenantId(), d.complaintId(), clock.instant(), d.id(), d.stage(), d.step(), strictness(d),
                d.rule(), d.dueOn(), metOn), byTrigger(triggerCeId, "deadline-met", d));
    }

    void cancelled(Deadline d, LocalDate cancelledOn, CancellationReason reason, String triggerCeId) {
        publish(new DeadlineCancelled(d.tenantId(), d.complaintId(), clock.instant(), d.id(), d.stage(), d.step(), strictness(d),
                d.rule(), d.dueOn(), cancelledOn, reason), byTrigger(triggerCeId, "deadline-cancelled", d));
    }

    /** Missed once per due date at most, so the deadline and its due date are the cause. */
    void missed(Deadline d) {
        publish(new DeadlineMissed(d.tenantId(), d.complaintId(), clock.instant(), d.id(), d.stage(), d.step(), strictness(d),
                d.rule(), d.dueOn()), byTimer("deadline-missed", d));
    }

    void approaching(Deadline d, int workingDaysLeft) {
        publish(new DeadlineApproaching(d.tenantId(), d.complaintId(), clock.instant(), d.id(), d.stage(), d.step(), strictness(d),
                d.rule(), d.dueOn(), workingDaysLeft), byTimer("deadline-approaching", d));
    }

    static String byTrigger(String triggerCeId, String type, Deadline d) {
        return EventIds.derived(triggerCeId, type + ":" + d.id());
    }

    static String byTimer(String type, Deadline d) {
        return EventIds.derived(d.id() + "@" + d.dueOn(), type);
    }

    private void publish(IntegrationEvent event, String ceId) {
        outbox.append(event, ceId);
    }

    private static @Nullable Strictness strictness(Deadline d) {
        return d.strictness() == null ? null : Strictness.valueOf(d.strictness().name());
    }
}
