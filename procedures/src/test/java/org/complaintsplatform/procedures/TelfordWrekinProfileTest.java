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

/** Telford &amp; Wrekin Council, seeds/002_0896d34c1263f2c8.txt; each test quotes the sentence it checks. */
class TelfordWrekinProfileTest {

    private final ProcedureProfile profile = ProfileTestSupport.profile("telford-wrekin");

    // 7.11.4 "... to send a letter of acknowledgement to the complainant with 2 days of receiving the complaint"
    @Test
    void acknowledgementIsDueTwoWorkingDaysAfterReceipt() {
        assertThat(profile.acknowledgement()).as("TW-A1 (b)").contains(Timescale.workingDays(2));
        // received Fri 27 Nov 2026: Mon 30 Nov is day 1, Tue 1 Dec day 2
        assertThat(due(profile.acknowledgementDeadline(), date(2026, 11, 27))).isEqualTo(date(2026, 12, 1));
        assertThat(deadline(profile, STATUTORY_CHILDREN, 1, Step.ALLOCATION).timescale()).isEqualTo(Timescale.workingDays(2));
        assertThat(deadline(profile, STATUTORY_CHILDREN, 1, Step.ADVOCACY_REFERRAL).timescale()).isEqualTo(Timescale.workingDays(1));
        assertThat(deadline(profile, STATUTORY_CHILDREN, 1, Step.FORWARD_TO_COMPLAINTS_TEAM).timescale()).isEqualTo(Timescale.workingDays(0));
    }

    // 7.11.7 "... a maximum of 10 working days from the date on which the complaint was received in the Customer Relationship Team, unless ...
    //  There is an unavoidable delay in appointing an advocate, in which case the timescale commences on the date on which an advocate is appointed."
    @Test
    void stageOneRunsTenWorkingDaysFromReceiptOrFromALaterAdvocateOrSufficientInterestDecision() {
        Deadline response = deadline(profile, STATUTORY_CHILDREN, 1, Step.RESPONSE);
        assertThat(response.timescale()).isEqualTo(Timescale.workingDays(10));
        assertThat(response.startsLaterOn()).containsExactly(ClockStart.ADVOCATE_APPOINTED, ClockStart.SUFFICIENT_INTEREST_DECIDED);
        // received Mon 23 Nov 2026, advocate appointed Wed 25 Nov: day zero moves to 25 Nov, due Wed 9 Dec
        assertThat(due(response, date(2026, 11, 25))).isEqualTo(date(2026, 12, 9));
    }

    // "(subject to a maximum of 20 working days)" and "a maximum of 10 additional working days is available, providing this is clearly notified to the complainant."
    @Test
    void agreedAndComplexStageOneExtensionsBothEndByTheTwentiethWorkingDay() {
        Deadline response = deadline(profile, STATUTORY_CHILDREN, 1, Step.RESPONSE);
        assertThat(response.extensions()).extracting(Extension::condition)
                .containsExactly(ExtensionCondition.AGREED_WITH_COMPLAINANT, ExtensionCondition.COMPLEX_CASE_NOTIFIED);
        assertThat(response.extensions()).extracting(Extension::upTo).containsOnly(Timescale.workingDays(20));
        assertThat(response.maximum()).as("TW-A3 (a)").contains(Timescale.workingDays(20));
    }

    // 7.11.8 "This letter must be sent as soon as possible and in any event within 5 working days of the resolution of the complaint."
    @Test
    void theOutcomeLetterIsDueFiveWorkingDaysAfterResolution() {
        Deadline letter = deadline(profile, STATUTORY_CHILDREN, 1, Step.OUTCOME_LETTER);
        assertThat(letter.timescale()).isEqualTo(Timescale.workingDays(5));
        assertThat(letter.from()).isEqualTo(ClockStart.RESOLUTION_REACHED);
        assertThat(letter.note()).contains("TW-A4");
    }

