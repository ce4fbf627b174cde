package org.complaintsplatform.intake.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.complaintsplatform.intake.api.Circumstance;
import org.complaintsplatform.intake.api.ComplainantRole;
import org.complaintsplatform.intake.api.ContactPreference;
import org.complaintsplatform.intake.api.FeedbackType;
import org.complaintsplatform.intake.api.ReceiptChannel;
import org.complaintsplatform.intake.api.Representation;
import org.complaintsplatform.intake.api.Route;
import org.complaintsplatform.intake.api.Triage;
import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.procedures.Tenant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Each flag against the shipped profiles; every date is written by hand. */
class TriageRulesTest {

    private static final LocalDate RECEIVED_ON = LocalDate.of(2026, 12, 22);
    private static final Procedures PROCEDURES =
            Procedures.loadDefault(Clock.fixed(Instant.parse("2026-12-22T16:45:00Z"), ZoneOffset.UTC));

    private static final TriageRules RULES = new TriageRules(List.of("neglect", "self-harm", "not safe"));

    // Time limit: Cambridgeshire 12 calendar months, BCP one year, both with discretion.

    @Test
    void complaintFortyTwoDaysAfterTwelveMonthsIsOutOfTimeByFortyTwoDays() {
        Triage triage = assess("cambridgeshire", complaint().whatHappenedOn(LocalDate.of(2025, 11, 10)));

        assertThat(triage.outOfTime()).isTrue();
        assertThat(triage.timeLimit()).isEqualTo(new Triage.TimeLimitCheck(LocalDate.of(2025, 11, 10),
                LocalDate.of(2025, 11, 10), null, LocalDate.of(2025, 11, 10), 12, "CALENDAR_MONTHS",
                LocalDate.of(2026, 11, 10), RECEIVED_ON, 42, true, List.of(
                        new Triage.LateAcceptanceCheck("UNAWARE_UNTIL_RECENTLY", "COUNTED_FROM_AWARENESS",
                                "The complainant was unaware of the events until recently: counted from when they became aware (CAM-A12 (b)).",
                                false),
                        new Triage.LateAcceptanceCheck("CHILD_UNABLE_TO_COMPLAIN_IN_TIME", "CONSIDERED",
                                "A child or young person who could not, or did not feel confident to, complain within 12 months may be accepted.",
                                false))));
    }

