package org.complaintsplatform.workflow.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.complaintsplatform.procedures.WorkingDayCalendar;
import org.complaintsplatform.workflow.api.AcknowledgeComplaint;
import org.complaintsplatform.workflow.api.ComplaintAcknowledged;
import org.complaintsplatform.workflow.api.ComplaintId;
import org.complaintsplatform.workflow.api.ComplaintReceived;
import org.complaintsplatform.workflow.api.RegisterComplaint;
import org.complaintsplatform.workflow.api.Route;
import org.complaintsplatform.workflow.command.ComplaintRuleViolation.RuleCode;
import org.jspecify.annotations.Nullable;

/** A complaint, from receipt to closure, under the procedure profile version it started with. */
@Aggregate
@Revision("1")
public class Complaint {

    @AggregateIdentifier
    private ComplaintId complaintId;
    private String tenantId;
    private LocalDate receivedOn;
    private boolean acknowledgementRequired;
    private boolean anonymous;
    private @Nullable LocalDate acknowledgementDueOn;
    private boolean acknowledged;

    @CommandHandler
    public Complaint(RegisterComplaint command, DueDates dueDates) {
        DueDates.Start start = dueDates.start(command.tenantId(), command.feedbackType(), command.receivedAt());
        // Anonymous complaints are recorded but never acknowledged: no acknowledgement clock starts.
        boolean acknowledgementRequired = !command.anonymous() && start.feedbackRule().acknowledged();
        LocalDate acknowledgementDue = acknowledgementRequired ? start.acknowledgementDueOn() : null;
        boolean projected = acknowledgementDue != null
                && start.calendar().usesProjectedHolidays(start.dayZero(), acknowledgementDue);
        apply(new ComplaintReceived(
                command.complaintId(), command.tenantId(), command.reference(), command.receivedAt(), start.dayZero(),
                command.channel(), command.feedbackType(),
                command.routeHint() == null ? Route.STATUTORY : command.routeHint(),
                command.anonymous(), acknowledgementRequired, command.complainant(), command.child(), command.summary(),
                command.desiredOutcome(),
                start.profile().id(), start.profile().version(), acknowledgementDue, projected));
    }

    @CommandHandler
    public void handle(AcknowledgeComplaint command) {
        if (anonymous) {
            throw new ComplaintRuleViolation(RuleCode.ANONYMOUS_NOT_ACKNOWLEDGED,
                    "complaint " + complaintId + " is anonymous and is never acknowledged");
        }
        if (!acknowledgementRequired) {
            throw new ComplaintRuleViolation(RuleCode.ACKNOWLEDGEMENT_NOT_REQUIRED,
                    "the procedure does not acknowledge representation " + complaintId);
        }
        LocalDate sentOn = LocalDate.ofInstant(command.sentAt(), WorkingDayCalendar.LONDON);
        if (sentOn.isBefore(receivedOn)) {
            throw new ComplaintRuleViolation(RuleCode.SENT_BEFORE_RECEIPT,
                    "an acknowledgement sent on " + sentOn + " predates receipt on " + receivedOn);
        }
        if (acknowledged) {
            return; // a complaint is acknowledged once; later copies of the letter change nothing
        }
        apply(new ComplaintAcknowledged(complaintId, tenantId, command.sentAt(), sentOn, acknowledgementDueOn,
                command.letterId()));
    }

    @EventSourcingHandler
    void on(ComplaintReceived event) {
        complaintId = event.complaintId();
        tenantId = event.tenantId();
        receivedOn = event.receivedOn();
        anonymous = event.anonymous();
        acknowledgementRequired = event.acknowledgementRequired();
        acknowledgementDueOn = event.acknowledgementDueOn();
    }

    @EventSourcingHandler
    void on(ComplaintAcknowledged event) {
        acknowledged = true;
    }

    /** For Axon, which rebuilds the aggregate from its events. */
    protected Complaint() {
    }
}
