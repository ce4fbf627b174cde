package org.complaintsplatform.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.complaintsplatform.procedures.ProfileTestSupport.ENGLAND;
import static org.complaintsplatform.procedures.ProfileTestSupport.date;
import static org.complaintsplatform.procedures.ProfileTestSupport.deadline;
import static org.complaintsplatform.procedures.ProfileTestSupport.due;
import static org.complaintsplatform.procedures.ProfileTestSupport.stage;
import static org.complaintsplatform.procedures.ProfileTestSupport.window;
import static org.complaintsplatform.procedures.RouteKind.CORPORATE;
import static org.complaintsplatform.procedures.RouteKind.STATUTORY_CHILDREN;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cambridgeshire County Council, seeds/001_c34f854901ef58de.txt; each test quotes the sentence it checks. */
class CambridgeshireProfileTest {

    private final ProcedureProfile profile = ProfileTestSupport.profile("cambridgeshire");

    // "Your feedback may be a comment, enquiry, compliment or complaint." + MP/Cllr enquiries
    @Test
    void acceptsAllFiveFeedbackTypesOnAStatutoryAndACorporateThreeStageRoute() {
        assertThat(profile.feedback()).extracting(FeedbackRule::type).containsExactlyInAnyOrder(FeedbackType.values());
        assertThat(profile.routes()).extracting(Route::kind).containsExactly(STATUTORY_CHILDREN, CORPORATE);
        assertThat(profile.routes()).allSatisfy(route -> assertThat(route.stages()).hasSize(3));
        assertThat(profile.feedback(FeedbackType.MP_COUNCILLOR_ENQUIRY).orElseThrow().response()).isNull();
    }

    // "An acknowledgement letter will be sent within 3 working days of receipt of your complaint (the date of receipt is counted as day zero);"
    @Test
    void acknowledgementIsDueThreeWorkingDaysAfterTheDayOfReceipt() {
        assertThat(profile.acknowledgement()).contains(Timescale.workingDays(3));
        assertThat(profile.acknowledgementDeadline().from()).isEqualTo(ClockStart.RECEIPT);
        // received Tue 23 Dec 2025 (day 0): 24 Dec, 29 Dec, 30 Dec
        assertThat(ENGLAND.dueDate(date(2025, 12, 23), profile.acknowledgement().orElseThrow())).isEqualTo(date(2025, 12, 30));
        assertThat(profile.letters().acknowledgementStates())
                .containsExactly(LetterContent.ROUTE, LetterContent.RESPONDING_MANAGER, LetterContent.RESPONSE_DUE_DATE);
    }

    // "The response will usually be sent within 10 working days of receipt of your concerns;"
    // "An extension letter will be sent if there is going to be a delay, to a maximum of 20 working days ... (in complex cases, 20 days may be set from the outset)."
    @Test
    void stageOneResponseIsDueInTenWorkingDaysAndExtensionsStopAtTwenty() {
        for (RouteKind route : RouteKind.values()) {
            Deadline response = deadline(profile, route, 1, Step.RESPONSE);
            assertThat(response.timescale()).isEqualTo(Timescale.workingDays(10));
            assertThat(response.extensions()).extracting(Extension::condition)
                    .containsExactly(ExtensionCondition.NOTIFIED_TO_COMPLAINANT, ExtensionCondition.COMPLEX_CASE_FROM_OUTSET);
            assertThat(response.maximum()).as("CAM-A1 and CAM-A3 (a)").contains(Timescale.workingDays(20));
            // received Mon 23 Nov 2026: day 10 is Mon 7 Dec, day 20 is Mon 21 Dec
            assertThat(due(response, date(2026, 11, 23))).isEqualTo(date(2026, 12, 7));
            assertThat(ENGLAND.dueDate(date(2026, 11, 23), response.maximum().orElseThrow())).isEqualTo(date(2026, 12, 21));
        }
    }

