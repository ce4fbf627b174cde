package org.complaintsplatform.reporting.query;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.procedures.WorkingDayCalendar;
import org.complaintsplatform.reporting.api.ComplaintFact;
import org.complaintsplatform.reporting.api.PeriodFigures;
import org.complaintsplatform.reporting.api.ReportPeriod;
import org.complaintsplatform.reporting.api.StageFact;
import org.complaintsplatform.reporting.api.StageFigures;
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

        StageFigures stage1 = FiguresCalculator.figures(Q1, complaints, stages, CALENDAR).stage(1);

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
                null, null, null, null, LocalDate.parse("2026-08-01"));
        List<StageFact> stages = List.of(
                new StageFact(id, 1, LocalDate.parse("2026-05-01"), null, false, LocalDate.parse("2026-05-20"), "UPHELD",
                        null, null, null, null),
                new StageFact(id, 2, LocalDate.parse("2026-07-02"), null, false, null, null, LocalDate.parse("2026-07-02"),
                        true, null, null));

        PeriodFigures q1 = FiguresCalculator.figures(Q1, List.of(complaint), stages, CALENDAR);

        assertThat(q1.openAtPeriodEnd()).isEqualTo(1);
        assertThat(q1.stage(1).openAtPeriodEnd()).isEqualTo(1);
        assertThat(q1.stage(2).openAtPeriodEnd()).isZero();
        assertThat(q1.receivedByStageReached()).containsExactly(java.util.Map.entry("1", 1L));
        assertThat(q1.stage(1).upheld()).isEqualTo(1);
        assertThat(q1.stage(2).escalationRequests()).isZero();
    }

    private static ComplaintFact complaint(UUID id, LocalDate received) {
        return new ComplaintFact(id, "COMPLAINT", "STATUTORY", "PARENT", received, null, null, null, null, null);
    }

    private static StageFact responded(UUID id, LocalDate started, LocalDate respondedOn, LocalDate dueOn, boolean extended) {
        return new StageFact(id, 1, started, dueOn, extended, respondedOn, "NOT_UPHELD", null, null, null, null);
    }
}
