package org.complaintsplatform.workflow.command;

import static org.complaintsplatform.workflow.command.ComplaintMother.ID;
import static org.complaintsplatform.workflow.command.ComplaintMother.due;
import static org.hamcrest.Matchers.containsString;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.workflow.api.AgreeWrittenStatement;
import org.complaintsplatform.workflow.api.AppointInvestigator;
import org.complaintsplatform.workflow.api.ComplaintEscalated;
import org.complaintsplatform.workflow.api.ComplaintReceived;
import org.complaintsplatform.workflow.api.ConvenePanel;
import org.complaintsplatform.workflow.api.FeedbackType;
import org.complaintsplatform.workflow.api.Finding;
import org.complaintsplatform.workflow.api.HoldPanel;
import org.complaintsplatform.workflow.api.InvestigationReportSubmitted;
import org.complaintsplatform.workflow.api.InvestigatorAppointed;
import org.complaintsplatform.workflow.api.InvestigatorRole;
import org.complaintsplatform.workflow.api.IssuePanelFindings;
import org.complaintsplatform.workflow.api.Outcome;
import org.complaintsplatform.workflow.api.PanelConvened;
import org.complaintsplatform.workflow.api.PanelHeld;
import org.complaintsplatform.workflow.api.PanelMember;
import org.complaintsplatform.workflow.api.ReportKind;
import org.complaintsplatform.workflow.api.StageResponded;
import org.complaintsplatform.workflow.api.Strictness;
import org.complaintsplatform.workflow.api.SubmitInvestigationReport;
import org.complaintsplatform.workflow.api.WrittenStatementAgreed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Telford &amp; Wrekin's Stage 2 investigation and Stage 3 panel, one rule per test. Dates are worked out by
 * hand; 2027's Early May bank holiday is Mon 3 May and its Spring bank holiday Mon 31 May.
 */
class InvestigationAndPanelTest {

    private static final String TW = "telford-wrekin";
    private static final List<Finding> FINDINGS = List.of(new Finding(1, Outcome.UPHELD));

