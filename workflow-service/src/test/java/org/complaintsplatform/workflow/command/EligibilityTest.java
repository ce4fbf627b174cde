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
import org.complaintsplatform.workflow.command.DueDates.TimeLimitRule;
import org.complaintsplatform.workflow.api.ComplaintEscalated;
import org.complaintsplatform.workflow.api.ComplaintExcluded;
import org.complaintsplatform.workflow.api.ComplaintReceived;
import org.complaintsplatform.workflow.api.ComplaintSuspended;
import org.complaintsplatform.workflow.api.DecideTimeLimit;
import org.complaintsplatform.workflow.api.DueDate;
import org.complaintsplatform.workflow.api.ErasePersonalData;
import org.complaintsplatform.workflow.api.ExcludeComplaint;
import org.complaintsplatform.workflow.api.ExclusionEffect;
import org.complaintsplatform.workflow.api.ExclusionGround;
import org.complaintsplatform.workflow.api.Finding;
import org.complaintsplatform.workflow.api.Outcome;
import org.complaintsplatform.workflow.api.PersonalDataErased;
import org.complaintsplatform.workflow.api.RespondToStage;
import org.complaintsplatform.workflow.api.StageResponded;
import org.complaintsplatform.workflow.api.SuspensionGround;
import org.complaintsplatform.workflow.api.TimeLimitDecided;
import org.complaintsplatform.workflow.api.WithdrawComplaint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whether the procedure considers a complaint at all: the time limit and its discretion, and the exclusions each
 * profile lists, one rule per test. Complaints received Tue 22 December 2026 (Stage 1 response due Fri 8 January
 * 2027, Christmas, Boxing Day's substitute Mon 28 December and New Year's Day skipped).
 */
class EligibilityTest {

    private static final String CAM = "cambridgeshire";
    private static final String TW = "telford-wrekin";
    private static final String CA = "core-assets";
    private static final Instant RECEIVED_AT = Instant.parse("2026-12-22T16:45:00Z");
    private static final LocalDate RECEIVED_ON = LocalDate.of(2026, 12, 22);
    private static final Instant DECIDED_AT = Instant.parse("2027-01-05T10:00:00Z");
    private static final LocalDate DECIDED_ON = LocalDate.of(2027, 1, 5);
    private static final List<Finding> FINDINGS = List.of(new Finding(1, Outcome.PARTLY_UPHELD), new Finding(2, Outcome.NOT_UPHELD));

