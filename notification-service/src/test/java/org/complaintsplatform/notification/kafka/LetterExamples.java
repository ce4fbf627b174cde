package org.complaintsplatform.notification.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;
import org.complaintsplatform.contracts.complaint.ComplaintClosed;
import org.complaintsplatform.contracts.complaint.ComplaintEscalated;
import org.complaintsplatform.contracts.complaint.ComplaintReceived;
import org.complaintsplatform.contracts.complaint.ComplaintResumed;
import org.complaintsplatform.contracts.complaint.ComplaintSuspended;
import org.complaintsplatform.contracts.complaint.ComplaintWithdrawn;
import org.complaintsplatform.contracts.complaint.ComplaintExcluded;
import org.complaintsplatform.contracts.complaint.DueDate;
import org.complaintsplatform.contracts.complaint.ExclusionEffect;
import org.complaintsplatform.contracts.complaint.ExclusionGround;
import org.complaintsplatform.contracts.complaint.ExtensionCondition;
import org.complaintsplatform.contracts.complaint.Finding;
import org.complaintsplatform.contracts.complaint.IndependentPersonAppointed;
import org.complaintsplatform.contracts.complaint.InvestigatorAppointed;
import org.complaintsplatform.contracts.complaint.LateEscalationDecided;
import org.complaintsplatform.contracts.complaint.Outcome;
import org.complaintsplatform.contracts.complaint.PanelConvened;
import org.complaintsplatform.contracts.complaint.PanelFindingsIssued;
import org.complaintsplatform.contracts.complaint.PanelMember;
import org.complaintsplatform.contracts.complaint.PausedDueDate;
import org.complaintsplatform.contracts.complaint.StageExtended;
import org.complaintsplatform.contracts.complaint.StageResponded;
import org.complaintsplatform.contracts.complaint.Strictness;
import org.complaintsplatform.contracts.complaint.SuspensionGround;
import org.complaintsplatform.contracts.complaint.TimeLimitDecided;
import org.complaintsplatform.contracts.ComplainantRole;
import org.complaintsplatform.contracts.FeedbackType;
import org.complaintsplatform.contracts.Route;
import org.complaintsplatform.contracts.deadline.DeadlineApproaching;
import org.complaintsplatform.contracts.deadline.DeadlineMissed;
import org.complaintsplatform.notification.api.Channel;
import org.complaintsplatform.notification.api.Correspondent;
import org.complaintsplatform.notification.api.LetterType;
import org.complaintsplatform.notification.command.LetterRenderer;
import org.complaintsplatform.notification.command.PdfRenderer;
import org.complaintsplatform.notification.command.TemplateSource;
import org.complaintsplatform.procedures.Procedures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Writes one example of every letter type (staff reminders included), as Cambridgeshire would send it, and every
 * letter type the procedures of the four other organisations write, to {@code docs/letters/} (PDF and text). Not part
 * of the normal test run (the class name matches no Surefire pattern); run with
 * {@code ./mvnw -B -o -pl notification-service test -Dtest=LetterExamples -Dsurefire.failIfNoSpecifiedTests=false}.
 * The dates are those a statutory complaint received on Monday 29 June 2026 would have under each profile, with
 * the real bank holidays (31 August, 25 and 28 December 2026, 1 January 2027).
 */
public class LetterExamples {

    private static final String TENANT = "cambridgeshire";
    private static final UUID COMPLAINT = UUID.fromString("3f1c8f9e-2a57-4c1e-9d0b-6a1f4e2b7c10");
    private static final Instant AT = Instant.parse("2026-06-29T14:05:00Z");
    private static final String RULE = "cambridgeshire-v1#routes[STATUTORY_CHILDREN].stages[%d].%s";