    // "If we do not hear from you within 20 working days, your complaint will be closed."
    @Test
    void withoutAReplyTwentyWorkingDaysAfterReceivingTheStageOneResponseTheComplaintCloses() {
        RequestWindow stage2 = window(profile, STATUTORY_CHILDREN, 2);
        assertThat(stage2.lapse()).isEqualTo(Lapse.COMPLAINT_CLOSED);
        assertThat(window(profile, CORPORATE, 2)).isEqualTo(stage2);
        // posted Mon 30 Nov 2026, deemed received Wed 2 Dec; 20 working days later, across Christmas, is Mon 4 Jan 2027
        var received = profile.deemedReceipt().receivedOn(date(2026, 11, 30), Channel.POST, ENGLAND);
        assertThat(received).isEqualTo(date(2026, 12, 2));
        assertThat(stage2.closesOn(Map.of(ClockStart.PREVIOUS_RESPONSE_RECEIVED, received), ENGLAND)).contains(date(2027, 1, 4));
        // e-mailed the same day: received that day, window closes Wed 30 Dec 2026
        var emailed = profile.deemedReceipt().receivedOn(date(2026, 11, 30), Channel.EMAIL, ENGLAND);
        assertThat(stage2.closesOn(Map.of(ClockStart.PREVIOUS_RESPONSE_RECEIVED, emailed), ENGLAND)).contains(date(2026, 12, 30));
    }

    // "The Stage 2 investigation timescale will start from the date your escalation request was received and accepted.
    //  The investigation should be completed and the response sent within 25 working days, which can be extended to a maximum of 65 working days if the case is complex"
    @Test
    void statutoryStageTwoRunsTwentyFiveWorkingDaysFromAcceptanceUpToSixtyFive() {
        Deadline response = deadline(profile, STATUTORY_CHILDREN, 2, Step.RESPONSE);
        assertThat(response.from()).as("CAM-A7 (a)").isEqualTo(ClockStart.REQUEST_ACCEPTED);
        assertThat(response.timescale()).isEqualTo(Timescale.workingDays(25));
        assertThat(response.maximum()).contains(Timescale.workingDays(65));
        // accepted Mon 2 Nov 2026: day 25 is Mon 7 Dec 2026, day 65 is Thu 4 Feb 2027
        assertThat(due(response, date(2026, 11, 2))).isEqualTo(date(2026, 12, 7));
        assertThat(ENGLAND.dueDate(date(2026, 11, 2), Timescale.workingDays(65))).isEqualTo(date(2027, 2, 4));
    }

    // "There is a lead Investigating Officer (IO) and an Independent Person (IP) appointed to each Stage 2 investigation."
    // "The Local Authority has a contract with Coram Voice"
    @Test
    void statutoryStageTwoHasAnInvestigatingOfficerAndAnIndependentPersonFromCoramVoice() {
        Investigation investigation = stage(profile, STATUTORY_CHILDREN, 2).investigation();
        assertThat(investigation).isNotNull();
        assertThat(investigation.roles()).containsExactly(InvestigatorRole.INVESTIGATING_OFFICER, InvestigatorRole.INDEPENDENT_PERSON);
        assertThat(investigation.provider()).isEqualTo("Coram Voice");
        assertThat(investigation.decisionMaker()).contains("Adjudicating Officer");
    }

    // "You will have 20 working days to request a Stage 3 Panel from receiving the Stage 2 reports and 'letter of adjudication'
    //  or within 20 working days of any adjudication meeting."
    @Test
    void stageThreeWindowClosesAtTheLaterOfReceivingTheAdjudicationAndTheAdjudicationMeeting() {
        RequestWindow stage3 = window(profile, STATUTORY_CHILDREN, 3);
        assertThat(stage3.combination()).as("CAM-A9 (a)").isEqualTo(WindowCombination.LATEST);
        // reports e-mailed Mon 4 Jan 2027: closes Mon 1 Feb; meeting Wed 13 Jan: closes Wed 10 Feb
        var reports = Map.of(ClockStart.PREVIOUS_RESPONSE_RECEIVED, date(2027, 1, 4));
        assertThat(stage3.closesOn(reports, ENGLAND)).contains(date(2027, 2, 1));
        var reportsAndMeeting = Map.of(ClockStart.PREVIOUS_RESPONSE_RECEIVED, date(2027, 1, 4),
                ClockStart.ADJUDICATION_MEETING_HELD, date(2027, 1, 13));
        assertThat(stage3.closesOn(reportsAndMeeting, ENGLAND)).contains(date(2027, 2, 10));
    }

