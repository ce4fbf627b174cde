package org.complaintsplatform.intake.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

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
        assertThat(triage.timeLimit()).isEqualTo(new Triage.TimeLimitCheck(LocalDate.of(2025, 11, 10), 12,
                "CALENDAR_MONTHS", LocalDate.of(2026, 11, 10), RECEIVED_ON, 42, true));
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
        Triage triage = assess("cambridgeshire", complaint().legalProceedings(true));

        assertThat(triage.possibleExclusion()).isTrue();
        assertThat(triage.exclusionGrounds()).containsExactly("LEGAL_PROCEEDINGS");
    }

    @Test
    void legalProceedingsAreNoExclusionWhereTheProfileListsNone() {
        assertThat(assess("bcp", complaint().legalProceedings(true)).possibleExclusion()).isFalse();
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
        private @Nullable LocalDate whatHappenedOn;
        private boolean legalProceedings;

        Draft type(FeedbackType value) { type = value; return this; }
        Draft role(ComplainantRole value) { role = value; return this; }
        Draft anonymous() { anonymous = true; return this; }
        Draft noChild() { child = false; return this; }
        Draft childInCare(boolean value) { childInCare = value; return this; }
        Draft summary(String value) { summary = value; return this; }
        Draft desiredOutcome(String value) { desiredOutcome = value; return this; }
        Draft whatHappenedOn(LocalDate value) { whatHappenedOn = value; return this; }
        Draft legalProceedings(boolean value) { legalProceedings = value; return this; }

        Representation build() {
            return new Representation(type, null, ReceiptChannel.WEB, anonymous,
                    new Representation.Complainant(role, anonymous ? null : "Alex Example", null, null, ContactPreference.POST),
                    child ? new Representation.Child("Sam Example", LocalDate.of(2014, 5, 2), childInCare) : null,
                    summary, desiredOutcome, whatHappenedOn, legalProceedings);
        }
    }
}