    /** Each letter's trigger, with the London date the letter is written. */
    static Map<LetterType, Map.Entry<IntegrationEvent, LocalDate>> examples() {
        Map<LetterType, Map.Entry<IntegrationEvent, LocalDate>> examples = new LinkedHashMap<>();
        examples.put(LetterType.ACKNOWLEDGEMENT, Map.entry(new ComplaintReceived(TENANT, COMPLAINT, AT, "CAM-2026-000123",
                LocalDate.of(2026, 6, 29), FeedbackType.COMPLAINT, Route.STATUTORY, ComplainantRole.PARENT, false, true,
                TENANT, 1, LocalDate.of(2026, 7, 2), List.of(due(1, "RESPONSE", LocalDate.of(2026, 7, 13))), false),
                LocalDate.of(2026, 6, 30)));
        examples.put(LetterType.EXTENSION_NOTICE, Map.entry(new StageExtended(TENANT, COMPLAINT, AT, 1,
                ExtensionCondition.AGREED_WITH_COMPLAINANT, due(1, "RESPONSE", LocalDate.of(2026, 7, 27))),
                LocalDate.of(2026, 7, 10)));
        examples.put(LetterType.STAGE_RESPONSE, Map.entry(new StageResponded(TENANT, COMPLAINT, AT, LocalDate.of(2026, 7, 24), 1,
                List.of(new Finding(1, Outcome.UPHELD), new Finding(2, Outcome.NOT_UPHELD)), LocalDate.of(2026, 7, 27),
                new DueDate(2, "REQUEST_WINDOW", LocalDate.of(2026, 8, 25), Strictness.LIMIT, RULE.formatted(2, "request"))),
                LocalDate.of(2026, 7, 24)));
        // Stage 2 accepted Monday 3 August: 25 working days, past the bank holiday of 31 August, to 8 September
        ComplaintEscalated toStage2 = new ComplaintEscalated(TENANT, COMPLAINT, AT, LocalDate.of(2026, 8, 3), 1, 2,
                List.of(due(2, "RESPONSE", LocalDate.of(2026, 9, 8))));
        examples.put(LetterType.ESCALATION_CONFIRMATION, Map.entry(toStage2, LocalDate.of(2026, 8, 3)));
        examples.put(LetterType.STATEMENT_INVITATION, Map.entry(toStage2, LocalDate.of(2026, 8, 3)));
        examples.put(LetterType.INVESTIGATOR_APPOINTMENT_NOTICE, Map.entry(new InvestigatorAppointed(TENANT, COMPLAINT, AT,
                LocalDate.of(2026, 8, 7), "IO-0042", List.of()), LocalDate.of(2026, 8, 7)));
        // adjudication posted Tuesday 8 September, received Thursday 10th: 20 working days to ask for Stage 3
        examples.put(LetterType.ADJUDICATION_COVER, Map.entry(new StageResponded(TENANT, COMPLAINT, AT,
                LocalDate.of(2026, 9, 8), 2, List.of(new Finding(1, Outcome.UPHELD), new Finding(2, Outcome.NOT_UPHELD)),
                LocalDate.of(2026, 9, 8), new DueDate(3, "REQUEST_WINDOW", LocalDate.of(2026, 10, 8), Strictness.LIMIT,
                RULE.formatted(3, "request"))), LocalDate.of(2026, 9, 8)));
        examples.put(LetterType.PANEL_INVITATION, Map.entry(new PanelConvened(TENANT, COMPLAINT, AT, LocalDate.of(2026, 10, 2),
                List.of(new PanelMember("REG-17", false, true), new PanelMember("REG-03", true, true),
                        new PanelMember("REG-22", false, true)), List.of("PANEL_APPOINTED")), LocalDate.of(2026, 10, 2)));
        // findings received Wednesday 4 November: the response within 15 working days, 25 November
        examples.put(LetterType.PANEL_FINDINGS_COVER, Map.entry(new PanelFindingsIssued(TENANT, COMPLAINT, AT,
                LocalDate.of(2026, 11, 4), List.of(new Finding(1, Outcome.UPHELD), new Finding(2, Outcome.PARTLY_UPHELD)),
                List.of(due(3, "RESPONSE", LocalDate.of(2026, 11, 25))), List.of("PANEL_FINDINGS")), LocalDate.of(2026, 11, 4)));
        examples.put(LetterType.FINAL_RESPONSE, Map.entry(finalResponse(TENANT, 3, LocalDate.of(2026, 11, 23)),
                LocalDate.of(2026, 11, 23)));
        examples.put(LetterType.LATE_REQUEST_DECISION, Map.entry(new LateEscalationDecided(TENANT, COMPLAINT, AT, 2, false),
                LocalDate.of(2026, 9, 1)));
        examples.put(LetterType.SUSPENSION_NOTICE, Map.entry(new ComplaintSuspended(TENANT, COMPLAINT, AT,
                LocalDate.of(2026, 8, 10), SuspensionGround.POLICE_INVESTIGATION, List.of()), LocalDate.of(2026, 8, 10)));
        examples.put(LetterType.RESUMPTION_NOTICE, Map.entry(new ComplaintResumed(TENANT, COMPLAINT, AT,
                LocalDate.of(2026, 9, 14), List.of(due(2, "RESPONSE", LocalDate.of(2026, 10, 26)))), LocalDate.of(2026, 9, 14)));
        examples.put(LetterType.WITHDRAWAL_CONFIRMATION, Map.entry(new ComplaintWithdrawn(TENANT, COMPLAINT, AT,
                LocalDate.of(2026, 7, 8), 1), LocalDate.of(2026, 7, 8)));
        examples.put(LetterType.CLOSURE, Map.entry(new ComplaintClosed(TENANT, COMPLAINT, AT, LocalDate.of(2026, 11, 2), 2,
                List.of(new Finding(1, Outcome.PARTLY_UPHELD), new Finding(2, Outcome.NOT_UPHELD))), LocalDate.of(2026, 11, 2)));
        examples.put(LetterType.STAFF_DEADLINE_APPROACHING, Map.entry(new DeadlineApproaching(TENANT, COMPLAINT, AT,
                UUID.fromString("9b2d6c1a-0f7e-4c55-8a43-2d1e6f9a0b31"), 1, "RESPONSE", Strictness.LIMIT,
                RULE.formatted(1, "deadlines.RESPONSE"), LocalDate.of(2026, 7, 13), 2), LocalDate.of(2026, 7, 9)));
        examples.put(LetterType.STAFF_DEADLINE_MISSED, Map.entry(new DeadlineMissed(TENANT, COMPLAINT, AT,
                UUID.fromString("9b2d6c1a-0f7e-4c55-8a43-2d1e6f9a0b31"), 1, "RESPONSE", Strictness.LIMIT,
                RULE.formatted(1, "deadlines.RESPONSE"), LocalDate.of(2026, 7, 13)), LocalDate.of(2026, 7, 14)));
        // a court case about one point started: that part waits, the rest goes on
        examples.put(LetterType.ELIGIBILITY_DECISION, Map.entry(new ComplaintExcluded(TENANT, COMPLAINT, AT,
                LocalDate.of(2026, 7, 6), 1, ExclusionGround.LEGAL_PROCEEDINGS, ExclusionEffect.MAY_RESUBMIT_AFTERWARDS, false,
                "cambridgeshire-v1#exclusions.grounds[LEGAL_PROCEEDINGS]"), LocalDate.of(2026, 7, 6)));
        return examples;
    }

