package org.complaintsplatform.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintsplatform.procedures.ProfileTestSupport.ENGLAND;
import static org.complaintsplatform.procedures.ProfileTestSupport.date;
import static org.complaintsplatform.procedures.ProfileTestSupport.deadline;
import static org.complaintsplatform.procedures.ProfileTestSupport.due;
import static org.complaintsplatform.procedures.ProfileTestSupport.stage;
import static org.complaintsplatform.procedures.ProfileTestSupport.window;
import static org.complaintsplatform.procedures.RouteKind.CORPORATE;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Core Assets Children's Services, seeds/000_fc1916b910660dfc.txt; each test quotes the sentence it checks. */
class CoreAssetsProfileTest {

    private final ProcedureProfile profile = ProfileTestSupport.profile("core-assets");

    // "Core Assets Children's Services have a three stage process" - its own procedure, not a council's statutory one
    @Test
    void hasOneThreeStageRouteAndNoAcknowledgementTimescale() {
        assertThat(profile.routes()).singleElement().satisfies(route -> {
            assertThat(route.kind()).isEqualTo(CORPORATE);
            assertThat(route.stages()).hasSize(3);
            assertThat(route.directToStage2()).isNotNull();
        });
        assertThat(profile.acknowledgement()).as("the guide states none").isEmpty();
    }

    // "This letter should be sent within ten working days, or a maximum of twenty working days with your agreement, from the date of your complaint."
    @Test
    void stageOneLetterIsDueInTenWorkingDaysOrTwentyWithAgreement() {
        Deadline response = deadline(profile, CORPORATE, 1, Step.RESPONSE);
        assertThat(response.from()).as("CA-A1 (b)").isEqualTo(ClockStart.RECEIPT);
        assertThat(response.extensions()).singleElement()
                .satisfies(extension -> assertThat(extension.condition()).isEqualTo(ExtensionCondition.AGREED_WITH_COMPLAINANT));
        assertThat(response.maximum()).contains(Timescale.workingDays(20));
        // received Mon 23 Nov 2026: due Mon 7 Dec
        assertThat(due(response, date(2026, 11, 23))).isEqualTo(date(2026, 12, 7));
    }

    // No Stage Two window: "You may request this either by replying to the letter you receive at the end of Stage One, or by contacting ... the Complaints Manager"
    @Test
    void aStageTwoRequestIsNeverOutOfTime() {
        RequestWindow stage2 = window(profile, CORPORATE, 2);
        assertThat(stage2.lapse()).as("CA-A2").isEqualTo(Lapse.NO_WINDOW);
        assertThat(stage2.closesOn(Map.of(ClockStart.PREVIOUS_RESPONSE_RECEIVED, date(2026, 12, 7)), ENGLAND)).isEmpty();
    }

    // "The independent investigator will be asked to produce this report within 20 working days from the date of the agreed written statement of your complaint.
    //  The Complaints Manager will then write to you within 5 working days of receiving the independent investigator's final report"
    @Test
    void stageTwoReportIsDueTwentyWorkingDaysAfterTheAgreedStatementAndTheLetterFiveAfterTheReport() {
        Deadline report = deadline(profile, CORPORATE, 2, Step.INVESTIGATION_REPORT);
        Deadline letter = deadline(profile, CORPORATE, 2, Step.RESPONSE);
        assertThat(report.from()).isEqualTo(ClockStart.STATEMENT_AGREED);
        assertThat(letter.from()).isEqualTo(ClockStart.FINAL_REPORT_RECEIVED);
        // statement agreed Mon 4 Jan 2027: report Mon 1 Feb; report received Mon 1 Feb: letter Mon 8 Feb
        assertThat(due(report, date(2027, 1, 4))).isEqualTo(date(2027, 2, 1));
        assertThat(due(letter, date(2027, 2, 1))).isEqualTo(date(2027, 2, 8));
        // "we will keep you informed of the reasons and expected time scales, and seek your agreement" - no maximum (CA-A3)
        assertThat(report.maximum()).isEmpty();
        Investigation investigation = stage(profile, CORPORATE, 2).investigation();
        assertThat(investigation).isNotNull();
        assertThat(investigation.roles()).containsExactly(InvestigatorRole.INVESTIGATING_OFFICER);
    }

