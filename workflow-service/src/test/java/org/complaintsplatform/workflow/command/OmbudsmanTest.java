package org.complaintsplatform.workflow.command;

import static org.complaintsplatform.workflow.command.ComplaintMother.ID;
import static org.complaintsplatform.workflow.command.ComplaintMother.due;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.workflow.api.ComplaintClosed;
import org.complaintsplatform.workflow.api.ComplaintReceived;
import org.complaintsplatform.workflow.api.DueDate;
import org.complaintsplatform.workflow.api.ExternalBody;
import org.complaintsplatform.workflow.api.FeedbackType;
import org.complaintsplatform.workflow.api.Finding;
import org.complaintsplatform.workflow.api.OmbudsmanOutcome;
import org.complaintsplatform.workflow.api.OmbudsmanOutcomeRecorded;
import org.complaintsplatform.workflow.api.Outcome;
import org.complaintsplatform.workflow.api.RecordOmbudsmanOutcome;
import org.complaintsplatform.workflow.api.ReferToOmbudsman;
import org.complaintsplatform.workflow.api.ReferredToOmbudsman;
import org.complaintsplatform.workflow.api.RespondToStage;
import org.complaintsplatform.workflow.api.StageResponded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Ombudsman, the last step after the procedure (or earlier, when the organisation has not answered), one rule
 * per test. Complaints received Tue 22 December 2026, Stage 1 response due Fri 8 January 2027.
 */
class OmbudsmanTest {

    private static final Instant RECEIVED_AT = Instant.parse("2026-12-22T16:45:00Z");
    private static final LocalDate RECEIVED_ON = LocalDate.of(2026, 12, 22);
    private static final List<Finding> FINDINGS = List.of(new Finding(1, Outcome.NOT_UPHELD));
    private static final Instant REFERRED_AT = Instant.parse("2027-03-01T09:00:00Z");
    private static final LocalDate REFERRED_ON = LocalDate.of(2027, 3, 1);