    /**
     * The same complaint at the four other organisations, received Monday 29 June 2026 and answered by e-mail
     * (deemed received the day it is sent): each letter type their procedures write, with the dates their profiles
     * give (counted by hand, each checked against the tenant's working-day calendar). Herefordshire and Core Assets
     * write no acknowledgement (their procedures do not acknowledge complaints); only Cambridgeshire and Telford &
     * Wrekin have a panel-findings step, so only they write its cover.
     */
    static Map<String, Map<LetterType, Map.Entry<IntegrationEvent, LocalDate>>> otherOrganisations() {
        return otherOrganisations(COMPLAINT);
    }

    /** The same, for a complaint of this id (an IT sends each organisation's events for a complaint of its own). */
    public static Map<String, Map<LetterType, Map.Entry<IntegrationEvent, LocalDate>>> otherOrganisations(UUID complaintId) {
        Map<String, Map<LetterType, Map.Entry<IntegrationEvent, LocalDate>>> scenarios = new LinkedHashMap<>();
        scenarios.put("telford-wrekin", telfordWrekin(complaintId));
        scenarios.put("bcp", bcp(complaintId));
        scenarios.put("herefordshire", herefordshire(complaintId));
        scenarios.put("core-assets", coreAssets(complaintId));
        return scenarios;
    }

    /** The reference the examples give a complaint of this organisation, e.g. {@code TW-2026-000123}. */
    public static String reference(String tenant) {
        return Procedures.loadDefault().tenant(tenant).orElseThrow().referencePrefix() + "-2026-000123";
    }

    /** The organisation's address block, as notification-service.yml configures it (none for Core Assets). */
    static final Map<String, List<String>> ADDRESSES = Map.of(
            "telford-wrekin", List.of("Addenbrooke House", "Ironmasters Way", "Telford", "TF3 4NT"),
            "bcp", List.of("BCP Council", "Civic Centre", "Bourne Avenue", "Bournemouth", "BH2 6DY"),
            "herefordshire", List.of("Plough Lane", "Hereford", "HR4 0LE"),
            "core-assets", List.of());

