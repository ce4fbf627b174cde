package org.complaintsplatform.workflow.command;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.equalTo;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.complaintsplatform.workflow.command.ComplaintMother.ID;
import static org.complaintsplatform.workflow.command.ComplaintMother.due;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.instanceOf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.workflow.api.BehaviourMeasureImposed;
import org.complaintsplatform.workflow.api.BehaviourMeasureReviewed;
import org.complaintsplatform.workflow.api.ComplaintClosed;
import org.complaintsplatform.workflow.api.ComplaintEscalated;
import org.complaintsplatform.workflow.api.ComplaintReceived;
import org.complaintsplatform.workflow.api.CompleteLearningAction;
import org.complaintsplatform.workflow.api.DueDate;
import org.complaintsplatform.workflow.api.Finding;
import org.complaintsplatform.workflow.api.FollowUpDone;
import org.complaintsplatform.workflow.api.FollowUpScheduled;
import org.complaintsplatform.workflow.api.HoldLearningMeeting;
import org.complaintsplatform.workflow.api.ImposeBehaviourMeasure;
import org.complaintsplatform.workflow.api.LearningActionCompleted;
import org.complaintsplatform.workflow.api.LearningActionRecorded;
import org.complaintsplatform.workflow.api.LearningMeetingHeld;
import org.complaintsplatform.workflow.api.Outcome;
import org.complaintsplatform.workflow.api.RecordLearningAction;
import org.complaintsplatform.workflow.api.RespondToStage;
import org.complaintsplatform.workflow.api.ReviewBehaviourMeasure;
import org.complaintsplatform.workflow.api.StageResponded;
import org.complaintsplatform.workflow.api.Strictness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Learning actions, the learning meeting and unreasonable-behaviour measures, one rule per test. Complaints received
 * Tue 22 December 2026.
 */
class LearningAndBehaviourTest {

    private static final String CAM = "cambridgeshire";
    private static final String TW = "telford-wrekin";
    private static final UUID ACTION = UUID.fromString("5b0c7c0e-1d43-4a59-9a9b-2f6f1f0c2a11");
    private static final UUID MEASURE = UUID.fromString("8d3e2f1a-6b7c-4d8e-9f00-112233445566");
    private static final List<Finding> FINDINGS = List.of(new Finding(1, Outcome.UPHELD));
    private static final Instant RECORDED_AT = Instant.parse("2027-02-01T10:00:00Z");
    private static final LocalDate RECORDED_ON = LocalDate.of(2027, 2, 1);