    // "The Panel should be appointed within 10 working days of the request being received, and held within 30 working days."
    // "The Panel Chair will produce the 'Panel findings' within 5 working days of the Review meeting, following which a different Senior Manager will write to you within 15 working days."
    @Test
    void panelIsAppointedInTenHeldInThirtyFindingsInFiveAndResponseFifteenWorkingDaysAfterThem() {
        // request received Mon 1 Feb 2027
        assertThat(due(deadline(profile, STATUTORY_CHILDREN, 3, Step.PANEL_APPOINTED), date(2027, 2, 1))).isEqualTo(date(2027, 2, 15));
        assertThat(due(deadline(profile, STATUTORY_CHILDREN, 3, Step.PANEL_HELD), date(2027, 2, 1))).isEqualTo(date(2027, 3, 15));
        // panel met Mon 15 Mar 2027: findings Mon 22 Mar; response 15 working days later, after Easter 2027, Wed 14 Apr
        assertThat(due(deadline(profile, STATUTORY_CHILDREN, 3, Step.PANEL_FINDINGS), date(2027, 3, 15))).isEqualTo(date(2027, 3, 22));
        Deadline response = deadline(profile, STATUTORY_CHILDREN, 3, Step.RESPONSE);
        assertThat(response.from()).as("CAM-A11 (a)").isEqualTo(ClockStart.PANEL_FINDINGS_RECEIVED);
        assertThat(due(response, date(2027, 3, 22))).isEqualTo(date(2027, 4, 14));
        Panel panel = stage(profile, STATUTORY_CHILDREN, 3).panel();
        assertThat(panel).isNotNull();
        assertThat(panel.members()).isEqualTo(3);
        assertThat(panel.independentMembers()).isEqualTo(3);
        assertThat(panel.provider()).isEqualTo("Coram Voice");
    }

    // "The Team will write to you within 3 working days to say which Senior Manager is to be involved and to give a due date for the response,
    //  10 working days from agreement to go to Stage 2 (or 20 working days in complex cases)."
    @Test
    void corporateStageTwoIsAcknowledgedInThreeAndAnsweredInTenOrTwentyWorkingDaysFromAcceptance() {
        Deadline acknowledgement = deadline(profile, CORPORATE, 2, Step.ACKNOWLEDGEMENT);
        Deadline response = deadline(profile, CORPORATE, 2, Step.RESPONSE);
        assertThat(acknowledgement.timescale()).isEqualTo(Timescale.workingDays(3));
        assertThat(response.timescale()).isEqualTo(Timescale.workingDays(10));
        assertThat(response.from()).isEqualTo(ClockStart.REQUEST_ACCEPTED);
        assertThat(response.extensions()).singleElement()
                .satisfies(extension -> assertThat(extension.condition()).isEqualTo(ExtensionCondition.COMPLEX_CASE_FROM_OUTSET))
                .satisfies(extension -> assertThat(extension.upTo()).isEqualTo(Timescale.workingDays(20)));
    }

    // "We aim to complete the Stage 3 review within 10 working days, however this timescale may be extended in complex cases."
    @Test
    void corporateStageThreeIsAChiefExecutiveReviewWithATenWorkingDayTargetAndNoCap() {
        Stage stage3 = stage(profile, CORPORATE, 3);
        Deadline response = stage3.deadline(Step.RESPONSE).orElseThrow();
        assertThat(stage3.respondent()).contains("Chief Executive");
        assertThat(response.timescale()).isEqualTo(Timescale.workingDays(10));
        assertThat(response.strictness()).isEqualTo(Strictness.TARGET);
        assertThat(response.maximum()).as("CAM-A6").isEmpty();
        assertThat(stage3.request()).isNotNull();
        assertThat(stage3.request().lapse()).isEqualTo(Lapse.NO_WINDOW);
    }