    // 7.12.1 "... within 25 days of the date when the Stage One response was issued or within 20 days of the date when the Stage One response was due (whichever is earlier)."
    @Test
    void stageTwoMustBeRequestedByTheEarlierOfTwentyFiveWorkingDaysFromIssueAndTwentyFromTheDueDate() {
        RequestWindow stage2 = window(profile, STATUTORY_CHILDREN, 2);
        assertThat(stage2.combination()).isEqualTo(WindowCombination.EARLIEST);
        assertThat(stage2.limits()).extracting(Deadline::timescale)
                .as("TW-A5 (a)").containsExactly(Timescale.workingDays(25), Timescale.workingDays(20));
        // received Mon 2 Nov 2026, Stage One due Mon 16 Nov: the due-date limb closes Mon 14 Dec
        // issued Fri 13 Nov: 25 working days is Fri 18 Dec, so the window closes Mon 14 Dec
        assertThat(stage2.closesOn(Map.of(ClockStart.PREVIOUS_RESPONSE_SENT, date(2026, 11, 13),
                ClockStart.PREVIOUS_RESPONSE_DUE, date(2026, 11, 16)), ENGLAND)).contains(date(2026, 12, 14));
        // issued Fri 6 Nov, six working days early: 25 working days is Fri 11 Dec, earlier than 14 Dec
        assertThat(stage2.closesOn(Map.of(ClockStart.PREVIOUS_RESPONSE_SENT, date(2026, 11, 6),
                ClockStart.PREVIOUS_RESPONSE_DUE, date(2026, 11, 16)), ENGLAND)).contains(date(2026, 12, 11));
    }

    // 7.12.11 "... the draft investigation report ... within 20 working days of the signed statement of complaint being received ...
    //  Where it is not possible for a response to be delivered to the complainant within 25 working days, an extension up to 65 working days ... providing that the complainant is notified"
    @Test
    void stageTwoDraftIsDueAtTwentyAndTheResponseAtTwentyFiveWorkingDaysExtendableToSixtyFiveOnNotice() {
        Deadline draft = deadline(profile, STATUTORY_CHILDREN, 2, Step.INVESTIGATION_REPORT);
        Deadline response = deadline(profile, STATUTORY_CHILDREN, 2, Step.RESPONSE);
        assertThat(draft.from()).isEqualTo(ClockStart.STATEMENT_AGREED);
        assertThat(response.from()).isEqualTo(ClockStart.STATEMENT_AGREED);
        assertThat(response.extensions()).singleElement()
                .satisfies(extension -> assertThat(extension.condition()).as("TW-A8").isEqualTo(ExtensionCondition.NOTIFIED_TO_COMPLAINANT));
        // signed statement received Mon 4 Jan 2027: draft Mon 1 Feb (TW-A7 (a)), response Mon 8 Feb, at most Wed 7 Apr (after Easter)
        assertThat(due(draft, date(2027, 1, 4))).isEqualTo(date(2027, 2, 1));
        assertThat(due(response, date(2027, 1, 4))).isEqualTo(date(2027, 2, 8));
        assertThat(ENGLAND.dueDate(date(2027, 1, 4), response.maximum().orElseThrow())).isEqualTo(date(2027, 4, 7));
    }

    // Table: appoint IO and IP "Within 5 working days of receiving the Stage 2 request"; extension notice "Within 20 working days of the complaint statement being signed";
    // 7.12.7 fact check "normally takes a maximum of five working days"; IP report "(2 working days maximum)"; final reports to the Director and the Director's response, 5 working days each
    @Test
    void stageTwoStepsHaveTheirOwnWorkingDayLimits() {
        assertThat(deadline(profile, STATUTORY_CHILDREN, 2, Step.INVESTIGATOR_APPOINTMENT).timescale()).isEqualTo(Timescale.workingDays(5));
        Deadline notice = deadline(profile, STATUTORY_CHILDREN, 2, Step.EXTENSION_NOTICE);
        assertThat(notice.timescale()).isEqualTo(Timescale.workingDays(20));
        assertThat(notice.strictness()).as("TW-A8: a later notice still extends").isEqualTo(Strictness.TARGET);
        Deadline factCheck = deadline(profile, STATUTORY_CHILDREN, 2, Step.FACTUAL_ACCURACY_CHECK);
        assertThat(factCheck.timescale()).isEqualTo(Timescale.workingDays(5));
        assertThat(factCheck.strictness()).isEqualTo(Strictness.TARGET);
        assertThat(deadline(profile, STATUTORY_CHILDREN, 2, Step.INDEPENDENT_PERSON_REPORT).timescale()).isEqualTo(Timescale.workingDays(2));
        assertThat(deadline(profile, STATUTORY_CHILDREN, 2, Step.REPORTS_TO_DECISION_MAKER).timescale()).isEqualTo(Timescale.workingDays(5));
        assertThat(deadline(profile, STATUTORY_CHILDREN, 2, Step.DECISION_AFTER_REPORTS).timescale()).isEqualTo(Timescale.workingDays(5));
        Investigation investigation = stage(profile, STATUTORY_CHILDREN, 2).investigation();
        assertThat(investigation).isNotNull();
        assertThat(investigation.roles()).containsExactly(InvestigatorRole.INVESTIGATING_OFFICER, InvestigatorRole.INDEPENDENT_PERSON);
        assertThat(investigation.statementOfComplaint()).isNotNull();
    }

