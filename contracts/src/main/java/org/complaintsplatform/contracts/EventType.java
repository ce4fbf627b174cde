package org.complaintsplatform.contracts;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;


import org.complaintsplatform.contracts.complaint.AdvocateAssigned;
import org.complaintsplatform.contracts.complaint.ComplaintAcknowledged;
import org.complaintsplatform.contracts.complaint.ComplaintClosed;
import org.complaintsplatform.contracts.complaint.ComplaintEscalated;
import org.complaintsplatform.contracts.complaint.ComplaintExcluded;
import org.complaintsplatform.contracts.complaint.ComplaintPersonalDataErased;
import org.complaintsplatform.contracts.complaint.ComplaintReceived;
import org.complaintsplatform.contracts.complaint.ComplaintResumed;
import org.complaintsplatform.contracts.complaint.ComplaintSuspended;
import org.complaintsplatform.contracts.complaint.ComplaintWithdrawn;
import org.complaintsplatform.contracts.complaint.EscalationRequested;
import org.complaintsplatform.contracts.complaint.FollowUpDone;
import org.complaintsplatform.contracts.complaint.FollowUpScheduled;
import org.complaintsplatform.contracts.complaint.IndependentPersonAppointed;
import org.complaintsplatform.contracts.complaint.InvestigationReportSubmitted;
import org.complaintsplatform.contracts.complaint.InvestigatorAppointed;
import org.complaintsplatform.contracts.complaint.LateEscalationDecided;
import org.complaintsplatform.contracts.complaint.OmbudsmanOutcomeRecorded;
import org.complaintsplatform.contracts.complaint.PanelConvened;
import org.complaintsplatform.contracts.complaint.PanelFindingsIssued;
import org.complaintsplatform.contracts.complaint.PanelHeld;
import org.complaintsplatform.contracts.complaint.ReferredToOmbudsman;
import org.complaintsplatform.contracts.complaint.StageExtended;
import org.complaintsplatform.contracts.complaint.StageResponded;
import org.complaintsplatform.contracts.complaint.SufficientInterestDecided;
import org.complaintsplatform.contracts.complaint.TimeLimitDecided;
import org.complaintsplatform.contracts.complaint.WrittenStatementAgreed;
import org.complaintsplatform.contracts.deadline.DeadlineApproaching;
import org.complaintsplatform.contracts.deadline.DeadlineCancelled;
import org.complaintsplatform.contracts.deadline.DeadlineExtended;
import org.complaintsplatform.contracts.deadline.DeadlineMet;
import org.complaintsplatform.contracts.deadline.DeadlineMissed;
import org.complaintsplatform.contracts.deadline.DeadlinePaused;
import org.complaintsplatform.contracts.deadline.DeadlineResumed;
import org.complaintsplatform.contracts.deadline.DeadlineSet;
import org.complaintsplatform.contracts.notification.LetterFailed;
import org.complaintsplatform.contracts.notification.LetterSent;
import org.complaintsplatform.contracts.submission.SubmissionReceived;

/**
 * Every public event type: its record, CloudEvents {@code type}, schema and topic. A new major
 * version is a new constant (and a new record), never an edit of an existing one.
 */