    private AggregateTestFixture<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Complaint.class);
        fixture.registerInjectableResource(new DueDates(Procedures.loadDefault()));
        fixture.registerInjectableResource(new LabellingKeys());
    }

    private static DueDate responseDue(String tenantId) {
        return due(tenantId, 1, "RESPONSE", LocalDate.of(2027, 1, 8));
    }

    private static ComplaintReceived received(String tenantId) {
        return ComplaintMother.received(tenantId, RECEIVED_AT, RECEIVED_ON, null, responseDue(tenantId));
    }

    /** Telford &amp; Wrekin: "the Council has discretion to waive this time limit"; the Complaints Manager decides, in writing. */
    @Test
    void lateComplaintAcceptedUnderDiscretionRecordsWhoDecidesAndWhy() {
        fixture.given(received(TW))
                .when(new DecideTimeLimit(ID, DECIDED_AT, true, "could not reasonably have complained sooner"))
                .expectEvents(new TimeLimitDecided(ID, TW, DECIDED_AT, DECIDED_ON, true,
                        LabellingKeys.sealed(ID, "could not reasonably have complained sooner"), "Complaints Manager", true,
                        "telford-wrekin-v1#eligibility.timeLimit"));
    }

    /** CAM-A12: "not usually" leaves discretion, but the seed names no decision-maker and no written decision. */
    @Test
    void cambridgeshireTimeLimitDecisionNamesNoDecisionMakerTheSeedDoesNotName() {
        fixture.given(received(CAM))
                .when(new DecideTimeLimit(ID, DECIDED_AT, true, "unaware of the events until recently"))
                .expectEvents(new TimeLimitDecided(ID, CAM, DECIDED_AT, DECIDED_ON, true,
                        LabellingKeys.sealed(ID, "unaware of the events until recently"), null, false,
                        "cambridgeshire-v1#eligibility.timeLimit"));
    }

    /** A refused late complaint ends there: nothing more happens at Stage 1. */
    @Test
    void refusedLateComplaintIsClosed() {
        fixture.given(received(TW), new TimeLimitDecided(ID, TW, DECIDED_AT, DECIDED_ON, false,
                        LabellingKeys.sealed(ID, "events of 2019, a fair investigation is no longer possible"),
                        "Complaints Manager", true, "telford-wrekin-v1#eligibility.timeLimit"))
                .when(new RespondToStage(ID, 1, Instant.parse("2027-01-07T12:00:00Z"), FINDINGS))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("COMPLAINT_CLOSED"));
    }

    /** Core Assets keeps the record three years "from the close of the complaint process": a refusal is that close. */
    @Test
    void retentionOfARefusedComplaintCountsFromTheRefusal() {
        // refused Thu 7 January 2027: kept through Mon 7 January 2030, erased from Tue 8 January 2030
        Instant erasedAt = Instant.parse("2030-01-08T03:15:00Z");
        fixture.given(received(CA), new TimeLimitDecided(ID, CA, Instant.parse("2027-01-07T10:00:00Z"), LocalDate.of(2027, 1, 7),
                        false, LabellingKeys.sealed(ID, "no reason for the delay"),
                        "Core Assets Children's Services Complaints Manager", true, "core-assets-v1#eligibility.timeLimit"))
                .when(new ErasePersonalData(ID, erasedAt))
                .expectEvents(new PersonalDataErased(ID, CA, erasedAt, LocalDate.of(2030, 1, 8), LocalDate.of(2030, 1, 7),
                        "core-assets-v1#retention"));
    }

    /** None of the five profiles lacks discretion; a profile that did would have a late complaint refused, never accepted. */
    @Test
    void lateComplaintCannotBeAcceptedWithoutDiscretion() {
        AggregateTestFixture<Complaint> strict = new AggregateTestFixture<>(Complaint.class);
        strict.registerInjectableResource(new DueDates(Procedures.loadDefault()) {
            @Override
            public TimeLimitRule timeLimit(ProfileRef ref) {
                return new TimeLimitRule(false, "Complaints Manager", true, "strict-v1#eligibility.timeLimit");
            }
        });
        strict.registerInjectableResource(new LabellingKeys());
        strict.given(received(CAM))
                .when(new DecideTimeLimit(ID, DECIDED_AT, true, "illness"))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("NO_TIME_LIMIT_DISCRETION"));
    }

    @Test
    void timeLimitIsDecidedOnce() {
        fixture.given(received(TW), new TimeLimitDecided(ID, TW, DECIDED_AT, DECIDED_ON, true,
                        LabellingKeys.sealed(ID, "illness"), "Complaints Manager", true, "telford-wrekin-v1#eligibility.timeLimit"))
                .when(new DecideTimeLimit(ID, DECIDED_AT.plusSeconds(3600), false, "changed my mind"))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("TIME_LIMIT_ALREADY_DECIDED"));
    }

    /** Once Stage 1 has answered the complaint, it has been accepted. */
    @Test
    void timeLimitCannotBeDecidedAfterTheStageOneResponse() {
        fixture.given(received(CAM), new StageResponded(ID, CAM, Instant.parse("2027-01-07T12:00:00Z"), LocalDate.of(2027, 1, 7),
                        1, FINDINGS, LocalDate.of(2027, 1, 8), null))
                .when(new DecideTimeLimit(ID, Instant.parse("2027-01-08T10:00:00Z"), false, "too old"))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("STAGE_ALREADY_RESPONDED"));
    }

    /**
     * Cambridgeshire: "Once the concurrent investigation has concluded, you may resubmit your complaint for
     * consideration": the whole complaint is excluded with the profile's effect, and every clock stops.
     */
    @Test
    void complaintExcludedForLegalProceedingsMayBeResubmittedAfterwards() {
        fixture.given(received(CAM))
                .when(new ExcludeComplaint(ID, DECIDED_AT, ExclusionGround.LEGAL_PROCEEDINGS, true,
                        "Care proceedings about the same matter are before the Family Court."))
                .expectEvents(new ComplaintExcluded(ID, CAM, DECIDED_AT, DECIDED_ON, 1, ExclusionGround.LEGAL_PROCEEDINGS,
                        ExclusionEffect.MAY_RESUBMIT_AFTERWARDS, true,
                        LabellingKeys.sealed(ID, "Care proceedings about the same matter are before the Family Court."),
                        "cambridgeshire-v1#exclusions.grounds[LEGAL_PROCEEDINGS]"));
    }

    @Test
    void wholeComplaintExcludedIsClosed() {
        fixture.given(received(CAM), new ComplaintExcluded(ID, CAM, DECIDED_AT, DECIDED_ON, 1, ExclusionGround.OTHER_AGENCY,
                        ExclusionEffect.REDIRECTED, true, LabellingKeys.sealed(ID, "about the school"),
                        "cambridgeshire-v1#exclusions.grounds[OTHER_AGENCY]"))
                .when(new WithdrawComplaint(ID, DECIDED_AT.plusSeconds(3600), "no longer needed"))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("COMPLAINT_CLOSED"));
    }

    /** TW-A19 (b): a legal matter known at registration is excluded in part; the rest proceeds with its clocks. */
    @Test
    void partOfAComplaintExcludedLeavesTheRestToProceed() {
        Instant respondedAt = Instant.parse("2027-01-18T12:00:00Z");
        fixture.given(ComplaintMother.received(CAM, RECEIVED_AT, RECEIVED_ON, LocalDate.of(2026, 12, 29), responseDue(CAM)),
                        new ComplaintExcluded(ID, CAM, DECIDED_AT, DECIDED_ON, 1, ExclusionGround.ALREADY_CONSIDERED,
                                ExclusionEffect.NOT_CONSIDERED, false, LabellingKeys.sealed(ID, "point 3 went through all three stages"),
                                "cambridgeshire-v1#exclusions.grounds[ALREADY_CONSIDERED]"))
                .when(new RespondToStage(ID, 1, respondedAt, FINDINGS))
                // responded Mon 18 January by e-mail; 20 working days to ask for Stage 2: Mon 15 February
                .expectEvents(new StageResponded(ID, CAM, respondedAt, LocalDate.of(2027, 1, 18), 1, FINDINGS,
                        LocalDate.of(2027, 1, 8), due(CAM, 2, DueDate.REQUEST_WINDOW, LocalDate.of(2027, 2, 15))));
    }

    /** Core Assets' guide lists no exclusions; Cambridgeshire's does not list a formal right of appeal (Herefordshire's does). */
    @Test
    void exclusionOnAGroundTheProfileDoesNotListIsRejected() {
        fixture.given(received(CA))
                .when(new ExcludeComplaint(ID, DECIDED_AT, ExclusionGround.LEGAL_PROCEEDINGS, true, "court case"))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("EXCLUSION_GROUND_NOT_RECOGNISED"));
        fixture.given(received(CAM))
                .when(new ExcludeComplaint(ID, DECIDED_AT, ExclusionGround.FORMAL_RIGHT_OF_APPEAL, true, "appeal to the tribunal"))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(allOf(containsString("EXCLUSION_GROUND_NOT_RECOGNISED"), containsString("LEGAL_PROCEEDINGS")));
    }

    /** A matter arising once the complaint is under investigation puts it on hold instead (TW-A19). */
    @Test
    void complaintCannotBeExcludedAfterItWasEscalated() {
        fixture.given(received(TW), new StageResponded(ID, TW, Instant.parse("2027-01-07T12:00:00Z"), LocalDate.of(2027, 1, 7),
                                1, FINDINGS, LocalDate.of(2027, 1, 8), null),
                        new ComplaintEscalated(ID, TW, Instant.parse("2027-01-11T10:00:00Z"), LocalDate.of(2027, 1, 11), 1, 2, List.of()))
                .when(new ExcludeComplaint(ID, Instant.parse("2027-01-12T10:00:00Z"), ExclusionGround.DISCIPLINARY_PROCEEDINGS,
                        true, "disciplinary action has started"))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("WRONG_STAGE"));
    }

    @Test
    void complaintOnHoldCannotBeExcluded() {
        fixture.given(received(CAM), new ComplaintSuspended(ID, CAM, DECIDED_AT, DECIDED_ON, SuspensionGround.COURT_PROCEEDINGS,
                        List.of()))
                .when(new ExcludeComplaint(ID, DECIDED_AT.plusSeconds(60), ExclusionGround.LEGAL_PROCEEDINGS, true, "court"))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("COMPLAINT_SUSPENDED"));
    }
}