    // 7.13.1 "... within 20 working days of the date when the Stage Two response was issued"; 7.13.2 "The Review Panel must take place within 30 working days of the complainant's request."
    // 7.13.7 chair's letter "within 5 working days"; 7.13.8 "Within 15 working days of receiving the Panel chair's letter, the Director will write"
    @Test
    void stageThreeRunsFromTheIssueOfTheStageTwoResponseToTheDirectorsLetter() {
        RequestWindow stage3 = window(profile, STATUTORY_CHILDREN, 3);
        assertThat(stage3.limits()).singleElement()
                .satisfies(limit -> assertThat(limit.from()).as("TW-A13").isEqualTo(ClockStart.PREVIOUS_RESPONSE_SENT));
        assertThat(deadline(profile, STATUTORY_CHILDREN, 3, Step.PANEL_ORGANISED).timescale()).isEqualTo(Timescale.workingDays(1));
        // request received Mon 1 Feb 2027: panel by Mon 15 Mar
        assertThat(due(deadline(profile, STATUTORY_CHILDREN, 3, Step.PANEL_HELD), date(2027, 2, 1))).isEqualTo(date(2027, 3, 15));
        assertThat(deadline(profile, STATUTORY_CHILDREN, 3, Step.PANEL_FINDINGS).timescale()).isEqualTo(Timescale.workingDays(5));
        Deadline response = deadline(profile, STATUTORY_CHILDREN, 3, Step.RESPONSE);
        assertThat(response.from()).as("TW-A14").isEqualTo(ClockStart.PANEL_FINDINGS_RECEIVED);
        assertThat(response.timescale()).isEqualTo(Timescale.workingDays(15));
        Panel panel = stage(profile, STATUTORY_CHILDREN, 3).panel();
        assertThat(panel).isNotNull();
        assertThat(panel.members()).isEqualTo(3);
        assertThat(panel.independentMembers()).isEqualTo(3);
        assertThat(panel.lawyersExcluded()).isTrue();
    }

    // 8.3 "Within a month of the final resolution of complaints which have passed to Stages 2 or 3, the Customer Relationship Team will convene and chair a Learning Opportunity Meeting"
    @Test
    void aLearningMeetingIsHeldWithinACalendarMonthOfTheFinalResponse() {
        Deadline meeting = profile.learning().meeting();
        assertThat(meeting).isNotNull();
        assertThat(meeting.timescale()).as("TW-A16").isEqualTo(new Timescale(1, TimescaleUnit.CALENDAR_MONTHS));
        // final response Fri 29 Jan 2027: one calendar month later is Sun 28 Feb 2027
        assertThat(due(meeting, date(2027, 1, 29))).isEqualTo(date(2027, 2, 28));
    }

    // 6.1 "If an anonymous complaint is received, it will as far as possible be registered as usual under the corporate complaint procedure ...
    //  It is obviously not possible to acknowledge and respond to anonymous complaints"
    @Test
    void anonymousComplaintsAreRegisteredUnderTheCorporateRouteAndNeverAcknowledged() {
        AnonymousHandling anonymous = profile.anonymous();
        assertThat(anonymous).isNotNull();
        assertThat(anonymous.registered()).isTrue();
        assertThat(anonymous.acknowledged()).isFalse();
        assertThat(anonymous.answered()).isFalse();
        assertThat(anonymous.route()).as("TW-A17 (a)").isEqualTo(CORPORATE);
    }

    // 6.2 points 1-6; "This procedure may be suspended if any of the following procedures are invoked:"; 6.8 "(unless the complaint has been resolved with 24 hours)"
    @Test
    void sixExclusionGroundsFourSuspensionGroundsAndNoExclusionLetterWithinTwentyFourHours() {
        assertThat(profile.exclusions().grounds()).extracting(Exclusion::ground).contains(
                ExclusionGround.WITHDRAWN, ExclusionGround.ALREADY_CONSIDERED, ExclusionGround.CORPORATE_ROUTE_MORE_SUITABLE,
                ExclusionGround.LEGAL_PROCEEDINGS, ExclusionGround.DISCIPLINARY_PROCEEDINGS, ExclusionGround.CRIMINAL_PROCEEDINGS);
        assertThat(profile.suspension()).isNotNull();
        assertThat(profile.suspension().grounds()).containsExactly(SuspensionGround.DISCIPLINARY_PROCEDURE,
                SuspensionGround.CHILD_PROTECTION_ENQUIRY, SuspensionGround.HARASSMENT_PROCEDURE, SuspensionGround.POLICE_INVESTIGATION);
        Deadline noLetter = profile.exclusions().resolvedWithoutLetterWithin();
        assertThat(noLetter).isNotNull();
        assertThat(noLetter.timescale()).isEqualTo(Timescale.hours(24));
    }