    private AggregateTestFixture<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Complaint.class);
        fixture.registerInjectableResource(new DueDates(Procedures.loadDefault()));
        fixture.registerInjectableResource(new LabellingKeys());
    }

    private static ComplaintReceived received(String tenantId) {
        return ComplaintMother.received(tenantId, RECEIVED_AT, RECEIVED_ON, null, due(tenantId, 1, "RESPONSE", LocalDate.of(2027, 1, 8)));
    }

    private static ComplaintClosed closedAfterStageOne(String tenantId) {
        return new ComplaintClosed(ID, tenantId, Instant.parse("2027-02-16T10:00:00Z"), LocalDate.of(2027, 2, 16), 1, FINDINGS);
    }

    private static ReferredToOmbudsman referred(String tenantId) {
        return new ReferredToOmbudsman(ID, tenantId, REFERRED_AT, REFERRED_ON, ExternalBody.LGSCO, 1, true);
    }

    /** Herefordshire: "If still not satisfied at the end of the procedure", the LGSCO. */
    @Test
    void closedComplaintIsReferredToTheOmbudsmanWithItsDateAndStage() {
        fixture.given(received("herefordshire"), closedAfterStageOne("herefordshire"))
                .when(new ReferToOmbudsman(ID, REFERRED_AT, ExternalBody.LGSCO))
                .expectEvents(referred("herefordshire"));
    }

    /** BCP: if the council has not answered "within a reasonable time, it may decide to look into your complaint anyway". */
    @Test
    void referralOfAnOpenComplaintLeavesItsProcedureRunning() {
        Instant respondedAt = Instant.parse("2027-01-18T12:00:00Z");
        fixture.given(received("bcp"), new ReferredToOmbudsman(ID, "bcp", Instant.parse("2027-01-15T09:00:00Z"),
                        LocalDate.of(2027, 1, 15), ExternalBody.LGSCO, 1, false))
                .when(new RespondToStage(ID, 1, respondedAt, FINDINGS))
                // responded Mon 18 January by e-mail; 20 working days from its receipt that day: Mon 15 February
                .expectEvents(new StageResponded(ID, "bcp", respondedAt, LocalDate.of(2027, 1, 18), 1, FINDINGS,
                        LocalDate.of(2027, 1, 8), due("bcp", 2, DueDate.REQUEST_WINDOW, LocalDate.of(2027, 2, 15))));
    }

    /** Herefordshire names the LGSCO and a local councillor; the CQC is not a body of its procedure. */
    @Test
    void referralToABodyTheProfileDoesNotNameIsRejected() {
        fixture.given(received("herefordshire"), closedAfterStageOne("herefordshire"))
                .when(new ReferToOmbudsman(ID, REFERRED_AT, ExternalBody.CQC))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(allOf(containsString("BODY_NOT_SIGNPOSTED"), containsString("LGSCO")));
    }

    @Test
    void complaintIsWithOneOmbudsmanAtATime() {
        fixture.given(received("cambridgeshire"), closedAfterStageOne("cambridgeshire"), referred("cambridgeshire"))
                .when(new ReferToOmbudsman(ID, REFERRED_AT.plusSeconds(86_400), ExternalBody.LGSCO))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("OMBUDSMAN_REFERRAL_PENDING"));
    }

    @Test
    void ombudsmansOutcomeIsRecordedForTheBodyReferredTo() {
        Instant decidedAt = Instant.parse("2027-06-30T14:00:00Z");
        fixture.given(received("telford-wrekin"), closedAfterStageOne("telford-wrekin"), referred("telford-wrekin"))
                .when(new RecordOmbudsmanOutcome(ID, decidedAt, OmbudsmanOutcome.UPHELD))
                .expectEvents(new OmbudsmanOutcomeRecorded(ID, "telford-wrekin", decidedAt, LocalDate.of(2027, 6, 30),
                        ExternalBody.LGSCO, OmbudsmanOutcome.UPHELD));
    }

    @Test
    void outcomeNeedsAReferral() {
        fixture.given(received("telford-wrekin"), closedAfterStageOne("telford-wrekin"))
                .when(new RecordOmbudsmanOutcome(ID, Instant.parse("2027-06-30T14:00:00Z"), OmbudsmanOutcome.NOT_UPHELD))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("NO_OMBUDSMAN_REFERRAL"));
    }

    /** Cambridgeshire: "the Ombudsman usually sends earlier approaches back to the council"; it may come back later. */
    @Test
    void complaintSentBackForLocalResolutionCanBeReferredAgain() {
        Instant againAt = Instant.parse("2027-09-01T09:00:00Z");
        fixture.given(received("cambridgeshire"), closedAfterStageOne("cambridgeshire"), referred("cambridgeshire"),
                        new OmbudsmanOutcomeRecorded(ID, "cambridgeshire", Instant.parse("2027-03-15T10:00:00Z"),
                                LocalDate.of(2027, 3, 15), ExternalBody.LGSCO, OmbudsmanOutcome.REFERRED_BACK_FOR_LOCAL_RESOLUTION))
                .when(new ReferToOmbudsman(ID, againAt, ExternalBody.LGSCO))
                .expectEvents(new ReferredToOmbudsman(ID, "cambridgeshire", againAt, LocalDate.of(2027, 9, 1),
                        ExternalBody.LGSCO, 1, true));
    }

    @Test
    void outcomeCannotPredateTheReferral() {
        fixture.given(received("cambridgeshire"), closedAfterStageOne("cambridgeshire"), referred("cambridgeshire"))
                .when(new RecordOmbudsmanOutcome(ID, Instant.parse("2027-02-26T10:00:00Z"), OmbudsmanOutcome.UPHELD))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("BEFORE_PREVIOUS_EVENT"));
    }

    @Test
    void complimentIsNotReferredToTheOmbudsman() {
        fixture.given(ComplaintMother.received("cambridgeshire", FeedbackType.COMPLIMENT, RECEIVED_AT, RECEIVED_ON, false, null))
                .when(new ReferToOmbudsman(ID, REFERRED_AT, ExternalBody.LGSCO))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("NOT_A_COMPLAINT"));
    }
}
