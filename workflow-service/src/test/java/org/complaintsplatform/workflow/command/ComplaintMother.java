package org.complaintsplatform.workflow.command;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.complaintsplatform.workflow.api.Complainant;
import org.complaintsplatform.workflow.api.ComplainantRole;
import org.complaintsplatform.workflow.api.ComplaintAcknowledged;
import org.complaintsplatform.workflow.api.ComplaintId;
import org.complaintsplatform.workflow.api.ComplaintReceived;
import org.complaintsplatform.workflow.api.ContactPreference;
import org.complaintsplatform.workflow.api.DueDate;
import org.complaintsplatform.workflow.api.FeedbackType;
import org.complaintsplatform.workflow.api.InformationSharingRestricted;
import org.complaintsplatform.workflow.api.ReceiptChannel;
import org.complaintsplatform.workflow.api.RegisterComplaint;
import org.complaintsplatform.workflow.api.Route;
import org.complaintsplatform.workflow.api.SealedComplainant;
import org.complaintsplatform.workflow.api.Strictness;
import org.jspecify.annotations.Nullable;

/** Complaints in known states, written as the commands and events that make them. */
final class ComplaintMother {

    static final ComplaintId ID = new ComplaintId(UUID.fromString("3f1c8f9e-2a57-4c1e-9d0b-6a1f4e2b7c10"));
    static final UUID LETTER = UUID.fromString("9b2d6c1a-0f7e-4c55-8a43-2d1e6f9a0b31");
    static final Complainant PARENT = new Complainant(ComplainantRole.PARENT, "Alex Example", "alex@example.org",
            null, ContactPreference.EMAIL);
    static final String SUMMARY = "No reply from the social worker for six weeks.";
    /** The parent as events keep them: name and e-mail address sealed under the complaint's key. */
    static final SealedComplainant SEALED_PARENT = new SealedComplainant(ComplainantRole.PARENT,
            LabellingKeys.sealed(ID, "Alex Example"), LabellingKeys.sealed(ID, "alex@example.org"), null, ContactPreference.EMAIL);

    private ComplaintMother() {
    }

    static RegisterComplaint registration(String tenantId, Instant receivedAt, boolean anonymous) {
        return registration(tenantId, FeedbackType.COMPLAINT, receivedAt, anonymous);
    }

    static RegisterComplaint registration(String tenantId, FeedbackType type, Instant receivedAt, boolean anonymous) {
        return new RegisterComplaint(ID, tenantId, "REF-2026-000001", receivedAt, ReceiptChannel.WEB,
                type, null, anonymous, anonymous ? anonymousComplainant() : PARENT, null, SUMMARY, null, null, null, null, false);
    }

    /** Cambridgeshire tells a parent without parental responsibility only brief information until consent. */
    static InformationSharingRestricted briefUntilConsent(String tenantId, Instant receivedAt) {
        return new InformationSharingRestricted(ID, tenantId, ComplainantRole.PARENT,
                tenantId + "-v1#eligibility.detailOnlyWithConsent", receivedAt);
    }

    /** A complaint the procedure acknowledges, by the due date given (null where it sets no timescale). */
    static ComplaintReceived received(String tenantId, Instant receivedAt, LocalDate receivedOn,
                                      @Nullable LocalDate acknowledgementDueOn, DueDate... deadlines) {
        return received(tenantId, FeedbackType.COMPLAINT, receivedAt, receivedOn, true, acknowledgementDueOn, deadlines);
    }

    static ComplaintReceived received(String tenantId, FeedbackType type, Instant receivedAt, LocalDate receivedOn,
                                      boolean acknowledgementRequired, @Nullable LocalDate acknowledgementDueOn,
                                      DueDate... deadlines) {
        return new ComplaintReceived(ID, tenantId, "REF-2026-000001", receivedAt, receivedOn, ReceiptChannel.WEB,
                type, routeOf(tenantId), false, acknowledgementRequired, SEALED_PARENT, null,
                LabellingKeys.sealed(ID, SUMMARY), null, tenantId, 1, acknowledgementDueOn,
                List.of(deadlines), false);
    }

    static ComplaintReceived receivedAnonymously(String tenantId, Instant receivedAt, LocalDate receivedOn,
                                                 DueDate... deadlines) {
        return new ComplaintReceived(ID, tenantId, "REF-2026-000001", receivedAt, receivedOn, ReceiptChannel.WEB,
                FeedbackType.COMPLAINT, Route.STATUTORY, true, false,
                new SealedComplainant(ComplainantRole.OTHER, null, null, null, ContactPreference.POST), null,
                LabellingKeys.sealed(ID, SUMMARY), null, tenantId, 1, null, List.of(deadlines), false);
    }

    /** A clock of the tenant's default route, as its version 1 profile names it. */
    static DueDate due(String tenantId, int stage, String step, LocalDate dueOn) {
        return due(tenantId, stage, step, dueOn, Strictness.LIMIT);
    }

    static DueDate due(String tenantId, int stage, String step, LocalDate dueOn, Strictness strictness) {
        String field = step.equals(DueDate.REQUEST_WINDOW) ? "request" : "deadlines." + step;
        String route = routeOf(tenantId) == Route.STATUTORY ? "STATUTORY_CHILDREN" : "CORPORATE";
        return new DueDate(stage, step, dueOn, strictness, tenantId + "-v1#routes[" + route + "].stages[" + stage + "]." + field);
    }

    /** Core Assets, a provider, has only its own (corporate) procedure; the councils' complaints here are statutory. */
    static Route routeOf(String tenantId) {
        return tenantId.equals("core-assets") ? Route.CORPORATE : Route.STATUTORY;
    }

    static ComplaintAcknowledged acknowledged(String tenantId, Instant sentAt, LocalDate sentOn, @Nullable LocalDate dueOn) {
        return new ComplaintAcknowledged(ID, tenantId, sentAt, sentOn, dueOn, LETTER);
    }

    private static Complainant anonymousComplainant() {
        return new Complainant(ComplainantRole.OTHER, null, null, null, ContactPreference.POST);
    }
}
