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

/** Herefordshire Council, seeds/004_f067bc6f6592ab23.txt; each test quotes the sentence it checks. */
class HerefordshireProfileTest {

    private final ProcedureProfile profile = ProfileTestSupport.profile("herefordshire");

    // "Wherever possible you will get a response from a manager within 2 weeks (10 working days) or a maximum of 4 weeks (20 working days)."
    @Test
    void stageOneIsDueInTenWorkingDaysAtMostTwentyAndWorkingDaysGovernOverWeeks() {
        Deadline response = deadline(profile, STATUTORY_CHILDREN, 1, Step.RESPONSE);
        assertThat(response.timescale()).isEqualTo(Timescale.workingDays(10));
        assertThat(response.maximum()).contains(Timescale.workingDays(20));
        // received Fri 18 Dec 2026: 2 weeks would be Fri 1 Jan 2027, a bank holiday; 10 working days is Wed 6 Jan (HER-A1 (a))
        assertThat(due(response, date(2026, 12, 18))).isEqualTo(date(2027, 1, 6));
        assertThat(response.statedAs()).contains("2 weeks (10 working days)");
    }

    // "you will be provided with the outcome in a maximum timescale of 13 weeks (65 working days)"; no Stage 2 request window
    @Test
    void stageTwoTakesAtMostSixtyFiveWorkingDaysAndHasNoRequestWindow() {
        for (RouteKind route : RouteKind.values()) {
            assertThat(deadline(profile, route, 2, Step.RESPONSE).timescale()).isEqualTo(Timescale.workingDays(65));
            assertThat(window(profile, route, 2).lapse()).as("HER-A3").isEqualTo(Lapse.NO_WINDOW);
        }
    }

    // "you should inform the Complaints Team within 4 weeks (20 working days). If your request is accepted, the Panel will normally be held within 6 weeks (30 working days)."
    // "The Director will write to you with the outcome of the Panel within 4 weeks (20 working days) of the Panel taking place."
    @Test
    void socialCarePanelsAreRequestedInTwentyHeldInThirtyAndAnsweredTwentyWorkingDaysAfter() {
        RequestWindow stage3 = window(profile, STATUTORY_CHILDREN, 3);
        // Stage 2 outcome e-mailed Mon 4 Jan 2027: window closes Mon 1 Feb
        assertThat(stage3.closesOn(Map.of(ClockStart.PREVIOUS_RESPONSE_RECEIVED, date(2027, 1, 4)), ENGLAND)).contains(date(2027, 2, 1));
        Deadline held = deadline(profile, STATUTORY_CHILDREN, 3, Step.PANEL_HELD);
        assertThat(held.strictness()).as("'normally'").isEqualTo(Strictness.TARGET);
        assertThat(held.from()).as("HER-A5 (b)").isEqualTo(ClockStart.REQUEST_ACCEPTED);
        // accepted Mon 1 Feb 2027: panel by Mon 15 Mar; panel met Mon 15 Mar: Director by Wed 14 Apr, after Easter
        assertThat(due(held, date(2027, 2, 1))).isEqualTo(date(2027, 3, 15));
        assertThat(due(deadline(profile, STATUTORY_CHILDREN, 3, Step.RESPONSE), date(2027, 3, 15))).isEqualTo(date(2027, 4, 14));
        assertThat(profile.route(CORPORATE).orElseThrow().stages()).as("Stage 3 is for social care only").hasSize(2);
    }

    // "All complaints must be submitted within 12 months from the date of the incident(s) in question."
    @Test
    void complaintsAreMadeWithinTwelveMonthsAndALateOneGoesToTheComplaintsManager() {
        TimeLimit timeLimit = profile.eligibility().timeLimit();
        assertThat(timeLimit.limit()).isEqualTo(new Timescale(12, TimescaleUnit.CALENDAR_MONTHS));
        assertThat(timeLimit.discretion()).as("HER-A2 (b)").isTrue();
        assertThat(timeLimit.decidedBy()).isEqualTo("Complaints Manager");
    }

    // "Not everyone has an automatic right to complain, e.g. if you are an extended family member."; "matters for which there is a formal right of appeal"
    @Test
    void extendedFamilyHaveNoAutomaticRightAndAppealableMattersAreExcluded() {
        assertThat(profile.eligibility().sufficientInterest()).as("HER-A7 (a)").isNotNull();
        assertThat(profile.exclusions().grounds()).extracting(Exclusion::ground).containsExactly(ExclusionGround.FORMAL_RIGHT_OF_APPEAL);
        assertThat(profile.acknowledgement()).isEmpty();
        assertThat(profile.advocacy()).isNull();
        assertThat(profile.signposting()).extracting(Signpost::body).containsExactly(SignpostBody.LGSCO, SignpostBody.LOCAL_COUNCILLOR);
    }
}