    // "Complaints are not usually accepted in relation to events which occurred more than 12 months prior unless you were unaware of those events until recently."
    @Test
    void complaintsAreMadeWithinTwelveMonthsWithDiscretionForLateAwarenessAndChildren() {
        TimeLimit timeLimit = profile.eligibility().timeLimit();
        assertThat(timeLimit.limit()).isEqualTo(new Timescale(12, TimescaleUnit.CALENDAR_MONTHS));
        assertThat(timeLimit.discretion()).isTrue();
        assertThat(timeLimit.acceptedLate()).extracting(LateAcceptance::kind, LateAcceptance::effect).containsExactly(
                tuple(LateAcceptanceKind.UNAWARE_UNTIL_RECENTLY, LateAcceptanceEffect.COUNTED_FROM_AWARENESS),
                tuple(LateAcceptanceKind.CHILD_UNABLE_TO_COMPLAIN_IN_TIME, LateAcceptanceEffect.CONSIDERED));
        assertThat(profile.eligibility().sufficientInterest()).isNotNull();
        assertThat(profile.eligibility().mayComplain()).contains(ComplainantRole.PERSON_WITH_SUFFICIENT_INTEREST);
    }

    // "Complaints which have already been accepted can also be suspended in some situations, for example if the case is going before a Court/Tribunal or if a Child Protection investigation is taking place."
    // "It may not be possible to accept a complaint about a matter which could prejudice a 'concurrent investigation' ..."
    @Test
    void concurrentProceedingsExcludeAComplaintUntilTheyEndAndCourtOrChildProtectionSuspendIt() {
        assertThat(profile.suspension()).isNotNull();
        assertThat(profile.suspension().grounds())
                .containsExactly(SuspensionGround.COURT_PROCEEDINGS, SuspensionGround.TRIBUNAL, SuspensionGround.CHILD_PROTECTION_ENQUIRY);
        assertThat(profile.exclusions().grounds())
                .filteredOn(exclusion -> exclusion.effect() == ExclusionEffect.MAY_RESUBMIT_AFTERWARDS)
                .extracting(Exclusion::ground)
                .containsExactly(ExclusionGround.LEGAL_PROCEEDINGS, ExclusionGround.TRIBUNAL,
                        ExclusionGround.DISCIPLINARY_PROCEEDINGS, ExclusionGround.CRIMINAL_PROCEEDINGS);
        // "Complaints will not be accepted if they have previously been raised and responded to more than 12 months earlier
        //  or have already been dealt with at all three stages of the complaints procedure."
        assertThat(profile.exclusions().grounds())
                .filteredOn(exclusion -> exclusion.effect() == ExclusionEffect.NOT_CONSIDERED)
                .extracting(Exclusion::ground)
                .containsExactly(ExclusionGround.ANSWERED_OVER_12_MONTHS_AGO, ExclusionGround.ALREADY_CONSIDERED);
        assertThat(profile.anonymous()).isNull();
    }

    // "... are put in touch with the National Youth Advocacy Service (NYAS)"; the LGSCO after all 3 Stages; the public Annual Report
    @Test
    void childrenInCareAreOfferedNyasAndComplainantsAreSignpostedToTheOmbudsman() {
        assertThat(profile.advocacy()).isNotNull();
        assertThat(profile.advocacy().providers()).extracting(AdvocacyProvider::name).containsExactly("National Youth Advocacy Service (NYAS)");
        assertThat(profile.signposting()).extracting(Signpost::body).contains(SignpostBody.LGSCO, SignpostBody.OFSTED);
        assertThat(profile.reporting()).extracting(Report::period).containsExactly(ReportingPeriod.ANNUAL);
        assertThat(profile.retention()).as("not stated").isNull();
        assertThat(profile.unreasonableBehaviour()).isNotNull();
        assertThat(profile.unreasonableBehaviour().review()).as("CAM-A16").isNull();
    }
}