    private static Map<LetterType, Map.Entry<IntegrationEvent, LocalDate>> telfordWrekin(UUID complaintId) {
        Scenario tw = new Scenario("telford-wrekin", "STATUTORY_CHILDREN", complaintId);
        Map<LetterType, Map.Entry<IntegrationEvent, LocalDate>> letters = new LinkedHashMap<>();
        // acknowledged within 2 working days (1 July); Stage One response within 10 (13 July)
        letters.put(LetterType.ACKNOWLEDGEMENT, tw.received(tw.workingDays(RECEIVED, 2, LocalDate.of(2026, 7, 1))));
        letters.put(LetterType.EXTENSION_NOTICE, tw.extended(ExtensionCondition.AGREED_WITH_COMPLAINANT));
        // Stage Two asked for within 25 working days of the response (28 August) or 20 of its due date, 27 July
        // after the extension (24 August), whichever is earlier
        tw.workingDays(LocalDate.of(2026, 7, 24), 25, LocalDate.of(2026, 8, 28));
        letters.put(LetterType.STAGE_RESPONSE, tw.responded(1, LocalDate.of(2026, 7, 24), LocalDate.of(2026, 7, 27),
                tw.window(2, tw.workingDays(LocalDate.of(2026, 7, 27), 20, LocalDate.of(2026, 8, 24)))));
        // asked for Monday 3 August: investigator within 5 working days (10 August); the response clock waits for the statement
        ComplaintEscalated toStage2 = tw.escalated(1, LocalDate.of(2026, 8, 3), List.of(tw.due(2, "INVESTIGATOR_APPOINTMENT",
                tw.workingDays(LocalDate.of(2026, 8, 3), 5, LocalDate.of(2026, 8, 10)))));
        letters.put(LetterType.ESCALATION_CONFIRMATION, Map.entry(toStage2, LocalDate.of(2026, 8, 3)));
        letters.put(LetterType.STATEMENT_INVITATION, Map.entry(toStage2, LocalDate.of(2026, 8, 3)));
        letters.put(LetterType.INVESTIGATOR_APPOINTMENT_NOTICE, tw.investigatorAppointed(LocalDate.of(2026, 8, 7)));
        // statement agreed Monday 17 August: 25 working days, past the bank holiday of 31 August, to 22 September;
        // answered 21 September, Stage Three asked for within 20 working days of it (19 October)
        LocalDate stage2Due = tw.workingDays(LocalDate.of(2026, 8, 17), 25, LocalDate.of(2026, 9, 22));
        letters.put(LetterType.ADJUDICATION_COVER, tw.responded(2, LocalDate.of(2026, 9, 21), stage2Due,
                tw.window(3, tw.workingDays(LocalDate.of(2026, 9, 21), 20, LocalDate.of(2026, 10, 19)))));
        // asked for Monday 5 October: panel organised the next working day
        letters.put(LetterType.PANEL_INVITATION, tw.panelConvened(
                tw.workingDays(LocalDate.of(2026, 10, 5), 1, LocalDate.of(2026, 10, 6)), INDEPENDENT_PANEL));
        // panel met Thursday 29 October, chair's letter received Wednesday 4 November: the response within 15 (25 November)
        letters.put(LetterType.PANEL_FINDINGS_COVER, tw.panelFindings(LocalDate.of(2026, 11, 4),
                tw.workingDays(LocalDate.of(2026, 11, 4), 15, LocalDate.of(2026, 11, 25))));
        letters.put(LetterType.FINAL_RESPONSE, tw.finalResponse(LocalDate.of(2026, 11, 23)));
        letters.put(LetterType.LATE_REQUEST_DECISION, tw.lateRequestRefused(2, LocalDate.of(2026, 9, 1)));
        tw.suspensionAndResumption(letters);
        letters.put(LetterType.ELIGIBILITY_DECISION, tw.timeLimitDecided(false, "Complaints Manager", true));
        letters.put(LetterType.WITHDRAWAL_CONFIRMATION, tw.withdrawn());
        letters.put(LetterType.CLOSURE, tw.closed(LocalDate.of(2026, 11, 23), 3));
        tw.staffReminders(letters);
        return letters;
    }

