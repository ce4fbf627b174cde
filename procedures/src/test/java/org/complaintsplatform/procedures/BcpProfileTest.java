package org.complaintsplatform.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintsplatform.procedures.ProfileTestSupport.ENGLAND;
import static org.complaintsplatform.procedures.ProfileTestSupport.date;
import static org.complaintsplatform.procedures.ProfileTestSupport.deadline;
import static org.complaintsplatform.procedures.ProfileTestSupport.due;
import static org.complaintsplatform.procedures.ProfileTestSupport.window;
import static org.complaintsplatform.procedures.RouteKind.CORPORATE;
import static org.complaintsplatform.procedures.RouteKind.STATUTORY_CHILDREN;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** BCP Council, seeds/003_817d18f84c00ff71.txt; each test quotes the sentence it checks. */
class BcpProfileTest {

    private final ProcedureProfile profile = ProfileTestSupport.profile("bcp");

    // "There are two complaint processes that are used in Children's Services." - Stage 3 only "If your complaint is following the Children's Act complaints procedure"
    @Test
    void theChildrensActRouteHasThreeStagesAndTheCorporateRouteTwo() {
        assertThat(profile.route(STATUTORY_CHILDREN).orElseThrow().stages()).hasSize(3);
        assertThat(profile.route(CORPORATE).orElseThrow().stages()).as("BCP-A9").hasSize(2);
    }

    // "The details of your complaint will then be recorded, and you will receive an acknowledgement from the complaints team."
    @Test
    void anAcknowledgementIsPromisedWithoutATimescale() {
        assertThat(profile.acknowledgement()).as("BCP-A3").isEmpty();
    }

    // "Within 10 to 20 working days of receiving your complaint, the member of staff investigating your complaint will tell you what has been found"
    @Test
    void stageOneIsDueInTenWorkingDaysAndAtMostTwentyWithALetterExplainingTheDelay() {
        Deadline response = deadline(profile, STATUTORY_CHILDREN, 1, Step.RESPONSE);
        assertThat(response.timescale()).as("BCP-A2 (a)").isEqualTo(Timescale.workingDays(10));
        assertThat(response.maximum()).contains(Timescale.workingDays(20));
        assertThat(response.statedAs()).isEqualTo("within 10 to 20 working days of receiving your complaint");
        // received Mon 23 Nov 2026: day 10 Mon 7 Dec, day 20 Mon 21 Dec
        assertThat(due(response, date(2026, 11, 23))).isEqualTo(date(2026, 12, 7));
        assertThat(ENGLAND.dueDate(date(2026, 11, 23), response.maximum().orElseThrow())).isEqualTo(date(2026, 12, 21));
    }

    // "you will need to contact the complaints team within 20 working days of receiving your Stage 1 response."
    @Test
    void stageTwoMustBeRequestedWithinTwentyWorkingDaysOfReceivingTheStageOneResponse() {
        RequestWindow stage2 = window(profile, STATUTORY_CHILDREN, 2);
        // posted Mon 30 Nov 2026, deemed received Wed 2 Dec: window closes Mon 4 Jan 2027
        var received = profile.deemedReceipt().receivedOn(date(2026, 11, 30), Channel.POST, ENGLAND);
        assertThat(stage2.closesOn(Map.of(ClockStart.PREVIOUS_RESPONSE_RECEIVED, received), ENGLAND)).contains(date(2027, 1, 4));
    }

    // "The complaints team will let you know what timescale applies to your complaint at Stage 2, this can be up to 65 working days."
    @Test
    void stageTwoTakesAtMostSixtyFiveWorkingDaysOnBothRoutes() {
        for (RouteKind route : RouteKind.values()) {
            Deadline response = deadline(profile, route, 2, Step.RESPONSE);
            assertThat(response.timescale()).as("BCP-A5 (a)").isEqualTo(Timescale.workingDays(65));
            assertThat(response.statedAs()).isEqualTo("up to 65 working days");
        }
    }

    // "You have 20 working days to tell us if you would like to go to Stage 3." "This process should take around two months"
    @Test
    void stageThreeIsRequestedInTwentyWorkingDaysAndTakesAroundTwoCalendarMonthsAsATarget() {
        assertThat(window(profile, STATUTORY_CHILDREN, 3).limits()).singleElement()
                .satisfies(limit -> assertThat(limit.timescale()).isEqualTo(Timescale.workingDays(20)));
        Deadline completion = deadline(profile, STATUTORY_CHILDREN, 3, Step.STAGE_COMPLETION);
        assertThat(completion.timescale()).as("BCP-A7").isEqualTo(new Timescale(2, TimescaleUnit.CALENDAR_MONTHS));
        assertThat(completion.strictness()).isEqualTo(Strictness.TARGET);
        assertThat(completion.statedAs()).isEqualTo("around two months");
        // requested Mon 14 Dec 2026: around Sun 14 Feb 2027
        assertThat(due(completion, date(2026, 12, 14))).isEqualTo(date(2027, 2, 14));
    }

    // "Generally, you will need to make your complaint within one year of the event you are not happy about."
    @Test
    void complaintsAreGenerallyMadeWithinOneYear() {
        assertThat(profile.eligibility().timeLimit().limit()).isEqualTo(new Timescale(1, TimescaleUnit.YEARS));
        assertThat(profile.eligibility().timeLimit().discretion()).as("BCP-A1").isTrue();
    }

    // "you can get help from the independent advocacy service Coram Voice"; the Ombudsman's "usually up to 12 weeks"
    @Test
    void childrenAreOfferedCoramVoiceAndTheOmbudsmanUsuallyWaitsTwelveWeeks() {
        assertThat(profile.advocacy()).isNotNull();
        assertThat(profile.advocacy().providers()).extracting(AdvocacyProvider::name).containsExactly("Coram Voice");
        assertThat(profile.signposting()).singleElement().satisfies(signpost -> {
            assertThat(signpost.body()).isEqualTo(SignpostBody.LGSCO);
            assertThat(signpost.usualWait()).isEqualTo(new Timescale(12, TimescaleUnit.WEEKS));
        });
    }
}