    // CA-A6 (b): "within one year of the matters ... taking place" counts from the latest of them.
    @Test
    void severalEventsCountFromTheLatest() {
        Triage triage = assess("core-assets", complaint().incidentDates(LocalDate.of(2025, 12, 22), LocalDate.of(2025, 6, 1)));

        assertThat(triage.outOfTime()).isFalse();
        assertThat(triage.timeLimit().firstHappenedOn()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(triage.timeLimit().whatHappenedOn()).isEqualTo(LocalDate.of(2025, 12, 22));
        assertThat(triage.timeLimit().lastDayInTime()).isEqualTo(LocalDate.of(2026, 12, 22));
        assertThat(triage.timeLimit().lateAcceptance()).isEmpty();
    }

    // CAM-A12 (b): "unless you were unaware of those events until recently": 12 months from awareness.
    @Test
    void cambridgeshireCountsFromWhenTheComplainantBecameAware() {
        Triage triage = assess("cambridgeshire", complaint().whatHappenedOn(LocalDate.of(2025, 3, 3))
                .becameAwareOn(LocalDate.of(2026, 1, 15)));

        assertThat(triage.outOfTime()).isFalse();
        assertThat(triage.timeLimit().countedFrom()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(triage.timeLimit().lastDayInTime()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(triage.timeLimit().daysLate()).isZero();
        assertThat(triage.timeLimit().lateAcceptance())
                .extracting(Triage.LateAcceptanceCheck::kind, Triage.LateAcceptanceCheck::indicated)
                .containsExactly(tuple("UNAWARE_UNTIL_RECENTLY", true), tuple("CHILD_UNABLE_TO_COMPLAIN_IN_TIME", false));
    }

    @Test
    void awarenessDoesNotMoveTheLimitWhereTheProfileCountsFromTheEvents() {
        Triage triage = assess("bcp", complaint().whatHappenedOn(LocalDate.of(2025, 3, 3))
                .becameAwareOn(LocalDate.of(2026, 1, 15)));

        assertThat(triage.outOfTime()).isTrue();
        assertThat(triage.timeLimit().becameAwareOn()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(triage.timeLimit().countedFrom()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(triage.timeLimit().lastDayInTime()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(triage.timeLimit().daysLate()).isEqualTo(294);
        assertThat(triage.timeLimit().lateAcceptance()).isEmpty();
    }

    // CA-A7 (a): "If you were a child at the time of the events, your complaint will be accepted".
    @Test
    void careLeaverWhoWasSeventeenAtTheTimeIsAcceptedByCoreAssetsHoweverLate() {
        Triage triage = assess("core-assets", complaint().role(ComplainantRole.CARE_LEAVER)
                .childBornOn(LocalDate.of(2006, 3, 1)).whatHappenedOn(LocalDate.of(2023, 9, 10)));

        assertThat(triage.outOfTime()).isTrue();
        assertThat(triage.timeLimit().lastDayInTime()).isEqualTo(LocalDate.of(2024, 9, 10));
        assertThat(triage.timeLimit().daysLate()).isEqualTo(833);
        assertThat(triage.timeLimit().lateAcceptance()).singleElement().isEqualTo(new Triage.LateAcceptanceCheck(
                "CHILD_AT_THE_TIME", "ACCEPTED",
                "The complainant was a child at the time of the events: the complaint is always accepted, however late (CA-A7 [HIGH] (a)).",
                true));
    }

    @Test
    void careLeaverWhoWasNineteenAtTheTimeWasNotAChildThen() {
        Triage triage = assess("core-assets", complaint().role(ComplainantRole.CARE_LEAVER)
                .childBornOn(LocalDate.of(2004, 3, 1)).whatHappenedOn(LocalDate.of(2023, 9, 10)));

        assertThat(triage.timeLimit().lateAcceptance()).singleElement()
                .extracting(Triage.LateAcceptanceCheck::indicated).isEqualTo(false);
    }

    @Test
    void childComplainingLateToCambridgeshireMayBeAccepted() {
        Triage triage = assess("cambridgeshire", complaint().role(ComplainantRole.CHILD).whatHappenedOn(LocalDate.of(2025, 3, 3)));

        assertThat(triage.timeLimit().lateAcceptance())
                .extracting(Triage.LateAcceptanceCheck::kind, Triage.LateAcceptanceCheck::indicated)
                .containsExactly(tuple("UNAWARE_UNTIL_RECENTLY", false), tuple("CHILD_UNABLE_TO_COMPLAIN_IN_TIME", true));
    }

    // Telford & Wrekin 6.1: "It would not be reasonable to expect the complainant to have made the complaint sooner, and ...": a person judges.
    @Test
    void whetherItWasReasonableToComplainSoonerIsLeftToTheComplaintsManager() {
        Triage triage = assess("telford-wrekin", complaint().whatHappenedOn(LocalDate.of(2025, 3, 3))
                .becameAwareOn(LocalDate.of(2026, 1, 15)));

        assertThat(triage.outOfTime()).isTrue();
        assertThat(triage.timeLimit().lateAcceptance()).singleElement().satisfies(late -> {
            assertThat(late.kind()).isEqualTo("NOT_REASONABLE_TO_COMPLAIN_SOONER");
            assertThat(late.effect()).isEqualTo("CONSIDERED");
            assertThat(late.indicated()).isFalse();
        });
    }

    @Test
    void complaintOnTheLastDayOfTheTimeLimitIsInTime() {
        Triage triage = assess("cambridgeshire", complaint().whatHappenedOn(LocalDate.of(2025, 12, 22)));

        assertThat(triage.outOfTime()).isFalse();
        assertThat(triage.timeLimit().lastDayInTime()).isEqualTo(LocalDate.of(2026, 12, 22));
        assertThat(triage.timeLimit().daysLate()).isZero();
    }

    @Test
    void complaintOneDayAfterAYearIsOutOfTimeByOneDay() {
        Triage triage = assess("bcp", complaint().whatHappenedOn(LocalDate.of(2025, 12, 21)));

        assertThat(triage.outOfTime()).isTrue();
        assertThat(triage.timeLimit().limitUnit()).isEqualTo("YEARS");
        assertThat(triage.timeLimit().lastDayInTime()).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(triage.timeLimit().daysLate()).isEqualTo(1);
    }

    @Test
    void twelveMonthsFromTheTwentyNinthOfFebruaryEndOnTheTwentyEighth() {
        Triage triage = assess("cambridgeshire", complaint().whatHappenedOn(LocalDate.of(2024, 2, 29)));

        assertThat(triage.timeLimit().lastDayInTime()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(triage.timeLimit().daysLate()).isEqualTo(662);
    }

    @Test
    void withoutADateTheTimeLimitIsNotChecked() {
        Triage triage = assess("cambridgeshire", complaint());

        assertThat(triage.outOfTime()).isFalse();
        assertThat(triage.timeLimit()).isNull();
    }

    // Possible exclusion.

    @Test
    void legalProceedingsAreAPossibleExclusionWhereTheProfileExcludesThem() {
        Triage triage = assess("cambridgeshire", complaint().circumstances(Circumstance.LEGAL_PROCEEDINGS));

        assertThat(triage.possibleExclusion()).isTrue();
        assertThat(triage.exclusionGrounds()).containsExactly("LEGAL_PROCEEDINGS");
    }

    @Test
    void legalProceedingsAreNoExclusionWhereTheProfileListsNone() {
        assertThat(assess("bcp", complaint().circumstances(Circumstance.LEGAL_PROCEEDINGS)).possibleExclusion()).isFalse();
    }

    @Test
    void eachCircumstancePointsToTheCambridgeshireGroundItMatchesInTheProfilesOrder() {
        Triage triage = assess("cambridgeshire", complaint().circumstances(Circumstance.ABOUT_ANOTHER_ORGANISATION,
                Circumstance.COMPENSATION_ONLY, Circumstance.CHILD_PROTECTION_CONFERENCE, Circumstance.CONSIDERED_BY_OMBUDSMAN,
                Circumstance.CRIMINAL_INVESTIGATION, Circumstance.DISCIPLINARY_PROCEEDINGS, Circumstance.TRIBUNAL,
                Circumstance.RIGHT_OF_APPEAL));

        assertThat(triage.exclusionGrounds()).containsExactly("TRIBUNAL", "DISCIPLINARY_PROCEEDINGS",
                "CRIMINAL_PROCEEDINGS", "ALREADY_CONSIDERED", "CHILD_PROTECTION_CONFERENCE", "COMPENSATION_CLAIM", "OTHER_AGENCY");
    }

    @Test
    void aFormalRightOfAppealIsHerefordshiresOnlyExclusion() {
        assertThat(assess("herefordshire", complaint().circumstances(Circumstance.RIGHT_OF_APPEAL,
                Circumstance.LEGAL_PROCEEDINGS)).exclusionGrounds()).containsExactly("FORMAL_RIGHT_OF_APPEAL");
    }

    // CAM-A13 (a): "previously been raised and responded to more than 12 months earlier"
    @Test
    void aComplaintAnsweredMoreThanTwelveMonthsBeforeIsNotTakenAgainByCambridgeshire() {
        assertThat(assess("cambridgeshire", complaint().previouslyAnsweredOn(LocalDate.of(2025, 12, 21))).exclusionGrounds())
                .containsExactly("ANSWERED_OVER_12_MONTHS_AGO");
        assertThat(assess("cambridgeshire", complaint().previouslyAnsweredOn(LocalDate.of(2025, 12, 22))).possibleExclusion())
                .isFalse();
    }

    @Test
    void telfordWrekinConsidersAMatterTheOmbudsmanConsideredAlreadyDealtWith() {
        assertThat(assess("telford-wrekin", complaint().circumstances(Circumstance.CONSIDERED_BY_OMBUDSMAN)).exclusionGrounds())
                .containsExactly("ALREADY_CONSIDERED");
    }

    @Test
    void withoutLegalProceedingsThereIsNoPossibleExclusion() {
        Triage triage = assess("cambridgeshire", complaint());

        assertThat(triage.possibleExclusion()).isFalse();
        assertThat(triage.exclusionGrounds()).isEmpty();
    }

    // Sufficient interest.

    @Test
    void complainantTheProcedureDoesNotNameNeedsSufficientInterestDecided() {
        assertThat(assess("telford-wrekin", complaint().role(ComplainantRole.OTHER)).sufficientInterestToDecide()).isTrue();
    }

    @Test
    void parentNeedsNoSufficientInterestDecision() {
        assertThat(assess("telford-wrekin", complaint()).sufficientInterestToDecide()).isFalse();
    }

    // Advocacy.

    @Test
    void childComplainantIsOfferedTheProfilesAdvocacyService() {
        Triage triage = assess("telford-wrekin", complaint().role(ComplainantRole.CHILD));

        assertThat(triage.advocacyToOffer()).isTrue();
        assertThat(triage.advocacyProvider()).isEqualTo("Rights & Representations Service");
    }

    @Test
    void careLeaverIsOfferedAdvocacy() {
        assertThat(assess("bcp", complaint().role(ComplainantRole.CARE_LEAVER)).advocacyProvider()).isEqualTo("Coram Voice");
    }

    @Test
    void parentOfAChildInCareIsOfferedAdvocacyForTheChild() {
        Triage triage = assess("cambridgeshire", complaint().childInCare(true));

        assertThat(triage.advocacyToOffer()).isTrue();
        assertThat(triage.advocacyProvider()).isEqualTo("National Youth Advocacy Service (NYAS)");
    }

    @Test
    void parentOfAChildNotInCareIsNotOfferedAdvocacy() {
        Triage triage = assess("cambridgeshire", complaint());

        assertThat(triage.advocacyToOffer()).isFalse();
        assertThat(triage.advocacyProvider()).isNull();
    }

    @Test
    void noAdvocacyIsOfferedWhereTheProfileHasNone() {
        assertThat(assess("herefordshire", complaint().role(ComplainantRole.CHILD)).advocacyToOffer()).isFalse();
    }

    @Test
    void advocacyWithoutANamedServiceIsOfferedWithoutAProvider() {
        Triage triage = assess("core-assets", complaint().role(ComplainantRole.CHILD));

        assertThat(triage.advocacyToOffer()).isTrue();
        assertThat(triage.advocacyProvider()).isNull();
    }

    // Route.

    @Test
    void parentsComplaintAboutAChildSuggestsTheStatutoryRoute() {
        assertThat(assess("cambridgeshire", complaint()).suggestedRoute()).isEqualTo(Route.STATUTORY);
    }

    @Test
    void someoneElsesComplaintAboutNoChildSuggestsTheCorporateRoute() {
        assertThat(assess("cambridgeshire", complaint().role(ComplainantRole.OTHER).noChild()).suggestedRoute())
                .isEqualTo(Route.CORPORATE);
    }

    @Test
    void anonymousComplaintSuggestsTheCorporateRoute() {
        assertThat(assess("telford-wrekin", complaint().anonymous()).suggestedRoute()).isEqualTo(Route.CORPORATE);
    }

    @Test
    void profileWithOnlyACorporateRouteAlwaysSuggestsIt() {
        assertThat(assess("core-assets", complaint().role(ComplainantRole.CHILD)).suggestedRoute()).isEqualTo(Route.CORPORATE);
    }

    @Test
    void aComplimentHasNoRoute() {
        assertThat(assess("cambridgeshire", complaint().type(FeedbackType.COMPLIMENT)).suggestedRoute()).isNull();
    }

    // Safeguarding.

    @Test
    void keywordInAnyCaseFlagsTheSubmissionForReview() {
        Triage triage = assess("cambridgeshire", complaint().summary("I think my brother is being NEGLECTED? No: Neglect."));

        assertThat(triage.safeguardingReview()).isTrue();
        assertThat(triage.safeguardingKeywords()).containsExactly("neglect");
    }

    @Test
    void phrasesAndHyphenatedKeywordsMatchInTheDesiredOutcomeToo() {
        Triage triage = assess("cambridgeshire", complaint().desiredOutcome("She says she is not safe and talks of Self-Harm."));

        assertThat(triage.safeguardingKeywords()).containsExactly("self-harm", "not safe");
    }

    @Test
    void keywordInsideAnotherWordDoesNotFlag() {
        Triage triage = assess("cambridgeshire", complaint().summary("The neglectful paperwork was notsafe to file."));

        assertThat(triage.safeguardingReview()).isFalse();
        assertThat(triage.safeguardingKeywords()).isEmpty();
    }

    private static Triage assess(String tenantId, Draft draft) {
        Tenant tenant = PROCEDURES.tenant(tenantId).orElseThrow();
        return RULES.assess(PROCEDURES.profile(tenant), PROCEDURES.calendar(tenant), draft.build(), RECEIVED_ON);
    }

    private static Draft complaint() {
        return new Draft();
    }

    /** A parent's named complaint about a child not in care, changed one fact at a time. */
    private static final class Draft {
        private FeedbackType type = FeedbackType.COMPLAINT;
        private ComplainantRole role = ComplainantRole.PARENT;
        private boolean anonymous;
        private boolean child = true;
        private boolean childInCare;
        private String summary = "No calls returned for six weeks.";
        private @Nullable String desiredOutcome;
        private LocalDate childBornOn = LocalDate.of(2014, 5, 2);
        private List<LocalDate> incidentDates = List.of();
        private @Nullable LocalDate becameAwareOn;
        private List<Circumstance> circumstances = List.of();
        private @Nullable LocalDate previouslyAnsweredOn;

        Draft type(FeedbackType value) { type = value; return this; }
        Draft role(ComplainantRole value) { role = value; return this; }
        Draft anonymous() { anonymous = true; return this; }
        Draft noChild() { child = false; return this; }
        Draft childInCare(boolean value) { childInCare = value; return this; }
        Draft summary(String value) { summary = value; return this; }
        Draft desiredOutcome(String value) { desiredOutcome = value; return this; }
        Draft childBornOn(LocalDate value) { childBornOn = value; return this; }
        Draft whatHappenedOn(LocalDate value) { incidentDates = List.of(value); return this; }
        Draft incidentDates(LocalDate... values) { incidentDates = List.of(values); return this; }
        Draft becameAwareOn(LocalDate value) { becameAwareOn = value; return this; }
        Draft circumstances(Circumstance... values) { circumstances = List.of(values); return this; }
        Draft previouslyAnsweredOn(LocalDate value) { previouslyAnsweredOn = value; return this; }

        Representation build() {
            return new Representation(type, null, ReceiptChannel.WEB, anonymous,
                    new Representation.Complainant(role, anonymous ? null : "Alex Example", null, null, ContactPreference.POST,
                            null, null),
                    child ? new Representation.Child("Sam Example", childBornOn, childInCare) : null, null, false,
                    summary, desiredOutcome, incidentDates, becameAwareOn, circumstances, previouslyAnsweredOn);
        }
    }
}