    // 6.1 "Complaints will not usually be registered more than a year after the matter giving rise to concern arose. Nevertheless, the Council has discretion to waive this time limit"
    @Test
    void complaintsAreMadeWithinAYearWithDiscretionAndAWrittenRefusal() {
        TimeLimit timeLimit = profile.eligibility().timeLimit();
        assertThat(timeLimit.limit()).isEqualTo(new Timescale(1, TimescaleUnit.YEARS));
        assertThat(timeLimit.discretion()).isTrue();
        assertThat(timeLimit.writtenDecision()).isTrue();
        assertThat(timeLimit.acceptedLate()).singleElement().satisfies(late -> {
            assertThat(late.kind()).isEqualTo(LateAcceptanceKind.NOT_REASONABLE_TO_COMPLAIN_SOONER);
            assertThat(late.effect()).isEqualTo(LateAcceptanceEffect.CONSIDERED);
        });
        assertThat(profile.eligibility().mayComplain()).contains(ComplainantRole.FOSTER_CARER, ComplainantRole.SPECIAL_GUARDIAN);
    }

    // 13.3 "The standard maximum response time for MP enquiries is 10 working days."
    @Test
    void mpEnquiriesAreAnsweredInTenWorkingDays() {
        FeedbackRule mp = profile.feedback(FeedbackType.MP_COUNCILLOR_ENQUIRY).orElseThrow();
        assertThat(mp.response()).isNotNull();
        assertThat(mp.response().timescale()).isEqualTo(Timescale.workingDays(10));
        assertThat(profile.feedback()).extracting(FeedbackRule::type).containsExactlyInAnyOrder(FeedbackType.values());
    }

    // 10.3 "within 10 working days for permission"; 10.5 "within 5 working days for permission"; 9.6 "on the same or the next working day ask" and "sent to the registered manager within 5 working days"
    @Test
    void nhsAndCareStandardsReferralsHaveTheirOwnWorkingDayLimits() {
        assertThat(profile.referrals()).extracting(Referral::target, referral -> referral.deadline().timescale()).containsExactly(
                tuple(ReferralTarget.NHS, Timescale.workingDays(10)),
                tuple(ReferralTarget.NHS, Timescale.workingDays(5)),
                tuple(ReferralTarget.REGISTERED_PROVIDER, Timescale.workingDays(1)),
                tuple(ReferralTarget.REGISTERED_PROVIDER, Timescale.workingDays(5)));
        assertThat(profile.referrals().get(3).deadline().from()).isEqualTo(ClockStart.COMPLAINANT_CONSENTED);
    }

    // 11.2 "... time-limited and subject to review at least annually."; 15 quarterly and annual reports; 7.5 advocate copied on all correspondence
    @Test
    void behaviourMeasuresAreReviewedYearlyReportsAreQuarterlyAndAnnualAndAdvocatesAreCopied() {
        assertThat(profile.unreasonableBehaviour()).isNotNull();
        Deadline review = profile.unreasonableBehaviour().review();
        assertThat(review).isNotNull();
        assertThat(review.timescale()).isEqualTo(new Timescale(1, TimescaleUnit.YEARS));
        assertThat(profile.reporting()).extracting(Report::period).containsExactly(ReportingPeriod.QUARTERLY, ReportingPeriod.ANNUAL);
        assertThat(profile.advocacy()).isNotNull();
        assertThat(profile.advocacy().advocateCopied()).isTrue();
        assertThat(profile.letters().nextStageParagraphInEveryResponse()).isTrue();
        assertThat(profile.signposting()).extracting(Signpost::body)
                .containsExactly(SignpostBody.LGSCO, SignpostBody.CQC, SignpostBody.NHS, SignpostBody.OTHER_COUNCIL);
    }

    // 12.2 "The corporate complaints procedure has two stages" - with no timescales at all
    @Test
    void theCorporateRouteHasTwoStagesWithoutTimescales() {
        Route corporate = profile.route(CORPORATE).orElseThrow();
        assertThat(corporate.stages()).hasSize(2);
        assertThat(corporate.stages()).allSatisfy(stage -> assertThat(stage.deadline(Step.RESPONSE).orElseThrow().timescale())
                .as("TW-A22 (a)").isNull());
    }
}