    // "The request must be received in writing within 20 working days of you receiving the outcome in writing of the Stage Two independent investigation"
    @Test
    void stageThreeMustBeRequestedInWritingWithinTwentyWorkingDaysOfReceivingTheOutcome() {
        RequestWindow stage3 = window(profile, CORPORATE, 3);
        assertThat(stage3.form()).contains("In writing");
        // outcome posted Mon 8 Feb 2027, deemed received Wed 10 Feb: window closes Wed 10 Mar
        var received = profile.deemedReceipt().receivedOn(date(2027, 2, 8), Channel.POST, ENGLAND);
        assertThat(stage3.closesOn(Map.of(ClockStart.PREVIOUS_RESPONSE_RECEIVED, received), ENGLAND)).contains(date(2027, 3, 10));
    }

    // "You will receive an initial response from the panel within 24 hours, and a written response within 5 working days."
    @Test
    void thePanelRespondsWithinTwentyFourClockHoursAndInWritingWithinFiveWorkingDays() {
        Deadline initial = deadline(profile, CORPORATE, 3, Step.PANEL_INITIAL_RESPONSE);
        assertThat(initial.timescale()).isEqualTo(Timescale.hours(24));
        // panel ends Fri 18 Dec 2026 at 15:00 GMT: initial response by Sat 19 Dec 15:00 (CA-A4 (a): weekends count)
        assertThat(ENGLAND.dueAt(Instant.parse("2026-12-18T15:00:00Z"), initial.stated().orElseThrow()))
                .isEqualTo(Instant.parse("2026-12-19T15:00:00Z"));
        // written response: Mon 21, Tue 22, Wed 23, Thu 24, then Tue 29 Dec
        assertThat(due(deadline(profile, CORPORATE, 3, Step.RESPONSE), date(2026, 12, 18))).isEqualTo(date(2026, 12, 29));
        assertThat(deadline(profile, CORPORATE, 3, Step.PANEL_HELD).timescale()).as("CA-A5: agreed with you").isNull();
    }

    // "The panel will consist of an Executive Director and a senior manager within Core Assets Group ... and another person who is ... independent of Core Assets Group."
    @Test
    void thePanelIsTwoUninvolvedSeniorStaffAndOneIndependentPerson() {
        Panel panel = stage(profile, CORPORATE, 3).panel();
        assertThat(panel).isNotNull();
        assertThat(panel.members()).isEqualTo(3);
        assertThat(panel.independentMembers()).isEqualTo(1);
        assertThat(panel.lawyersExcluded()).isTrue();
    }

    // "you must make your complaint within one year ..."; "If you were a child at the time of the events, your complaint will be accepted"
    @Test
    void complaintsAreMadeWithinOneYearUnlessTheComplainantWasAChildThen() {
        TimeLimit timeLimit = profile.eligibility().timeLimit();
        assertThat(timeLimit.limit()).isEqualTo(new Timescale(1, TimescaleUnit.YEARS));
        assertThat(timeLimit.discretion()).isTrue();
        assertThat(timeLimit.writtenDecision()).isTrue();
        assertThat(timeLimit.acceptedLate()).singleElement().satisfies(late -> {
            assertThat(late.kind()).isEqualTo(LateAcceptanceKind.CHILD_AT_THE_TIME);
            assertThat(late.effect()).isEqualTo(LateAcceptanceEffect.ACCEPTED);
        });
    }

    // "The written record ... will be retained for at least three years from the close of the complaint process."
    @Test
    void recordsAreKeptAtLeastThreeYearsAfterClosure() {
        Retention retention = profile.retention();
        assertThat(retention).isNotNull();
        assertThat(retention.from()).isEqualTo(ClockStart.CLOSURE);
        assertThat(ENGLAND.dueDate(date(2026, 11, 23), retention.minimum())).isEqualTo(date(2029, 11, 23));
    }

    // "If the service provided to you ... is regulated by Ofsted"; NACCC; CQC; the paying local authority; "the local government ombudsman may investigate in certain situations"
    @Test
    void complainantsAreSignpostedToRegulatorsTheCommissionerAndTheOmbudsman() {
        assertThat(profile.signposting()).extracting(Signpost::body).containsExactly(SignpostBody.OFSTED, SignpostBody.NACCC,
                SignpostBody.CQC, SignpostBody.COMMISSIONING_LOCAL_AUTHORITY, SignpostBody.LGSCO, SignpostBody.CHILDRENS_COMMISSIONER);
        assertThat(profile.letters().ownWords()).containsEntry(LetterTerm.OMBUDSMAN, "Local Government and Social Care Ombudsman");
        assertThat(profile.suspension()).isNull();
        assertThat(profile.anonymous()).isNull();
        assertThat(profile.exclusions().grounds()).isEmpty();
    }
}
