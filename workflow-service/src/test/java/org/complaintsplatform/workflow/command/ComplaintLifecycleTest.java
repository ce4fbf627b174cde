package org.complaintsplatform.workflow.command;

import static org.complaintsplatform.workflow.command.ComplaintMother.ID;
import static org.complaintsplatform.workflow.command.ComplaintMother.due;
import static org.hamcrest.Matchers.containsString;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.workflow.api.AdvocateAssigned;
import org.complaintsplatform.workflow.api.AssignAdvocate;
import org.complaintsplatform.workflow.api.CloseComplaint;
import org.complaintsplatform.workflow.api.ComplaintClosed;
import org.complaintsplatform.workflow.api.ComplaintEscalated;
import org.complaintsplatform.workflow.api.ComplaintReceived;
import org.complaintsplatform.workflow.api.ComplaintResumed;
import org.complaintsplatform.workflow.api.ComplaintSuspended;
import org.complaintsplatform.workflow.api.ComplaintWithdrawn;
import org.complaintsplatform.workflow.api.DecideLateEscalation;
import org.complaintsplatform.workflow.api.DueDate;
import org.complaintsplatform.workflow.api.EscalationRequested;
import org.complaintsplatform.workflow.api.ExtendStage;
import org.complaintsplatform.workflow.api.ExtensionCondition;
import org.complaintsplatform.workflow.api.Finding;
import org.complaintsplatform.workflow.api.LapseRequestWindow;
import org.complaintsplatform.workflow.api.LateEscalationDecided;
import org.complaintsplatform.workflow.api.Outcome;
import org.complaintsplatform.workflow.api.PausedDueDate;
import org.complaintsplatform.workflow.api.RequestEscalation;
import org.complaintsplatform.workflow.api.RespondToStage;
import org.complaintsplatform.workflow.api.ResumeComplaint;
import org.complaintsplatform.workflow.api.StageExtended;
import org.complaintsplatform.workflow.api.StageResponded;
import org.complaintsplatform.workflow.api.SuspendComplaint;
import org.complaintsplatform.workflow.api.SuspensionGround;
import org.complaintsplatform.workflow.api.WithdrawComplaint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stages, windows, extensions and holds of the procedure, one rule per test. Dates are worked out by
 * hand from the real bank holidays (Christmas 2026: Fri 25, substitute Boxing Day Mon 28 December; New
 * Year's Day Fri 1 January 2027; Easter 2027: Good Friday 26 March, Easter Monday 29 March).
 */
class ComplaintLifecycleTest {

    private static final String CAM = "cambridgeshire";
    private static final Instant RECEIVED_AT = Instant.parse("2026-12-22T16:45:00Z");
    private static final LocalDate RECEIVED_ON = LocalDate.of(2026, 12, 22);
    private static final List<Finding> FINDINGS = List.of(new Finding(1, Outcome.PARTLY_UPHELD), new Finding(2, Outcome.NOT_UPHELD));

    /** Stage 1 response, 10 working days from Tue 22 December 2026. */
    private static final DueDate CAM_STAGE_1_RESPONSE = due(CAM, 1, "RESPONSE", LocalDate.of(2027, 1, 8));
    /** Responded Mon 18 January by e-mail (deemed received that day); 20 working days to ask for Stage 2: Mon 15 February. */
    private static final DueDate CAM_STAGE_2_WINDOW = due(CAM, 2, DueDate.REQUEST_WINDOW, LocalDate.of(2027, 2, 15));
    private static final Instant RESPONDED_AT = Instant.parse("2027-01-18T12:00:00Z");
    /** Stage 2 response, 25 working days from the request accepted Wed 10 February 2027: Wed 17 March. */
    private static final DueDate CAM_STAGE_2_RESPONSE = due(CAM, 2, "RESPONSE", LocalDate.of(2027, 3, 17));

    private AggregateTestFixture<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Complaint.class);
        fixture.registerInjectableResource(new DueDates(Procedures.loadDefault()));
        fixture.registerInjectableResource(new LabellingKeys());
    }

    private static ComplaintReceived cambridgeshireComplaint() {
        return ComplaintMother.received(CAM, RECEIVED_AT, RECEIVED_ON, LocalDate.of(2026, 12, 29), CAM_STAGE_1_RESPONSE);
    }

    private static StageResponded stageOneResponded() {
        return new StageResponded(ID, CAM, RESPONDED_AT, LocalDate.of(2027, 1, 18), 1, FINDINGS, LocalDate.of(2027, 1, 8),
                CAM_STAGE_2_WINDOW);
    }

    private static ComplaintEscalated escalatedToStageTwo() {
        return new ComplaintEscalated(ID, CAM, Instant.parse("2027-02-10T10:00:00Z"), LocalDate.of(2027, 2, 10), 1, 2,
                List.of(CAM_STAGE_2_RESPONSE));
    }

    /** Cambridgeshire: "An extension letter will be sent if there is going to be a delay, to a maximum of 20 working days". */
    @Test
    void stageOneResponseCanBeExtendedToTwentyWorkingDaysByLetter() {
        Instant extendedAt = Instant.parse("2027-01-04T10:00:00Z");
        // 20 working days from Tue 22 December: the 10th is Fri 8 January, then 11-15 and 18-22 January.
        fixture.given(cambridgeshireComplaint())
                .when(new ExtendStage(ID, 1, extendedAt, ExtensionCondition.NOTIFIED_TO_COMPLAINANT, 20, "complex case"))
                .expectEvents(new StageExtended(ID, CAM, extendedAt, 1, ExtensionCondition.NOTIFIED_TO_COMPLAINANT,
                        LabellingKeys.sealed(ID, "complex case"), due(CAM, 1, "RESPONSE", LocalDate.of(2027, 1, 22))));
    }

    /** CAM-A3: 20 working days is a hard cap; a further extension stays within it. */
    @Test
    void stageOneCannotBeExtendedBeyondItsMaximum() {
        fixture.given(cambridgeshireComplaint())
                .when(new ExtendStage(ID, 1, Instant.parse("2027-01-04T10:00:00Z"), ExtensionCondition.NOTIFIED_TO_COMPLAINANT,
                        21, "very complex"))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("EXTENSION_BEYOND_MAXIMUM"));
    }

    /** Cambridgeshire extends by letter or for complex cases, not by the complainant's agreement alone. */
    @Test
    void extensionOnAConditionTheProfileDoesNotAllowIsRejected() {
        fixture.given(cambridgeshireComplaint())
                .when(new ExtendStage(ID, 1, Instant.parse("2027-01-04T10:00:00Z"), ExtensionCondition.AGREED_WITH_COMPLAINANT,
                        15, "agreed on the phone"))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("EXTENSION_NOT_ALLOWED"));
    }

    /** The Stage 1 letter gives an outcome per point and opens the Stage 2 window, counted from deemed receipt (CAM-A4). */
    @Test
    void stageOneResponseOpensTheStageTwoWindowFromItsDeemedReceipt() {
        fixture.given(cambridgeshireComplaint())
                .when(new RespondToStage(ID, 1, RESPONDED_AT, FINDINGS))
                .expectEvents(stageOneResponded());
    }

    @Test
    void responseGivesOneOutcomeForEachPointOfComplaint() {
        fixture.given(cambridgeshireComplaint())
                .when(new RespondToStage(ID, 1, RESPONDED_AT, List.of(new Finding(1, Outcome.UPHELD), new Finding(1, Outcome.NOT_UPHELD))))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("FINDINGS_REQUIRED"));
    }

    @Test
    void requestWithinTheWindowEscalatesToStageTwoAndStartsItsClocks() {
        Instant requestedAt = Instant.parse("2027-02-10T10:00:00Z");
        fixture.given(cambridgeshireComplaint(), stageOneResponded())
                .when(new RequestEscalation(ID, 2, requestedAt))
                .expectEvents(new EscalationRequested(ID, CAM, requestedAt, LocalDate.of(2027, 2, 10), 2, LocalDate.of(2027, 2, 15), true),
                        escalatedToStageTwo());
    }

    /** CAM-A4: after the window a Stage 2 request is out of time, and the Children's Complaints Manager decides. */
    @Test
    void requestAfterTheWindowWaitsForTheComplaintsManager() {
        Instant requestedAt = Instant.parse("2027-02-16T10:00:00Z");
        fixture.given(cambridgeshireComplaint(), stageOneResponded())
                .when(new RequestEscalation(ID, 2, requestedAt))
                .expectEvents(new EscalationRequested(ID, CAM, requestedAt, LocalDate.of(2027, 2, 16), 2, LocalDate.of(2027, 2, 15), false));
    }

    @Test
    void acceptedLateRequestEscalatesWithClocksFromTheDecision() {
        Instant decidedAt = Instant.parse("2027-02-17T10:00:00Z");
        // 25 working days from Wed 17 February 2027: 18, 19, 22-26 February, 1-5, 8-12, 15-19 March, 22, 23, Wed 24 March.
        fixture.given(cambridgeshireComplaint(), stageOneResponded(),
                        new EscalationRequested(ID, CAM, Instant.parse("2027-02-16T10:00:00Z"), LocalDate.of(2027, 2, 16), 2,
                                LocalDate.of(2027, 2, 15), false))
                .when(new DecideLateEscalation(ID, decidedAt, true, "the complainant was in hospital"))
                .expectEvents(new LateEscalationDecided(ID, CAM, decidedAt, 2, true,
                                LabellingKeys.sealed(ID, "the complainant was in hospital")),
                        new ComplaintEscalated(ID, CAM, decidedAt, LocalDate.of(2027, 2, 17), 1, 2,
                                List.of(due(CAM, 2, "RESPONSE", LocalDate.of(2027, 3, 24)))));
    }

    @Test
    void complaintCannotBeEscalatedBeforeItsStageIsAnswered() {
        fixture.given(cambridgeshireComplaint())
                .when(new RequestEscalation(ID, 2, Instant.parse("2027-01-05T10:00:00Z")))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("STAGE_NOT_RESPONDED"));
    }

    @Test
    void complaintMovesOneStageAtATime() {
        fixture.given(cambridgeshireComplaint(), stageOneResponded())
                .when(new RequestEscalation(ID, 3, Instant.parse("2027-02-10T10:00:00Z")))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("WRONG_STAGE"));
    }

    @Test
    void procedureEndsAtItsLastStage() {
        fixture.given(cambridgeshireComplaint(), stageOneResponded(), escalatedToStageTwo(),
                        new StageResponded(ID, CAM, Instant.parse("2027-03-15T10:00:00Z"), LocalDate.of(2027, 3, 15), 2, FINDINGS,
                                LocalDate.of(2027, 3, 17), null),
                        new ComplaintEscalated(ID, CAM, Instant.parse("2027-03-22T10:00:00Z"), LocalDate.of(2027, 3, 22), 2, 3, List.of()),
                        new StageResponded(ID, CAM, Instant.parse("2027-05-10T10:00:00Z"), LocalDate.of(2027, 5, 10), 3, FINDINGS, null, null))
                .when(new RequestEscalation(ID, 4, Instant.parse("2027-05-12T10:00:00Z")))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("NO_FURTHER_STAGE"));
    }

    /** Cambridgeshire: complaints "can also be suspended ... if a Child Protection investigation is taking place". */
    @Test
    void suspensionStopsEveryClockWithTheWorkingDaysItHadLeft() {
        Instant suspendedAt = Instant.parse("2027-03-05T10:00:00Z");
        // Suspended Fri 5 March; Stage 2 was due Wed 17 March: 8, 9, 10, 11, 12, 15, 16, 17 March are left.
        fixture.given(cambridgeshireComplaint(), stageOneResponded(), escalatedToStageTwo())
                .when(new SuspendComplaint(ID, suspendedAt, SuspensionGround.CHILD_PROTECTION_ENQUIRY))
                .expectEvents(new ComplaintSuspended(ID, CAM, suspendedAt, LocalDate.of(2027, 3, 5),
                        SuspensionGround.CHILD_PROTECTION_ENQUIRY, List.of(new PausedDueDate(CAM_STAGE_2_RESPONSE, 8))));
    }

    @Test
    void resumptionRestartsEachClockWithTheWorkingDaysItHadLeft() {
        Instant resumedAt = Instant.parse("2027-03-25T10:00:00Z");
        // Resumed Thu 25 March with 8 working days: Good Friday 26 and Easter Monday 29 March are holidays,
        // so 30, 31 March, 1, 2, 5, 6, 7 and Thu 8 April.
        fixture.given(cambridgeshireComplaint(), stageOneResponded(), escalatedToStageTwo(),
                        new ComplaintSuspended(ID, CAM, Instant.parse("2027-03-05T10:00:00Z"), LocalDate.of(2027, 3, 5),
                                SuspensionGround.CHILD_PROTECTION_ENQUIRY, List.of(new PausedDueDate(CAM_STAGE_2_RESPONSE, 8))))
                .when(new ResumeComplaint(ID, resumedAt))
                .expectEvents(new ComplaintResumed(ID, CAM, resumedAt, LocalDate.of(2027, 3, 25),
                        List.of(due(CAM, 2, "RESPONSE", LocalDate.of(2027, 4, 8)))));
    }

    @Test
    void complaintOnHoldCannotBeAnswered() {
        fixture.given(cambridgeshireComplaint(), stageOneResponded(), escalatedToStageTwo(),
                        new ComplaintSuspended(ID, CAM, Instant.parse("2027-03-05T10:00:00Z"), LocalDate.of(2027, 3, 5),
                                SuspensionGround.COURT_PROCEEDINGS, List.of(new PausedDueDate(CAM_STAGE_2_RESPONSE, 8))))
                .when(new RespondToStage(ID, 2, Instant.parse("2027-03-10T10:00:00Z"), FINDINGS))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("COMPLAINT_SUSPENDED"));
    }

    /** Cambridgeshire names court or tribunal proceedings and child-protection investigations, not police investigations. */
    @Test
    void suspensionNeedsAGroundTheProcedureRecognises() {
        fixture.given(cambridgeshireComplaint())
                .when(new SuspendComplaint(ID, Instant.parse("2027-01-05T10:00:00Z"), SuspensionGround.POLICE_INVESTIGATION))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("SUSPENSION_GROUND_NOT_RECOGNISED"));
    }

    @Test
    void withdrawnComplaintTakesNoFurtherAction() {
        fixture.given(cambridgeshireComplaint(),
                        new ComplaintWithdrawn(ID, CAM, Instant.parse("2027-01-05T10:00:00Z"), LocalDate.of(2027, 1, 5), 1,
                                LabellingKeys.sealed(ID, "resolved informally")))
                .when(new RespondToStage(ID, 1, RESPONDED_AT, FINDINGS))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("COMPLAINT_CLOSED"));
    }

    @Test
    void complaintCanBeWithdrawnAtAnyStage() {
        Instant withdrawnAt = Instant.parse("2027-02-20T10:00:00Z");
        fixture.given(cambridgeshireComplaint(), stageOneResponded(), escalatedToStageTwo())
                .when(new WithdrawComplaint(ID, withdrawnAt, "resolved informally"))
                .expectEvents(new ComplaintWithdrawn(ID, CAM, withdrawnAt, LocalDate.of(2027, 2, 20), 2,
                        LabellingKeys.sealed(ID, "resolved informally")));
    }

    @Test
    void answeredComplaintClosesWithItsLastFindings() {
        Instant closedAt = Instant.parse("2027-02-16T10:00:00Z");
        fixture.given(cambridgeshireComplaint(), stageOneResponded())
                .when(new CloseComplaint(ID, closedAt))
                .expectEvents(new ComplaintClosed(ID, CAM, closedAt, LocalDate.of(2027, 2, 16), 1, FINDINGS));
    }

    @Test
    void complaintCannotCloseBeforeItIsAnswered() {
        fixture.given(cambridgeshireComplaint())
                .when(new CloseComplaint(ID, Instant.parse("2027-01-05T10:00:00Z")))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("STAGE_NOT_RESPONDED"));
    }

    @Test
    void actionCannotBeDatedBeforeTheComplaintsLastEvent() {
        fixture.given(cambridgeshireComplaint())
                .when(new RespondToStage(ID, 1, Instant.parse("2026-12-21T10:00:00Z"), FINDINGS))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("BEFORE_PREVIOUS_EVENT"));
    }

    /**
     * Telford &amp; Wrekin: the 10 working days start when an advocate is appointed, where a delay in appointing
     * one holds the complaint back (TW-A2).
     */
    @Test
    void appointingAnAdvocateRestartsTheStageOneResponseClock() {
        Instant assignedAt = Instant.parse("2027-01-04T09:00:00Z");
        // 10 working days from Mon 4 January 2027: 5-8 and 11-15 January, Mon 18 January.
        fixture.given(ComplaintMother.received("telford-wrekin", RECEIVED_AT, RECEIVED_ON, LocalDate.of(2026, 12, 24),
                        due("telford-wrekin", 1, "RESPONSE", LocalDate.of(2027, 1, 8))))
                .when(new AssignAdvocate(ID, assignedAt, "Coram Voice"))
                .expectEvents(new AdvocateAssigned(ID, "telford-wrekin", assignedAt, LocalDate.of(2027, 1, 4), "Coram Voice",
                        List.of(due("telford-wrekin", 1, "RESPONSE", LocalDate.of(2027, 1, 18)))));
    }

    /** Cambridgeshire: "If we do not hear from you within 20 working days, your complaint will be closed." */
    @Test
    void cambridgeshireClosesAComplaintWhoseStageTwoWindowLapses() {
        Instant lapsedAt = Instant.parse("2027-02-16T00:00:00Z");
        fixture.given(cambridgeshireComplaint(), stageOneResponded())
                .when(new LapseRequestWindow(ID, 2, lapsedAt))
                .expectEvents(new ComplaintClosed(ID, CAM, lapsedAt, LocalDate.of(2027, 2, 16), 1, FINDINGS));
    }

    /** Telford &amp; Wrekin keeps the case: a late request goes to the complaints manager (TW-A5). */
    @Test
    void lapsedWindowLeavesTheCaseOpenWhereTheProfileSaysSo() {
        fixture.given(ComplaintMother.received("telford-wrekin", RECEIVED_AT, RECEIVED_ON, LocalDate.of(2026, 12, 24)),
                        new StageResponded(ID, "telford-wrekin", RESPONDED_AT, LocalDate.of(2027, 1, 18), 1, FINDINGS, null, null))
                .when(new LapseRequestWindow(ID, 2, Instant.parse("2027-02-16T00:00:00Z")))
                .expectNoEvents();
    }

    @Test
    void lapseOfAWindowAlreadyUsedChangesNothing() {
        fixture.given(cambridgeshireComplaint(), stageOneResponded(), escalatedToStageTwo())
                .when(new LapseRequestWindow(ID, 2, Instant.parse("2027-02-16T00:00:00Z")))
                .expectNoEvents();
    }
}
