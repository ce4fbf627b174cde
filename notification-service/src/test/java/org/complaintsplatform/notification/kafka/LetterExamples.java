package org.complaintsplatform.notification.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;
import org.complaintsplatform.contracts.complaint.ComplaintClosed;
import org.complaintsplatform.contracts.complaint.ComplaintEscalated;
import org.complaintsplatform.contracts.complaint.ComplaintReceived;
import org.complaintsplatform.contracts.complaint.ComplaintResumed;
import org.complaintsplatform.contracts.complaint.ComplaintSuspended;
import org.complaintsplatform.contracts.complaint.ComplaintWithdrawn;
import org.complaintsplatform.contracts.complaint.DueDate;
import org.complaintsplatform.contracts.complaint.ExtensionCondition;
import org.complaintsplatform.contracts.complaint.Finding;
import org.complaintsplatform.contracts.complaint.IndependentPersonAppointed;
import org.complaintsplatform.contracts.complaint.InvestigatorAppointed;
import org.complaintsplatform.contracts.complaint.LateEscalationDecided;
import org.complaintsplatform.contracts.complaint.Outcome;
import org.complaintsplatform.contracts.complaint.PanelConvened;
import org.complaintsplatform.contracts.complaint.PanelFindingsIssued;
import org.complaintsplatform.contracts.complaint.PanelMember;
import org.complaintsplatform.contracts.complaint.StageExtended;
import org.complaintsplatform.contracts.complaint.StageResponded;
import org.complaintsplatform.contracts.complaint.Strictness;
import org.complaintsplatform.contracts.complaint.SuspensionGround;
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
import org.junit.jupiter.api.Test;

/**
 * Writes one example of every letter type (staff reminders included), as Cambridgeshire would send it, and the
 * acknowledgement and final response of the other organisations that send them, to {@code docs/letters/} (PDF
 * and text). Not part of the normal test run (the class name matches no Surefire pattern); run with
 * {@code ./mvnw -B -o -pl notification-service test -Dtest=LetterExamples -Dsurefire.failIfNoSpecifiedTests=false}.
 * The dates are those a statutory complaint received on Monday 29 June 2026 would have, with the real bank
 * holidays (31 August 2026).
 */
class LetterExamples {

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
        return examples;
    }

    /**
     * The other organisations' acknowledgement (Herefordshire and Core Assets send none: their procedures do not
     * acknowledge complaints) and final response, by file name, with their address block.
     */
    static Map<String, OtherExample> otherOrganisations() {
        Map<String, OtherExample> examples = new LinkedHashMap<>();
        Map<String, List<String>> addresses = Map.of(
                "telford-wrekin", List.of("Addenbrooke House", "Ironmasters Way", "Telford", "TF3 4NT"),
                "bcp", List.of("BCP Council", "Civic Centre", "Bourne Avenue", "Bournemouth", "BH2 6DY"),
                "herefordshire", List.of("Plough Lane", "Hereford", "HR4 0LE"),
                "core-assets", List.of());
        for (String tenant : List.of("telford-wrekin", "bcp")) {
            // Telford acknowledges within 2 working days (1 July); BCP sets no timescale; both respond within 10 (13 July)
            examples.put(tenant + "-acknowledgement", new OtherExample(new ComplaintReceived(tenant, COMPLAINT, AT,
                    reference(tenant), LocalDate.of(2026, 6, 29), FeedbackType.COMPLAINT, Route.STATUTORY,
                    ComplainantRole.PARENT, false, true, tenant, 1,
                    tenant.equals("telford-wrekin") ? LocalDate.of(2026, 7, 1) : null,
                    List.of(new DueDate(1, "RESPONSE", LocalDate.of(2026, 7, 13), Strictness.LIMIT,
                            tenant + "-v1#routes[STATUTORY_CHILDREN].stages[1].deadlines.RESPONSE")), false),
                    LocalDate.of(2026, 6, 30), reference(tenant), addresses.get(tenant)));
        }
        for (String tenant : List.of("telford-wrekin", "bcp", "herefordshire", "core-assets")) {
            examples.put(tenant + "-final-response", new OtherExample(finalResponse(tenant, 3, LocalDate.of(2026, 11, 23)),
                    LocalDate.of(2026, 11, 23), reference(tenant), addresses.get(tenant)));
        }
        return examples;
    }

    record OtherExample(IntegrationEvent event, LocalDate writtenOn, String reference, List<String> address) {
    }

    private static String reference(String tenant) {
        return tenant.substring(0, 3).toUpperCase(Locale.ROOT) + "-2026-000123";
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
                    composer.compose(order, complainant, "CAM-2026-000123", example.getValue().getValue(), false));
        }
        for (Map.Entry<String, OtherExample> example : otherOrganisations().entrySet()) {
            OtherExample other = example.getValue();
            LetterComposer otherComposer = new LetterComposer(new LetterRenderer(templates), new PdfRenderer(templates),
                    tenant -> other.address());
            LetterOrder order = new ComplaintLetters(Procedures.loadDefault()).ordersFor(other.event(), "example").getFirst();
            write(out, example.getKey(), otherComposer.compose(order, complainant, other.reference(), other.writtenOn(), false));
        }
    }

    private static void write(Path out, String name, LetterComposer.ComposedLetter letter) throws Exception {
        Files.write(out.resolve(name + ".pdf"), letter.pdf());
        Files.writeString(out.resolve(name + ".txt"), letter.text());
        assertThat(letter.pdf()).isNotEmpty();
    }
}