public enum EventType {
    SUBMISSION_RECEIVED("submission-received", 1, SubmissionReceived.class, Topics.SUBMISSIONS),
    COMPLAINT_RECEIVED("complaint-received", 1, ComplaintReceived.class, Topics.COMPLAINT_EVENTS),
    COMPLAINT_ACKNOWLEDGED("complaint-acknowledged", 1, ComplaintAcknowledged.class, Topics.COMPLAINT_EVENTS),
    ADVOCATE_ASSIGNED("advocate-assigned", 1, AdvocateAssigned.class, Topics.COMPLAINT_EVENTS),
    SUFFICIENT_INTEREST_DECIDED("sufficient-interest-decided", 1, SufficientInterestDecided.class, Topics.COMPLAINT_EVENTS),
    STAGE_EXTENDED("stage-extended", 1, StageExtended.class, Topics.COMPLAINT_EVENTS),
    STAGE_RESPONDED("stage-responded", 1, StageResponded.class, Topics.COMPLAINT_EVENTS),
    ESCALATION_REQUESTED("escalation-requested", 1, EscalationRequested.class, Topics.COMPLAINT_EVENTS),
    LATE_ESCALATION_DECIDED("late-escalation-decided", 1, LateEscalationDecided.class, Topics.COMPLAINT_EVENTS),
    COMPLAINT_ESCALATED("complaint-escalated", 1, ComplaintEscalated.class, Topics.COMPLAINT_EVENTS),
    COMPLAINT_SUSPENDED("complaint-suspended", 1, ComplaintSuspended.class, Topics.COMPLAINT_EVENTS),
    COMPLAINT_RESUMED("complaint-resumed", 1, ComplaintResumed.class, Topics.COMPLAINT_EVENTS),
    COMPLAINT_WITHDRAWN("complaint-withdrawn", 1, ComplaintWithdrawn.class, Topics.COMPLAINT_EVENTS),
    COMPLAINT_CLOSED("complaint-closed", 1, ComplaintClosed.class, Topics.COMPLAINT_EVENTS),
    WRITTEN_STATEMENT_AGREED("written-statement-agreed", 1, WrittenStatementAgreed.class, Topics.COMPLAINT_EVENTS),
    INVESTIGATOR_APPOINTED("investigator-appointed", 1, InvestigatorAppointed.class, Topics.COMPLAINT_EVENTS),
    INDEPENDENT_PERSON_APPOINTED("independent-person-appointed", 1, IndependentPersonAppointed.class, Topics.COMPLAINT_EVENTS),
    INVESTIGATION_REPORT_SUBMITTED("investigation-report-submitted", 1, InvestigationReportSubmitted.class, Topics.COMPLAINT_EVENTS),
    PANEL_CONVENED("panel-convened", 1, PanelConvened.class, Topics.COMPLAINT_EVENTS),
    PANEL_HELD("panel-held", 1, PanelHeld.class, Topics.COMPLAINT_EVENTS),
    PANEL_FINDINGS_ISSUED("panel-findings-issued", 1, PanelFindingsIssued.class, Topics.COMPLAINT_EVENTS),
    LETTER_SENT("letter-sent", 1, LetterSent.class, Topics.NOTIFICATION_EVENTS),
    DEADLINE_SET("deadline-set", 1, DeadlineSet.class, Topics.DEADLINE_EVENTS),
    DEADLINE_MET("deadline-met", 1, DeadlineMet.class, Topics.DEADLINE_EVENTS),
    DEADLINE_MISSED("deadline-missed", 1, DeadlineMissed.class, Topics.DEADLINE_EVENTS),
    DEADLINE_EXTENDED("deadline-extended", 1, DeadlineExtended.class, Topics.DEADLINE_EVENTS),
    DEADLINE_PAUSED("deadline-paused", 1, DeadlinePaused.class, Topics.DEADLINE_EVENTS),
    DEADLINE_RESUMED("deadline-resumed", 1, DeadlineResumed.class, Topics.DEADLINE_EVENTS),
    DEADLINE_APPROACHING("deadline-approaching", 1, DeadlineApproaching.class, Topics.DEADLINE_EVENTS),
    DEADLINE_CANCELLED("deadline-cancelled", 1, DeadlineCancelled.class, Topics.DEADLINE_EVENTS),
    LETTER_FAILED("letter-failed", 1, LetterFailed.class, Topics.NOTIFICATION_EVENTS),
    COMPLAINT_PERSONAL_DATA_ERASED("complaint-personal-data-erased", 1, ComplaintPersonalDataErased.class, Topics.COMPLAINT_EVENTS),
    TIME_LIMIT_DECIDED("time-limit-decided", 1, TimeLimitDecided.class, Topics.COMPLAINT_EVENTS),
    COMPLAINT_EXCLUDED("complaint-excluded", 1, ComplaintExcluded.class, Topics.COMPLAINT_EVENTS),
    REFERRED_TO_OMBUDSMAN("referred-to-ombudsman", 1, ReferredToOmbudsman.class, Topics.COMPLAINT_EVENTS),
    OMBUDSMAN_OUTCOME_RECORDED("ombudsman-outcome-recorded", 1, OmbudsmanOutcomeRecorded.class, Topics.COMPLAINT_EVENTS),
    FOLLOW_UP_SCHEDULED("follow-up-scheduled", 1, FollowUpScheduled.class, Topics.COMPLAINT_EVENTS),
    FOLLOW_UP_DONE("follow-up-done", 1, FollowUpDone.class, Topics.COMPLAINT_EVENTS);

    private static final String TYPE_PREFIX = "org.complaintsplatform.";

    private final String name;
    private final int major;
    private final Class<? extends IntegrationEvent> recordType;
    private final String topic;

    EventType(String name, int major, Class<? extends IntegrationEvent> recordType, String topic) {
        this.name = name;
        this.major = major;
        this.recordType = recordType;
        this.topic = topic;
    }

    /** The kebab-case name used in schema paths and in {@code topics.yaml}. */
    public String typeName() {
        return name;
    }

    public int major() {
        return major;
    }

    public Class<? extends IntegrationEvent> recordType() {
        return recordType;
    }

    public String topic() {
        return topic;
    }

    /** The CloudEvents {@code type} attribute, e.g. {@code org.complaintsplatform.complaint-received.v1}. */
    public String ceType() {
        return TYPE_PREFIX + name + ".v" + major;
    }

    /** The classpath resource of the JSON Schema that every payload of this type validates against. */
    public String schemaResource() {
        return "schemas/" + name + "/v" + major + ".schema.json";
    }

    public String exampleResource() {
        return "examples/" + name + "/v" + major + ".json";
    }

    /** The CloudEvents {@code dataschema} attribute: the schema's {@code $id}. */
    public URI dataSchema() {
        return URI.create("urn:org.complaintsplatform:schemas:" + name + ":v" + major);
    }

    public static EventType of(IntegrationEvent event) {
        return of(event.getClass());
    }

    public static EventType of(Class<?> recordType) {
        return Arrays.stream(values())
                .filter(type -> type.recordType.equals(recordType))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(recordType.getName() + " is not a public event type"));
    }

    public static Optional<EventType> fromCeType(String ceType) {
        return Arrays.stream(values()).filter(type -> type.ceType().equals(ceType)).findFirst();
    }
}