    private AggregateTestFixture<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Complaint.class);
        fixture.registerInjectableResource(new DueDates(Procedures.loadDefault()));
        fixture.registerInjectableResource(new LabellingKeys());
    }

    private static ComplaintReceived received() {
        return ComplaintMother.received(TW, Instant.parse("2026-12-22T16:45:00Z"), LocalDate.of(2026, 12, 22),
                LocalDate.of(2026, 12, 24), due(TW, 1, "RESPONSE", LocalDate.of(2027, 1, 8)));
    }

    private static StageResponded respondedAt(int stage, String on) {
        return new StageResponded(ID, TW, Instant.parse(on + "T12:00:00Z"), LocalDate.parse(on), stage, FINDINGS, null, null);
    }

    /** Requested Wed 10 February 2027: the IO and IP are appointed "within 5 working days", by Wed 17 February. */
    private static ComplaintEscalated atStageTwo() {
        return new ComplaintEscalated(ID, TW, Instant.parse("2027-02-10T10:00:00Z"), LocalDate.of(2027, 2, 10), 1, 2,
                List.of(due(TW, 2, "INVESTIGATOR_APPOINTMENT", LocalDate.of(2027, 2, 17))));
    }

    private static InvestigatorAppointed appointed(InvestigatorRole role, String personRef, String on, String... completed) {
        return new InvestigatorAppointed(ID, TW, Instant.parse(on + "T10:00:00Z"), LocalDate.parse(on), role, personRef,
                List.of(completed));
    }

    /** Requested Tue 4 May 2027 (Mon 3 May is a bank holiday): panel organised in 1 working day, held within 30. */
    private static ComplaintEscalated atStageThree() {
        return new ComplaintEscalated(ID, TW, Instant.parse("2027-05-04T10:00:00Z"), LocalDate.of(2027, 5, 4), 2, 3,
                List.of(due(TW, 3, "PANEL_ORGANISED", LocalDate.of(2027, 5, 5)), due(TW, 3, "PANEL_HELD", LocalDate.of(2027, 6, 16))));
    }

    private static List<PanelMember> panel(String... refs) {
        return List.of(new PanelMember(refs[0], true, true), new PanelMember(refs[1], false, true),
                new PanelMember(refs[2], false, true));
    }

    /** TW: "the draft investigation report ... within 20 working days of the signed statement of complaint being received". */
    @Test
    void agreedStatementStartsTheInvestigationClocks() {
        Instant agreedAt = Instant.parse("2027-02-15T11:00:00Z");
        // From Mon 15 February 2027: the 20th working day is Mon 15 March, the 25th Mon 22 March.
        fixture.given(received(), respondedAt(1, "2027-01-18"), atStageTwo())
                .when(new AgreeWrittenStatement(ID, agreedAt, true))
                .expectEvents(new WrittenStatementAgreed(ID, TW, agreedAt, LocalDate.of(2027, 2, 15), true, List.of(
                        due(TW, 2, "INVESTIGATION_REPORT", LocalDate.of(2027, 3, 15)),
                        due(TW, 2, "EXTENSION_NOTICE", LocalDate.of(2027, 3, 15), Strictness.TARGET),
                        due(TW, 2, "RESPONSE", LocalDate.of(2027, 3, 22)))));
    }

    @Test
    void statementOfComplaintBelongsToAStageWithAnInvestigation() {
        fixture.given(received())
                .when(new AgreeWrittenStatement(ID, Instant.parse("2027-01-05T11:00:00Z"), true))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("NO_INVESTIGATION_AT_STAGE"));
    }

    @Test
    void appointmentClockIsMetWhenTheLastRequiredInvestigatorIsAppointed() {
        fixture.given(received(), respondedAt(1, "2027-01-18"), atStageTwo(),
                        appointed(InvestigatorRole.INVESTIGATING_OFFICER, "io-12", "2027-02-16"))
                .when(new AppointInvestigator(ID, InvestigatorRole.INDEPENDENT_PERSON, "ip-7", true,
                        Instant.parse("2027-02-17T10:00:00Z")))
                .expectEvents(appointed(InvestigatorRole.INDEPENDENT_PERSON, "ip-7", "2027-02-17", "INVESTIGATOR_APPOINTMENT"));
    }

    /** Regulation 2: the Independent Person is not a member or officer of the council, nor the spouse or civil partner of one. */
    @Test
    void independentPersonMustDeclareTheirIndependence() {
        fixture.given(received(), respondedAt(1, "2027-01-18"), atStageTwo())
                .when(new AppointInvestigator(ID, InvestigatorRole.INDEPENDENT_PERSON, "ip-7", false,
                        Instant.parse("2027-02-16T10:00:00Z")))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("INDEPENDENT_PERSON_NOT_INDEPENDENT"));
    }

    @Test
    void independentPersonCannotBeTheInvestigatingOfficer() {
        fixture.given(received(), respondedAt(1, "2027-01-18"), atStageTwo(),
                        appointed(InvestigatorRole.INVESTIGATING_OFFICER, "io-12", "2027-02-16"))
                .when(new AppointInvestigator(ID, InvestigatorRole.INDEPENDENT_PERSON, "io-12", true,
                        Instant.parse("2027-02-17T10:00:00Z")))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("INDEPENDENT_PERSON_IS_INVESTIGATOR"));
    }

    @Test
    void reportComesFromAnAppointedInvestigator() {
        fixture.given(received(), respondedAt(1, "2027-01-18"), atStageTwo())
                .when(new SubmitInvestigationReport(ID, ReportKind.DRAFT, InvestigatorRole.INVESTIGATING_OFFICER,
                        Instant.parse("2027-03-12T10:00:00Z")))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("INVESTIGATOR_NOT_APPOINTED"));
    }

    /** TW: the factual-accuracy check "normally takes a maximum of five working days" (a target, TW-A11). */
    @Test
    void draftReportMeetsTheReportClockAndStartsTheFactualAccuracyCheck() {
        Instant submittedAt = Instant.parse("2027-03-12T10:00:00Z");
        // Draft received Fri 12 March 2027: five working days to Fri 19 March.
        fixture.given(received(), respondedAt(1, "2027-01-18"), atStageTwo(),
                        appointed(InvestigatorRole.INVESTIGATING_OFFICER, "io-12", "2027-02-16"),
                        new WrittenStatementAgreed(ID, TW, Instant.parse("2027-02-15T11:00:00Z"), LocalDate.of(2027, 2, 16), true,
                                List.of(due(TW, 2, "INVESTIGATION_REPORT", LocalDate.of(2027, 3, 15)))))
                .when(new SubmitInvestigationReport(ID, ReportKind.DRAFT, InvestigatorRole.INVESTIGATING_OFFICER, submittedAt))
                .expectEvents(new InvestigationReportSubmitted(ID, TW, submittedAt, LocalDate.of(2027, 3, 12), ReportKind.DRAFT,
                        InvestigatorRole.INVESTIGATING_OFFICER,
                        List.of(due(TW, 2, "FACTUAL_ACCURACY_CHECK", LocalDate.of(2027, 3, 19), Strictness.TARGET)),
                        List.of("INVESTIGATION_REPORT")));
    }

    /** TW: "three independent persons, one of whom chairs". */
    @Test
    void panelHasThreeIndependentMembersAndOneChair() {
        fixture.given(received(), respondedAt(1, "2027-01-18"), atStageTwo(), respondedAt(2, "2027-04-12"), atStageThree())
                .when(new ConvenePanel(ID, List.of(new PanelMember("pm-1", true, true), new PanelMember("pm-2", false, true)),
                        Instant.parse("2027-05-05T10:00:00Z")))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("PANEL_COMPOSITION"));
    }

    /** The Stage 2 Independent Person may not sit on the review panel. */
    @Test
    void stageTwoIndependentPersonCannotSitOnThePanel() {
        fixture.given(received(), respondedAt(1, "2027-01-18"), atStageTwo(),
                        appointed(InvestigatorRole.INDEPENDENT_PERSON, "ip-7", "2027-02-16"), respondedAt(2, "2027-04-12"),
                        atStageThree())
                .when(new ConvenePanel(ID, panel("pm-1", "ip-7", "pm-3"), Instant.parse("2027-05-05T10:00:00Z")))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("INDEPENDENT_PERSON_ON_PANEL"));
    }

    @Test
    void convenedPanelMeetsTheOrganisingClock() {
        Instant convenedAt = Instant.parse("2027-05-05T10:00:00Z");
        fixture.given(received(), respondedAt(1, "2027-01-18"), atStageTwo(), respondedAt(2, "2027-04-12"), atStageThree())
                .when(new ConvenePanel(ID, panel("pm-1", "pm-2", "pm-3"), convenedAt))
                .expectEvents(new PanelConvened(ID, TW, convenedAt, LocalDate.of(2027, 5, 5), panel("pm-1", "pm-2", "pm-3"),
                        List.of("PANEL_ORGANISED")));
    }

    /** The invitation gives the panel's date when it is set at convening: Thu 10 June 2027. */
    @Test
    void panelConvenedWithTheDayItWillMeet() {
        Instant convenedAt = Instant.parse("2027-05-05T10:00:00Z");
        fixture.given(received(), respondedAt(1, "2027-01-18"), atStageTwo(), respondedAt(2, "2027-04-12"), atStageThree())
                .when(new ConvenePanel(ID, panel("pm-1", "pm-2", "pm-3"), convenedAt, LocalDate.of(2027, 6, 10), null))
                .expectEvents(new PanelConvened(ID, TW, convenedAt, LocalDate.of(2027, 5, 5), panel("pm-1", "pm-2", "pm-3"),
                        List.of("PANEL_ORGANISED"), LocalDate.of(2027, 6, 10)));
    }

    @Test
    void panelIsNotSetToMeetBeforeTheDayItIsConvened() {
        fixture.given(received(), respondedAt(1, "2027-01-18"), atStageTwo(), respondedAt(2, "2027-04-12"), atStageThree())
                .when(new ConvenePanel(ID, panel("pm-1", "pm-2", "pm-3"), Instant.parse("2027-05-05T10:00:00Z"),
                        LocalDate.of(2027, 5, 4), null))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("PANEL_MEETING_BEFORE_CONVENING"));
    }

    @Test
    void panelCannotMeetBeforeItIsConvened() {
        fixture.given(received(), respondedAt(1, "2027-01-18"), atStageTwo(), respondedAt(2, "2027-04-12"), atStageThree())
                .when(new HoldPanel(ID, Instant.parse("2027-06-10T10:00:00Z")))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("PANEL_NOT_CONVENED"));
    }

    /** TW: the chair's letter of findings within 5 working days of the panel. */
    @Test
    void heldPanelStartsTheFindingsClock() {
        Instant heldAt = Instant.parse("2027-06-10T14:00:00Z");
        // Held Thu 10 June 2027: 11, 14, 15, 16, Thu 17 June.
        fixture.given(received(), respondedAt(1, "2027-01-18"), atStageTwo(), respondedAt(2, "2027-04-12"), atStageThree(),
                        new PanelConvened(ID, TW, Instant.parse("2027-05-05T10:00:00Z"), LocalDate.of(2027, 5, 5),
                                panel("pm-1", "pm-2", "pm-3"), List.of("PANEL_ORGANISED")))
                .when(new HoldPanel(ID, heldAt))
                .expectEvents(new PanelHeld(ID, TW, heldAt, LocalDate.of(2027, 6, 10),
                        List.of(due(TW, 3, "PANEL_FINDINGS", LocalDate.of(2027, 6, 17))), List.of("PANEL_HELD")));
    }

    @Test
    void findingsCannotPrecedeThePanel() {
        fixture.given(received(), respondedAt(1, "2027-01-18"), atStageTwo(), respondedAt(2, "2027-04-12"), atStageThree(),
                        new PanelConvened(ID, TW, Instant.parse("2027-05-05T10:00:00Z"), LocalDate.of(2027, 5, 5),
                                panel("pm-1", "pm-2", "pm-3"), List.of()))
                .when(new IssuePanelFindings(ID, Instant.parse("2027-06-10T10:00:00Z"), FINDINGS))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("PANEL_NOT_HELD"));
    }

    /**
     * Core Assets: "You will receive an initial response from the panel within 24 hours, and a written
     * response within 5 working days": hours run on the clock, weekends included.
     */
    @Test
    void coreAssetsPanelAnswersWithin24HoursOfMeetingThenInWritingWithinFiveWorkingDays() {
        Instant heldAt = Instant.parse("2027-06-11T15:30:00Z");
        // Met Fri 11 June 2027 at 16:30 BST: the initial response is due by 16:30 on Sat 12 June; the written
        // response 5 working days from Fri 11 June: 14, 15, 16, 17, Fri 18 June.
        ComplaintReceived received = ComplaintMother.received("core-assets", FeedbackType.COMPLAINT,
                Instant.parse("2026-12-22T16:45:00Z"), LocalDate.of(2026, 12, 22), false, null,
                due("core-assets", 1, "RESPONSE", LocalDate.of(2027, 1, 8)));
        fixture.given(received,
                        new StageResponded(ID, "core-assets", Instant.parse("2027-01-18T12:00:00Z"), LocalDate.of(2027, 1, 18), 1,
                                FINDINGS, null, null),
                        new ComplaintEscalated(ID, "core-assets", Instant.parse("2027-01-19T10:00:00Z"), LocalDate.of(2027, 1, 19), 1, 2,
                                List.of()),
                        new StageResponded(ID, "core-assets", Instant.parse("2027-04-12T12:00:00Z"), LocalDate.of(2027, 4, 12), 2,
                                FINDINGS, null, null),
                        new ComplaintEscalated(ID, "core-assets", Instant.parse("2027-04-13T10:00:00Z"), LocalDate.of(2027, 4, 13), 2, 3,
                                List.of()),
                        new PanelConvened(ID, "core-assets", Instant.parse("2027-05-05T10:00:00Z"), LocalDate.of(2027, 5, 5),
                                panel("ed-1", "sm-2", "ind-3"), List.of()))
                .when(new HoldPanel(ID, heldAt))
                .expectEvents(new PanelHeld(ID, "core-assets", heldAt, LocalDate.of(2027, 6, 11), List.of(
                        due("core-assets", 3, "PANEL_INITIAL_RESPONSE", LocalDate.of(2027, 6, 12)),
                        due("core-assets", 3, "RESPONSE", LocalDate.of(2027, 6, 18))), List.of()));
    }
}