    private static Map<LetterType, Map.Entry<IntegrationEvent, LocalDate>> bcp(UUID complaintId) {
        Scenario bcp = new Scenario("bcp", "STATUTORY_CHILDREN", complaintId);
        Map<LetterType, Map.Entry<IntegrationEvent, LocalDate>> letters = new LinkedHashMap<>();
        // no timescale to acknowledge; Stage 1 response within 10 working days (13 July)
        letters.put(LetterType.ACKNOWLEDGEMENT, bcp.received(null));
        letters.put(LetterType.EXTENSION_NOTICE, bcp.extended(ExtensionCondition.NOTIFIED_TO_COMPLAINANT));
        // Stage 2 asked for within 20 working days of receiving the response of Friday 24 July (21 August)
        letters.put(LetterType.STAGE_RESPONSE, bcp.responded(1, LocalDate.of(2026, 7, 24), LocalDate.of(2026, 7, 27),
                bcp.window(2, bcp.workingDays(LocalDate.of(2026, 7, 24), 20, LocalDate.of(2026, 8, 21)))));
        // accepted Monday 3 August: 65 working days, 31 August skipped, to 3 November
        ComplaintEscalated toStage2 = bcp.escalated(1, LocalDate.of(2026, 8, 3), List.of(bcp.due(2, "RESPONSE",
                bcp.workingDays(LocalDate.of(2026, 8, 3), 65, LocalDate.of(2026, 11, 3)))));
        letters.put(LetterType.ESCALATION_CONFIRMATION, Map.entry(toStage2, LocalDate.of(2026, 8, 3)));
        letters.put(LetterType.INVESTIGATOR_APPOINTMENT_NOTICE, bcp.investigatorAppointed(LocalDate.of(2026, 8, 7)));
        // answered Monday 2 November: Stage 3 asked for within 20 working days of receiving it (30 November)
        letters.put(LetterType.ADJUDICATION_COVER, bcp.responded(2, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3),
                bcp.window(3, bcp.workingDays(LocalDate.of(2026, 11, 2), 20, LocalDate.of(2026, 11, 30)))));
        letters.put(LetterType.PANEL_INVITATION, bcp.panelConvened(LocalDate.of(2026, 11, 13), INDEPENDENT_PANEL));
        letters.put(LetterType.FINAL_RESPONSE, bcp.finalResponse(LocalDate.of(2026, 12, 15)));
        letters.put(LetterType.LATE_REQUEST_DECISION, bcp.lateRequestRefused(2, LocalDate.of(2026, 9, 1)));
        bcp.suspensionAndResumption(letters);
        letters.put(LetterType.ELIGIBILITY_DECISION, bcp.timeLimitDecided(true, null, false));
        letters.put(LetterType.WITHDRAWAL_CONFIRMATION, bcp.withdrawn());
        letters.put(LetterType.CLOSURE, bcp.closed(LocalDate.of(2026, 12, 15), 3));
        bcp.staffReminders(letters);
        return letters;
    }

    private static Map<LetterType, Map.Entry<IntegrationEvent, LocalDate>> herefordshire(UUID complaintId) {
        Scenario her = new Scenario("herefordshire", "STATUTORY_CHILDREN", complaintId);
        Map<LetterType, Map.Entry<IntegrationEvent, LocalDate>> letters = new LinkedHashMap<>();
        letters.put(LetterType.EXTENSION_NOTICE, her.extended(ExtensionCondition.NOTIFIED_TO_COMPLAINANT));
        // Stage 2 may be asked for with no time limit: workflow sends no window
        letters.put(LetterType.STAGE_RESPONSE, her.responded(1, LocalDate.of(2026, 7, 24), LocalDate.of(2026, 7, 27), null));
        ComplaintEscalated toStage2 = her.escalated(1, LocalDate.of(2026, 8, 3), List.of(her.due(2, "RESPONSE",
                her.workingDays(LocalDate.of(2026, 8, 3), 65, LocalDate.of(2026, 11, 3)))));
        letters.put(LetterType.ESCALATION_CONFIRMATION, Map.entry(toStage2, LocalDate.of(2026, 8, 3)));
        letters.put(LetterType.INVESTIGATOR_APPOINTMENT_NOTICE, her.investigatorAppointed(LocalDate.of(2026, 8, 7)));
        letters.put(LetterType.ADJUDICATION_COVER, her.responded(2, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3),
                her.window(3, her.workingDays(LocalDate.of(2026, 11, 2), 20, LocalDate.of(2026, 11, 30)))));
        letters.put(LetterType.PANEL_INVITATION, her.panelConvened(LocalDate.of(2026, 11, 13), INDEPENDENT_PANEL));
        // panel met Thursday 3 December: the Director's response within 20 working days, past Christmas, Boxing Day
        // (Monday 28th) and New Year's Day, is due 5 January 2027; sent 22 December
        her.workingDays(LocalDate.of(2026, 12, 3), 20, LocalDate.of(2027, 1, 5));
        letters.put(LetterType.FINAL_RESPONSE, her.finalResponse(LocalDate.of(2026, 12, 22)));
        // a late request can only be for Stage 3, the one stage with a window
        letters.put(LetterType.LATE_REQUEST_DECISION, her.lateRequestRefused(3, LocalDate.of(2026, 12, 2)));
        her.suspensionAndResumption(letters);
        letters.put(LetterType.ELIGIBILITY_DECISION, her.excluded(ExclusionGround.FORMAL_RIGHT_OF_APPEAL,
                ExclusionEffect.REDIRECTED, true));
        letters.put(LetterType.WITHDRAWAL_CONFIRMATION, her.withdrawn());
        letters.put(LetterType.CLOSURE, her.closed(LocalDate.of(2026, 12, 22), 3));
        her.staffReminders(letters);
        return letters;
    }

    private static Map<LetterType, Map.Entry<IntegrationEvent, LocalDate>> coreAssets(UUID complaintId) {
        Scenario ca = new Scenario("core-assets", "CORPORATE", complaintId);
        Map<LetterType, Map.Entry<IntegrationEvent, LocalDate>> letters = new LinkedHashMap<>();
        letters.put(LetterType.EXTENSION_NOTICE, ca.extended(ExtensionCondition.AGREED_WITH_COMPLAINANT));
        letters.put(LetterType.STAGE_RESPONSE, ca.responded(1, LocalDate.of(2026, 7, 24), LocalDate.of(2026, 7, 27), null));
        // Stage Two's clocks count from the agreed statement and the report: the escalation carries none
        ComplaintEscalated toStage2 = ca.escalated(1, LocalDate.of(2026, 8, 3), List.of());
        letters.put(LetterType.ESCALATION_CONFIRMATION, Map.entry(toStage2, LocalDate.of(2026, 8, 3)));
        letters.put(LetterType.STATEMENT_INVITATION, Map.entry(toStage2, LocalDate.of(2026, 8, 3)));
        letters.put(LetterType.INVESTIGATOR_APPOINTMENT_NOTICE, ca.investigatorAppointed(LocalDate.of(2026, 8, 7)));
        // statement agreed Monday 10 August: report within 20 working days (8 September); report received Monday
        // 7 September: the response within 5 (14 September), sent Friday 11th; Stage Three asked for within 20 of it (9 October)
        ca.workingDays(LocalDate.of(2026, 8, 10), 20, LocalDate.of(2026, 9, 8));
        LocalDate stage2Due = ca.workingDays(LocalDate.of(2026, 9, 7), 5, LocalDate.of(2026, 9, 14));
        letters.put(LetterType.ADJUDICATION_COVER, ca.responded(2, LocalDate.of(2026, 9, 11), stage2Due,
                ca.window(3, ca.workingDays(LocalDate.of(2026, 9, 11), 20, LocalDate.of(2026, 10, 9)))));
        // an Executive Director (chair) and a senior manager of the organisation, and one independent person
        letters.put(LetterType.PANEL_INVITATION, ca.panelConvened(LocalDate.of(2026, 10, 5), List.of(
                new PanelMember("STAFF-01", true, false), new PanelMember("STAFF-02", false, false),
                new PanelMember("REG-31", false, true))));
        // panel met Thursday 22 October: the written response within 5 working days (29 October), sent 28 October
        ca.workingDays(LocalDate.of(2026, 10, 22), 5, LocalDate.of(2026, 10, 29));
        letters.put(LetterType.FINAL_RESPONSE, ca.finalResponse(LocalDate.of(2026, 10, 28)));
        letters.put(LetterType.LATE_REQUEST_DECISION, ca.lateRequestRefused(3, LocalDate.of(2026, 10, 14)));
        ca.suspensionAndResumption(letters);
        letters.put(LetterType.ELIGIBILITY_DECISION, ca.timeLimitDecided(false,
                "Core Assets Children's Services Complaints Manager", true));
        letters.put(LetterType.WITHDRAWAL_CONFIRMATION, ca.withdrawn());
        letters.put(LetterType.CLOSURE, ca.closed(LocalDate.of(2026, 10, 28), 3));
        ca.staffReminders(letters);
        return letters;
    }

    private static final LocalDate RECEIVED = LocalDate.of(2026, 6, 29);
    private static final List<PanelMember> INDEPENDENT_PANEL = List.of(new PanelMember("REG-17", false, true),
            new PanelMember("REG-03", true, true), new PanelMember("REG-22", false, true));

    /** One organisation's events for the complaint, with its clocks' rules and its calendar to check the dates by. */
    private record Scenario(String tenant, String route, UUID complaint) {

        String reference() {
            return LetterExamples.reference(tenant);
        }

        /** The date counted by hand, after checking it against the tenant's working-day calendar. */
        LocalDate workingDays(LocalDate dayZero, int workingDays, LocalDate byHand) {
            Procedures procedures = Procedures.loadDefault();
            assertThat(procedures.calendar(procedures.tenant(tenant).orElseThrow()).addWorkingDays(dayZero, workingDays))
                    .as("%d working days after %s for %s", workingDays, dayZero, tenant).isEqualTo(byHand);
            return byHand;
        }

        DueDate due(int stage, String step, LocalDate dueOn) {
            return new DueDate(stage, step, dueOn, Strictness.LIMIT,
                    "%s-v1#routes[%s].stages[%d].deadlines.%s".formatted(tenant, route, stage, step));
        }

        DueDate window(int stage, LocalDate closesOn) {
            return new DueDate(stage, "REQUEST_WINDOW", closesOn, Strictness.LIMIT,
                    "%s-v1#routes[%s].stages[%d].request".formatted(tenant, route, stage));
        }

        /** Stage 1 response within 10 working days of receipt: 13 July. */
        DueDate stageOneResponse() {
            return due(1, "RESPONSE", workingDays(RECEIVED, 10, LocalDate.of(2026, 7, 13)));
        }

        Map.Entry<IntegrationEvent, LocalDate> received(@Nullable LocalDate acknowledgementDueOn) {
            return Map.entry(new ComplaintReceived(tenant, complaint, AT, reference(), RECEIVED, FeedbackType.COMPLAINT,
                    Route.STATUTORY, ComplainantRole.PARENT, false, true, tenant, 1, acknowledgementDueOn,
                    List.of(stageOneResponse()), false), LocalDate.of(2026, 6, 30));
        }

        /** To 20 working days from receipt: 27 July. */
        Map.Entry<IntegrationEvent, LocalDate> extended(ExtensionCondition condition) {
            return Map.entry(new StageExtended(tenant, complaint, AT, 1, condition,
                    due(1, "RESPONSE", workingDays(RECEIVED, 20, LocalDate.of(2026, 7, 27)))), LocalDate.of(2026, 7, 10));
        }

        Map.Entry<IntegrationEvent, LocalDate> responded(int stage, LocalDate respondedOn, LocalDate dueOn,
                                                         @Nullable DueDate window) {
            return Map.entry(new StageResponded(tenant, complaint, AT, respondedOn, stage,
                    List.of(new Finding(1, Outcome.UPHELD), new Finding(2, Outcome.NOT_UPHELD)), dueOn, window), respondedOn);
        }

        ComplaintEscalated escalated(int fromStage, LocalDate escalatedOn, List<DueDate> deadlines) {
            return new ComplaintEscalated(tenant, complaint, AT, escalatedOn, fromStage, fromStage + 1, deadlines);
        }

        Map.Entry<IntegrationEvent, LocalDate> investigatorAppointed(LocalDate appointedOn) {
            return Map.entry(new InvestigatorAppointed(tenant, complaint, AT, appointedOn, "IO-0042", List.of()), appointedOn);
        }

        Map.Entry<IntegrationEvent, LocalDate> panelConvened(LocalDate convenedOn, List<PanelMember> members) {
            return Map.entry(new PanelConvened(tenant, complaint, AT, convenedOn, members, List.of()), convenedOn);
        }

        Map.Entry<IntegrationEvent, LocalDate> panelFindings(LocalDate receivedOn, LocalDate responseDueOn) {
            return Map.entry(new PanelFindingsIssued(tenant, complaint, AT, receivedOn,
                    List.of(new Finding(1, Outcome.UPHELD), new Finding(2, Outcome.PARTLY_UPHELD)),
                    List.of(due(3, "RESPONSE", responseDueOn)), List.of("PANEL_FINDINGS")), receivedOn);
        }

        Map.Entry<IntegrationEvent, LocalDate> finalResponse(LocalDate respondedOn) {
            return Map.entry(new StageResponded(tenant, complaint, AT, respondedOn, 3,
                    List.of(new Finding(1, Outcome.UPHELD), new Finding(2, Outcome.PARTLY_UPHELD)), respondedOn, null), respondedOn);
        }

        Map.Entry<IntegrationEvent, LocalDate> lateRequestRefused(int toStage, LocalDate decidedOn) {
            return Map.entry(new LateEscalationDecided(tenant, complaint, AT, toStage, false), decidedOn);
        }

        /**
         * On hold from Wednesday 8 July with 3 working days of the Stage 1 response left (9, 10 and 13 July), off hold
         * Monday 20 July: due 23 July.
         */
        void suspensionAndResumption(Map<LetterType, Map.Entry<IntegrationEvent, LocalDate>> letters) {
            letters.put(LetterType.SUSPENSION_NOTICE, Map.entry(new ComplaintSuspended(tenant, complaint, AT,
                    LocalDate.of(2026, 7, 8), SuspensionGround.POLICE_INVESTIGATION,
                    List.of(new PausedDueDate(stageOneResponse(), 3))), LocalDate.of(2026, 7, 8)));
            letters.put(LetterType.RESUMPTION_NOTICE, Map.entry(new ComplaintResumed(tenant, complaint, AT,
                    LocalDate.of(2026, 7, 20), List.of(due(1, "RESPONSE",
                            workingDays(LocalDate.of(2026, 7, 20), 3, LocalDate.of(2026, 7, 23))))), LocalDate.of(2026, 7, 20)));
        }

        /** A complaint made after the time limit, decided on Monday 6 July 2026. */
        Map.Entry<IntegrationEvent, LocalDate> timeLimitDecided(boolean accepted, @Nullable String decidedBy,
                                                                boolean writtenDecision) {
            return Map.entry(new TimeLimitDecided(tenant, complaint, AT, LocalDate.of(2026, 7, 6), accepted, decidedBy,
                    writtenDecision, tenant + "-v1#eligibility.timeLimit"), LocalDate.of(2026, 7, 6));
        }

        Map.Entry<IntegrationEvent, LocalDate> excluded(ExclusionGround ground, ExclusionEffect effect, boolean wholeComplaint) {
            return Map.entry(new ComplaintExcluded(tenant, complaint, AT, LocalDate.of(2026, 7, 6), 1, ground, effect,
                    wholeComplaint, "%s-v1#exclusions.grounds[%s]".formatted(tenant, ground)), LocalDate.of(2026, 7, 6));
        }

        Map.Entry<IntegrationEvent, LocalDate> withdrawn() {
            return Map.entry(new ComplaintWithdrawn(tenant, complaint, AT, LocalDate.of(2026, 7, 8), 1), LocalDate.of(2026, 7, 8));
        }

        Map.Entry<IntegrationEvent, LocalDate> closed(LocalDate closedOn, int stage) {
            return Map.entry(new ComplaintClosed(tenant, complaint, AT, closedOn, stage,
                    List.of(new Finding(1, Outcome.UPHELD), new Finding(2, Outcome.PARTLY_UPHELD))), closedOn);
        }

        /** The Stage 1 response due 13 July: 2 working days left on Thursday 9 July, missed on Tuesday 14 July. */
        void staffReminders(Map<LetterType, Map.Entry<IntegrationEvent, LocalDate>> letters) {
            DueDate response = stageOneResponse();
            UUID deadlineId = UUID.fromString("9b2d6c1a-0f7e-4c55-8a43-2d1e6f9a0b31");
            letters.put(LetterType.STAFF_DEADLINE_APPROACHING, Map.entry(new DeadlineApproaching(tenant, complaint, AT,
                    deadlineId, 1, "RESPONSE", Strictness.LIMIT, response.rule(), response.dueOn(), 2), LocalDate.of(2026, 7, 9)));
            letters.put(LetterType.STAFF_DEADLINE_MISSED, Map.entry(new DeadlineMissed(tenant, complaint, AT,
                    deadlineId, 1, "RESPONSE", Strictness.LIMIT, response.rule(), response.dueOn()), LocalDate.of(2026, 7, 14)));
        }
    }

    private static StageResponded finalResponse(String tenant, int stage, LocalDate respondedOn) {
        return new StageResponded(tenant, COMPLAINT, AT, respondedOn, stage,
                List.of(new Finding(1, Outcome.UPHELD), new Finding(2, Outcome.PARTLY_UPHELD)), respondedOn, null);
    }

    /** The order of this type the service makes of the event, from whichever listener consumes it. */
    static LetterOrder orderFor(LetterType type, IntegrationEvent event) {
        Procedures procedures = Procedures.loadDefault();
        return new ComplaintLetters(procedures).ordersFor(event, "example").stream()
                .filter(order -> order.type() == type).findFirst()
                .or(() -> new StaffReminders(procedures).orderFor(event, "example"))
                .orElseThrow();
    }

    private static DueDate due(int stage, String step, LocalDate dueOn) {
        return new DueDate(stage, step, dueOn, Strictness.LIMIT, RULE.formatted(stage, "deadlines." + step));
    }

    @Test
    void writeExamples() throws Exception {
        Path out = Path.of(System.getProperty("letters.examples.dir", "../docs/letters"));
        Files.createDirectories(out);
        TemplateSource templates = TemplateSource.classpathOnly();
        LetterComposer composer = new LetterComposer(new LetterRenderer(templates), new PdfRenderer(templates),
                tenant -> List.of("New Shire Hall", "Emery Crescent", "Alconbury Weald", "Huntingdon", "PE28 4YE"));
        Correspondent complainant = new Correspondent("Sam Taylor", "sam@example.org",
                "1 High Street, Cambridge CB1 1AA", Channel.POST);
        for (Map.Entry<LetterType, Map.Entry<IntegrationEvent, LocalDate>> example : examples().entrySet()) {
            LetterOrder order = orderFor(example.getKey(), example.getValue().getKey());
            write(out, TENANT + "-" + example.getKey().templateName().replace('_', '-'),
                    composer.compose(order, complainant, "CAM-2026-000123", example.getValue().getValue(), false, null));
        }
        for (Map.Entry<String, Map<LetterType, Map.Entry<IntegrationEvent, LocalDate>>> scenario : otherOrganisations().entrySet()) {
            String tenant = scenario.getKey();
            LetterComposer otherComposer = new LetterComposer(new LetterRenderer(templates), new PdfRenderer(templates),
                    ignored -> ADDRESSES.get(tenant));
            String reference = reference(tenant);
            for (Map.Entry<LetterType, Map.Entry<IntegrationEvent, LocalDate>> example : scenario.getValue().entrySet()) {
                LetterOrder order = orderFor(example.getKey(), example.getValue().getKey());
                assertThat(order.notWritten()).as("%s of %s", example.getKey(), tenant).isNull();
                write(out, tenant + "-" + example.getKey().templateName().replace('_', '-'),
                        otherComposer.compose(order, complainant, reference, example.getValue().getValue(), false, null));
            }
        }
    }

    /** Writes the letter after reading its PDF back: the title, reference and closing line are on the page. */
    private static void write(Path out, String name, LetterComposer.ComposedLetter letter) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(letter.pdf())) {
            String[] lines = letter.text().strip().split("\n");
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).as(name)
                    .contains(letter.subject().substring(0, letter.subject().indexOf(" (our reference ")))
                    .contains(lines[4], lines[lines.length - 1]);
        }
        Files.write(out.resolve(name + ".pdf"), letter.pdf());
        Files.writeString(out.resolve(name + ".txt"), letter.text());
    }
}