    private AggregateTestFixture<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Complaint.class);
        fixture.registerInjectableResource(new DueDates(Procedures.loadDefault()));
        fixture.registerInjectableResource(new LabellingKeys());
    }

    private static ComplaintReceived received(String tenantId) {
        return ComplaintMother.received(tenantId, Instant.parse("2026-12-22T16:45:00Z"), LocalDate.of(2026, 12, 22), null,
                due(tenantId, 1, "RESPONSE", LocalDate.of(2027, 1, 8)));
    }

    private static StageResponded responded(String tenantId, int stage, LocalDate on) {
        return new StageResponded(ID, tenantId, on.atTime(12, 0).toInstant(ZoneOffset.UTC), on, stage, FINDINGS, null, null);
    }

    private static ComplaintClosed closed(String tenantId, int stage, LocalDate on) {
        return new ComplaintClosed(ID, tenantId, on.atTime(15, 0).toInstant(ZoneOffset.UTC), on, stage, FINDINGS);
    }

    private static LearningActionRecorded actionRecorded(LocalDate dueOn) {
        return new LearningActionRecorded(ID, CAM, ACTION, RECORDED_AT, RECORDED_ON,
                LabellingKeys.sealed(ID, "Team leaders check unanswered calls weekly"), dueOn);
    }

    /** Cambridgeshire shares reports "so that lessons may be learned"; the change is tracked even after closure. */
    @Test
    void learningActionIsRecordedOnAClosedComplaint() {
        fixture.given(received(CAM), responded(CAM, 1, LocalDate.of(2027, 1, 7)), closed(CAM, 1, LocalDate.of(2027, 1, 20)))
                .when(new RecordLearningAction(ID, ACTION, RECORDED_AT, "Team leaders check unanswered calls weekly",
                        LocalDate.of(2027, 3, 31)))
                .expectEvents(actionRecorded(LocalDate.of(2027, 3, 31)));
    }

    @Test
    void learningActionIsRecordedOnce() {
        fixture.given(received(CAM), actionRecorded(null))
                .when(new RecordLearningAction(ID, ACTION, RECORDED_AT, "again", null))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("LEARNING_ACTION_ALREADY_RECORDED"));
    }

    @Test
    void learningActionCannotBeDueBeforeItIsRecorded() {
        fixture.given(received(CAM))
                .when(new RecordLearningAction(ID, ACTION, RECORDED_AT, "retrain", LocalDate.of(2027, 1, 29)))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("LEARNING_ACTION_DUE_BEFORE_RECORDED"));
    }

    @Test
    void completedLearningActionKeepsTheDateItWasDue() {
        Instant completedAt = Instant.parse("2027-04-06T16:00:00Z");
        fixture.given(received(CAM), actionRecorded(LocalDate.of(2027, 3, 31)))
                .when(new CompleteLearningAction(ID, ACTION, completedAt))
                .expectEvents(new LearningActionCompleted(ID, CAM, ACTION, completedAt, LocalDate.of(2027, 4, 6),
                        LocalDate.of(2027, 3, 31)));
    }

    @Test
    void learningActionIsCompletedOnce() {
        fixture.given(received(CAM), actionRecorded(null),
                        new LearningActionCompleted(ID, CAM, ACTION, RECORDED_AT, RECORDED_ON, null))
                .when(new CompleteLearningAction(ID, ACTION, RECORDED_AT.plusSeconds(60)))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("LEARNING_ACTION_ALREADY_COMPLETED"));
    }

    @Test
    void unknownLearningActionCannotBeCompleted() {
        fixture.given(received(CAM))
                .when(new CompleteLearningAction(ID, ACTION, RECORDED_AT))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("LEARNING_ACTION_UNKNOWN"));
    }

    /**
     * Telford &amp; Wrekin (TW-A16 (a)): a Learning Opportunity Meeting within one calendar month of the final response
     * of a complaint that passed to Stage 2: Stage 2 answered Mon 8 March 2027, the meeting due by Thu 8 April.
     */
    @Test
    void telfordHoldsItsLearningMeetingWithinAMonthOfTheFinalResponse() {
        Instant heldAt = Instant.parse("2027-03-30T14:00:00Z");
        fixture.given(received(TW), responded(TW, 1, LocalDate.of(2027, 1, 7)),
                        new ComplaintEscalated(ID, TW, Instant.parse("2027-01-11T10:00:00Z"), LocalDate.of(2027, 1, 11), 1, 2, List.of()),
                        responded(TW, 2, LocalDate.of(2027, 3, 8)), closed(TW, 2, LocalDate.of(2027, 3, 26)))
                .when(new HoldLearningMeeting(ID, heldAt))
                .expectEvents(new LearningMeetingHeld(ID, TW, heldAt, LocalDate.of(2027, 3, 30), LocalDate.of(2027, 4, 8),
                        "telford-wrekin-v1#learning.meeting"),
                        new FollowUpDone(ID, TW, heldAt, LocalDate.of(2027, 3, 30), DueDate.LEARNING_MEETING));
    }

    /** The same meeting's clock starts with the Stage 2 response (Mon 8 March 2027), due by Thu 8 April, for deadline-service. */
    @Test
    void telfordsLearningMeetingClockStartsWithTheResponseOfStageTwo() {
        Instant respondedAt = Instant.parse("2027-03-08T15:00:00Z");
        fixture.given(received(TW), responded(TW, 1, LocalDate.of(2027, 1, 7)),
                        new ComplaintEscalated(ID, TW, Instant.parse("2027-01-11T10:00:00Z"), LocalDate.of(2027, 1, 11), 1, 2, List.of()))
                .when(new RespondToStage(ID, 2, respondedAt, FINDINGS))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        instanceOf(StageResponded.class),
                        equalTo(new FollowUpScheduled(ID, TW, respondedAt, new DueDate(2, DueDate.LEARNING_MEETING,
                                LocalDate.of(2027, 4, 8), Strictness.LIMIT, "telford-wrekin-v1#learning.meeting"))),
                        andNoMore())));
    }

    @Test
    void aStageOneResponseStartsNoLearningMeetingClock() {
        Instant respondedAt = Instant.parse("2027-01-07T15:00:00Z");
        fixture.given(received(TW))
                .when(new RespondToStage(ID, 1, respondedAt, FINDINGS))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(instanceOf(StageResponded.class), andNoMore())));
    }

    @Test
    void learningMeetingIsHeldOncePerComplaint() {
        fixture.given(received(TW), responded(TW, 1, LocalDate.of(2027, 1, 7)),
                        new ComplaintEscalated(ID, TW, Instant.parse("2027-01-11T10:00:00Z"), LocalDate.of(2027, 1, 11), 1, 2, List.of()),
                        responded(TW, 2, LocalDate.of(2027, 3, 8)),
                        new LearningMeetingHeld(ID, TW, Instant.parse("2027-03-30T14:00:00Z"), LocalDate.of(2027, 3, 30),
                                LocalDate.of(2027, 4, 8), "telford-wrekin-v1#learning.meeting"))
                .when(new HoldLearningMeeting(ID, Instant.parse("2027-04-06T14:00:00Z")))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("LEARNING_MEETING_ALREADY_HELD"));
    }

    /** "complaints which have passed to Stages 2 or 3": one resolved at Stage 1 has no meeting. */
    @Test
    void complaintResolvedAtStageOneHasNoLearningMeeting() {
        fixture.given(received(TW), responded(TW, 1, LocalDate.of(2027, 1, 7)), closed(TW, 1, LocalDate.of(2027, 2, 10)))
                .when(new HoldLearningMeeting(ID, Instant.parse("2027-02-15T14:00:00Z")))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("LEARNING_MEETING_NOT_DUE"));
    }

    @Test
    void procedureWithoutALearningMeetingHoldsNone() {
        fixture.given(received(CAM), responded(CAM, 1, LocalDate.of(2027, 1, 7)))
                .when(new HoldLearningMeeting(ID, Instant.parse("2027-02-15T14:00:00Z")))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("LEARNING_MEETING_NOT_IN_PROCEDURE"));
    }

    /** Telford &amp; Wrekin: "time-limited and subject to review at least annually": imposed Mon 1 February 2027, reviewed by 1 February 2028. */
    @Test
    void telfordMeasureIsReviewedWithinAYear() {
        fixture.given(received(TW))
                .when(new ImposeBehaviourMeasure(ID, MEASURE, RECORDED_AT, "Contact by e-mail to one named officer only",
                        LocalDate.of(2028, 3, 31)))
                .expectEvents(new BehaviourMeasureImposed(ID, TW, MEASURE, RECORDED_AT, RECORDED_ON,
                        LabellingKeys.sealed(ID, "Contact by e-mail to one named officer only"), LocalDate.of(2028, 3, 31),
                        LocalDate.of(2028, 2, 1), "telford-wrekin-v1#unreasonableBehaviour"),
                        new FollowUpScheduled(ID, TW, RECORDED_AT, new DueDate(0, DueDate.measureReview(MEASURE),
                                LocalDate.of(2028, 2, 1), Strictness.LIMIT, "telford-wrekin-v1#unreasonableBehaviour.review")));
    }

    @Test
    void measureEndingBeforeItsReviewNeedsNone() {
        fixture.given(received(TW))
                .when(new ImposeBehaviourMeasure(ID, MEASURE, RECORDED_AT, "One call a week", LocalDate.of(2027, 7, 31)))
                .expectEvents(new BehaviourMeasureImposed(ID, TW, MEASURE, RECORDED_AT, RECORDED_ON,
                        LabellingKeys.sealed(ID, "One call a week"), LocalDate.of(2027, 7, 31), null,
                        "telford-wrekin-v1#unreasonableBehaviour"));
    }

    /** CAM-A16: Cambridgeshire gives each measure a duration and no review period. */
    @Test
    void cambridgeshireMeasureHasADurationAndNoReviewDate() {
        fixture.given(received(CAM))
                .when(new ImposeBehaviourMeasure(ID, MEASURE, RECORDED_AT, "Written contact only", LocalDate.of(2027, 8, 1)))
                .expectEvents(new BehaviourMeasureImposed(ID, CAM, MEASURE, RECORDED_AT, RECORDED_ON,
                        LabellingKeys.sealed(ID, "Written contact only"), LocalDate.of(2027, 8, 1), null,
                        "cambridgeshire-v1#unreasonableBehaviour"));
    }

    @Test
    void measureIsTimeLimited() {
        fixture.given(received(TW))
                .when(new ImposeBehaviourMeasure(ID, MEASURE, RECORDED_AT, "No contact", RECORDED_ON))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("MEASURE_NOT_TIME_LIMITED"));
    }

    /** Core Assets' guide says nothing about unreasonable behaviour: no measure is invented. */
    @Test
    void procedureWithoutMeasuresImposesNone() {
        fixture.given(received("core-assets"))
                .when(new ImposeBehaviourMeasure(ID, MEASURE, RECORDED_AT, "No contact", LocalDate.of(2027, 8, 1)))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("UNREASONABLE_BEHAVIOUR_NOT_IN_PROCEDURE"));
    }

    /** Reviewed Mon 31 January 2028 and kept to 30 June 2029: the next review is due by Wed 31 January 2029. */
    @Test
    void reviewedMeasureRunsToItsNewEndAndIsReviewedAgainWithinAYear() {
        Instant reviewedAt = Instant.parse("2028-01-31T10:00:00Z");
        fixture.given(received(TW), new BehaviourMeasureImposed(ID, TW, MEASURE, RECORDED_AT, RECORDED_ON,
                        LabellingKeys.sealed(ID, "One named officer"), LocalDate.of(2028, 3, 31), LocalDate.of(2028, 2, 1),
                        "telford-wrekin-v1#unreasonableBehaviour"))
                .when(new ReviewBehaviourMeasure(ID, MEASURE, reviewedAt, LocalDate.of(2029, 6, 30)))
                .expectEvents(new BehaviourMeasureReviewed(ID, TW, MEASURE, reviewedAt, LocalDate.of(2028, 1, 31),
                        LocalDate.of(2029, 6, 30), LocalDate.of(2029, 1, 31)),
                        new FollowUpDone(ID, TW, reviewedAt, LocalDate.of(2028, 1, 31), DueDate.measureReview(MEASURE)),
                        new FollowUpScheduled(ID, TW, reviewedAt, new DueDate(0, DueDate.measureReview(MEASURE),
                                LocalDate.of(2029, 1, 31), Strictness.LIMIT, "telford-wrekin-v1#unreasonableBehaviour.review")));
    }

    @Test
    void reviewCanEndAMeasureOnTheDay() {
        Instant reviewedAt = Instant.parse("2027-05-03T10:00:00Z");
        fixture.given(received(TW), new BehaviourMeasureImposed(ID, TW, MEASURE, RECORDED_AT, RECORDED_ON,
                        LabellingKeys.sealed(ID, "One named officer"), LocalDate.of(2028, 3, 31), LocalDate.of(2028, 2, 1),
                        "telford-wrekin-v1#unreasonableBehaviour"))
                .when(new ReviewBehaviourMeasure(ID, MEASURE, reviewedAt, LocalDate.of(2027, 5, 3)))
                .expectEvents(new BehaviourMeasureReviewed(ID, TW, MEASURE, reviewedAt, LocalDate.of(2027, 5, 3),
                        LocalDate.of(2027, 5, 3), null),
                        new FollowUpDone(ID, TW, reviewedAt, LocalDate.of(2027, 5, 3), DueDate.measureReview(MEASURE)));
    }

    @Test
    void measureThatHasEndedIsNotReviewed() {
        fixture.given(received(TW), new BehaviourMeasureImposed(ID, TW, MEASURE, RECORDED_AT, RECORDED_ON,
                        LabellingKeys.sealed(ID, "One call a week"), LocalDate.of(2027, 7, 31), null,
                        "telford-wrekin-v1#unreasonableBehaviour"))
                .when(new ReviewBehaviourMeasure(ID, MEASURE, Instant.parse("2027-08-02T10:00:00Z"), LocalDate.of(2027, 12, 31)))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("MEASURE_ENDED"));
    }

    @Test
    void unknownMeasureIsNotReviewed() {
        fixture.given(received(TW))
                .when(new ReviewBehaviourMeasure(ID, MEASURE, RECORDED_AT, LocalDate.of(2027, 12, 31)))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("MEASURE_UNKNOWN"));
    }
}
