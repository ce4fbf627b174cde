package org.complaintsplatform.reporting.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.procedures.WorkingDayCalendar;
import org.complaintsplatform.reporting.api.ComplaintFact;
import org.complaintsplatform.reporting.api.DecisionFact;
import org.complaintsplatform.reporting.api.DecisionKind;
import org.complaintsplatform.reporting.api.PeriodFigures;
import org.complaintsplatform.reporting.api.ReportPeriod;
import org.complaintsplatform.reporting.api.StageFact;
import org.complaintsplatform.reporting.api.StageFigures;
import org.complaintsplatform.reporting.api.StepFact;
import org.complaintsplatform.reporting.api.StepFigures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresCalculatorTest {

    private static final Procedures PROCEDURES = Procedures.loadDefault();
    private static final WorkingDayCalendar CALENDAR = PROCEDURES.calendar(PROCEDURES.tenant("cambridgeshire").orElseThrow());
    private static final ReportPeriod Q1 = ReportPeriod.of(new org.complaintsplatform.reporting.api.FinancialQuarter(2026, 1));

    @Test
    void workingDaysSkipWeekendsAndBankHolidaysAndTheMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        // received Thursday 30 April 2026; Monday 4 May and Monday 25 May 2026 are bank holidays
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        LocalDate received = LocalDate.parse("2026-04-30");
        List<ComplaintFact> complaints = List.of(complaint(a, received), complaint(b, received));
        List<StageFact> stages = List.of(
                // Fri 1, Tue 5 .. Fri 8 May: 5 working days
                responded(a, received, LocalDate.parse("2026-05-08"), LocalDate.parse("2026-05-28"), false),
                // 5 + 10 (11-22 May) + 3 (26-28 May) = 18 working days, on the due date of an extension
                responded(b, received, LocalDate.parse("2026-05-28"), LocalDate.parse("2026-05-28"), true));

        StageFigures stage1 = FiguresCalculator.figures(Q1, complaints, stages, List.of(), List.of(), CALENDAR).stage(1);

        assertThat(stage1.responded()).isEqualTo(2);
        assertThat(stage1.respondedWithinTimescale()).isEqualTo(1);
        assertThat(stage1.respondedWithinExtendedTimescale()).isEqualTo(1);
        assertThat(stage1.averageWorkingDaysToRespond()).isEqualTo(11.5);
        assertThat(stage1.medianWorkingDaysToRespond()).isEqualTo(11.5);
    }

    @Test
    void aComplaintClosedAfterThePeriodEndIsOpenAtItsEndAtTheStageItHadReachedThen() {
        UUID id = UUID.randomUUID();
        ComplaintFact complaint = new ComplaintFact(id, "COMPLAINT", "STATUTORY", "PARENT", LocalDate.parse("2026-05-01"),
                null, null, null, null, LocalDate.parse("2026-08-01"), null);
        List<StageFact> stages = List.of(
                new StageFact(id, 1, LocalDate.parse("2026-05-01"), null, false, LocalDate.parse("2026-05-20"), "UPHELD",
                        null, null, null, null),
                new StageFact(id, 2, LocalDate.parse("2026-07-02"), null, false, null, null, LocalDate.parse("2026-07-02"),
                        true, null, null));

        PeriodFigures q1 = FiguresCalculator.figures(Q1, List.of(complaint), stages, List.of(), List.of(), CALENDAR);

        assertThat(q1.openAtPeriodEnd()).isEqualTo(1);
        assertThat(q1.stage(1).openAtPeriodEnd()).isEqualTo(1);
        assertThat(q1.stage(2).openAtPeriodEnd()).isZero();
        assertThat(q1.receivedByStageReached()).containsExactly(java.util.Map.entry("1", 1L));
        assertThat(q1.stage(1).upheld()).isEqualTo(1);
        assertThat(q1.stage(2).escalationRequests()).isZero();
    }

    @Test
    void aRefusalUnderTheTimeLimitAndAWholeExclusionEndTheComplaintAndAPartExclusionDoesNot() {
        UUID refused = UUID.randomUUID();
        UUID excluded = UUID.randomUUID();
        UUID partly = UUID.randomUUID();
        UUID acceptedLate = UUID.randomUUID();
        LocalDate received = LocalDate.parse("2026-05-01");
        List<ComplaintFact> complaints = List.of(complaint(refused, received), complaint(excluded, received),
                complaint(partly, received), complaint(acceptedLate, received));
        List<StageFact> stages = List.of(started(refused, received), started(excluded, received), started(partly, received),
                started(acceptedLate, received));
        List<DecisionFact> decisions = List.of(
                timeLimit(refused, LocalDate.parse("2026-05-06"), false),
                timeLimit(acceptedLate, LocalDate.parse("2026-05-06"), true),
                exclusion(excluded, LocalDate.parse("2026-05-07"), "LEGAL_PROCEEDINGS", true),
                exclusion(partly, LocalDate.parse("2026-05-07"), "CRIMINAL_PROCEEDINGS", false),
                // after the quarter: counted in the next one, and the complaint was open at this one's end
                exclusion(acceptedLate, LocalDate.parse("2026-07-01"), "TRIBUNAL", true));

        PeriodFigures q1 = FiguresCalculator.figures(Q1, complaints, stages, decisions, List.of(), CALENDAR);

        assertThat(q1.outOfTimeAccepted()).isEqualTo(1);
        assertThat(q1.outOfTimeRefused()).isEqualTo(1);
        assertThat(q1.stage(1).excluded()).isEqualTo(1);
        assertThat(q1.stage(1).partlyExcluded()).isEqualTo(1);
        assertThat(q1.exclusionsByGround()).isEqualTo(Map.of("LEGAL_PROCEEDINGS", 1L, "CRIMINAL_PROCEEDINGS", 1L));
        assertThat(q1.openAtPeriodEnd()).isEqualTo(2);
        assertThat(q1.stage(1).openAtPeriodEnd()).isEqualTo(2);
    }

    @Test
    void aComplaintReferredBackByTheOmbudsmanAndReferredAgainAwaitsItsSecondDecision() {
        UUID id = UUID.randomUUID();
        List<DecisionFact> decisions = List.of(
                referral(id, LocalDate.parse("2026-04-20"), "LGSCO", 1, false),
                ombudsman(id, LocalDate.parse("2026-05-11"), "LGSCO", "REFERRED_BACK_FOR_LOCAL_RESOLUTION"),
                referral(id, LocalDate.parse("2026-06-15"), "LGSCO", 2, true),
                ombudsman(id, LocalDate.parse("2026-07-20"), "LGSCO", "UPHELD"));

        PeriodFigures q1 = FiguresCalculator.figures(Q1, List.of(complaint(id, LocalDate.parse("2026-04-01"))), List.of(),
                decisions, List.of(), CALENDAR);
        PeriodFigures q2 = FiguresCalculator.figures(ReportPeriod.of(new org.complaintsplatform.reporting.api.FinancialQuarter(2026, 2)),
                List.of(complaint(id, LocalDate.parse("2026-04-01"))), List.of(), decisions, List.of(), CALENDAR);

        assertThat(q1.ombudsmanReferrals()).isEqualTo(2);
        assertThat(q1.ombudsmanReferralsWhileOpen()).isEqualTo(1);
        assertThat(q1.ombudsmanReferralsByBody()).isEqualTo(Map.of("LGSCO", 2L));
        assertThat(q1.ombudsmanReferralsByStage()).isEqualTo(Map.of("1", 1L, "2", 1L));
        assertThat(q1.ombudsmanOutcomes()).isEqualTo(Map.of("REFERRED_BACK_FOR_LOCAL_RESOLUTION", 1L));
        assertThat(q1.withOmbudsmanAtPeriodEnd()).isEqualTo(1);
        assertThat(q2.ombudsmanReferrals()).isZero();
        assertThat(q2.ombudsmanOutcomes()).isEqualTo(Map.of("UPHELD", 1L));
        assertThat(q2.withOmbudsmanAtPeriodEnd()).isZero();
    }

    @Test
    void aStepIsOnTimeWithinItsExtensionOrLateByWorkingDaysAndCountsInThePeriodItWasMet() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        List<StepFact> steps = List.of(
                // due Friday 22 May 2026, met Tuesday 26 May: Monday 25 May is a bank holiday, so 1 working day late
                new StepFact(a, "INVESTIGATION_REPORT", 2, LocalDate.parse("2026-05-22"), false, LocalDate.parse("2026-05-26")),
                // due Friday 1 May, met Friday 8 May: Monday 4 May is a bank holiday, so 4 working days late
                new StepFact(b, "INVESTIGATION_REPORT", 2, LocalDate.parse("2026-05-01"), true, LocalDate.parse("2026-05-08")),
                new StepFact(c, "INVESTIGATION_REPORT", 2, LocalDate.parse("2026-06-12"), true, LocalDate.parse("2026-06-12")),
                new StepFact(a, "PANEL_HELD", 3, LocalDate.parse("2026-06-30"), false, LocalDate.parse("2026-06-29")),
                // met after the quarter: not counted in it
                new StepFact(b, "PANEL_HELD", 3, LocalDate.parse("2026-06-30"), false, LocalDate.parse("2026-07-01")),
                // not met yet
                new StepFact(c, "PANEL_HELD", 3, LocalDate.parse("2026-06-30"), false, null));

        PeriodFigures q1 = FiguresCalculator.figures(Q1, List.of(), List.of(), List.of(), steps, CALENDAR);

        assertThat(q1.steps()).containsExactly(
                new StepFigures(2, "INVESTIGATION_REPORT", 3, 0, 1, 2, 0, 2.5),
                new StepFigures(3, "PANEL_HELD", 1, 1, 0, 0, 0, null));
    }

    private static StageFact started(UUID id, LocalDate on) {
        return new StageFact(id, 1, on, null, false, null, null, null, null, null, null);
    }

    private static DecisionFact timeLimit(UUID id, LocalDate on, boolean accepted) {
        return new DecisionFact(id, DecisionKind.TIME_LIMIT, on, null, accepted, null, null, null, null, null);
    }

    private static DecisionFact exclusion(UUID id, LocalDate on, String ground, boolean whole) {
        return new DecisionFact(id, DecisionKind.EXCLUSION, on, 1, null, whole, ground, null, null, null);
    }

    private static DecisionFact referral(UUID id, LocalDate on, String body, int stage, boolean procedureEnded) {
        return new DecisionFact(id, DecisionKind.OMBUDSMAN_REFERRAL, on, stage, null, null, null, body, procedureEnded, null);
    }

    private static DecisionFact ombudsman(UUID id, LocalDate on, String body, String outcome) {
        return new DecisionFact(id, DecisionKind.OMBUDSMAN_OUTCOME, on, null, null, null, null, body, null, outcome);
    }

    private static ComplaintFact complaint(UUID id, LocalDate received) {
        return new ComplaintFact(id, "COMPLAINT", "STATUTORY", "PARENT", received, null, null, null, null, null, null);
    }

    private static StageFact responded(UUID id, LocalDate started, LocalDate respondedOn, LocalDate dueOn, boolean extended) {
        return new StageFact(id, 1, started, dueOn, extended, respondedOn, "NOT_UPHELD", null, null, null, null);
    }
}
