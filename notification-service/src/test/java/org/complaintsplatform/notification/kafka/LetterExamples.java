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
import org.complaintsplatform.contracts.complaint.DueDate;
import org.complaintsplatform.contracts.complaint.ExtensionCondition;
import org.complaintsplatform.contracts.complaint.Finding;
import org.complaintsplatform.contracts.complaint.LateEscalationDecided;
import org.complaintsplatform.contracts.complaint.Outcome;
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
 * Writes one example of every letter type (staff reminders included), as Cambridgeshire would send it, to {@code docs/letters/}
 * (PDF and text). Not part of the normal test run (the class name matches no Surefire pattern); run with
 * {@code ./mvnw -B -o -pl notification-service test -Dtest=LetterExamples -Dsurefire.failIfNoSpecifiedTests=false}.
 * The dates are those a Cambridgeshire statutory complaint received on Monday 29 June 2026 would have.
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
        examples.put(LetterType.ESCALATION_CONFIRMATION, Map.entry(new ComplaintEscalated(TENANT, COMPLAINT, AT,
                LocalDate.of(2026, 8, 3), 1, 2, List.of(due(2, "RESPONSE", LocalDate.of(2026, 9, 28)))),
                LocalDate.of(2026, 8, 3)));
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

    /** The order the service makes of the event, from whichever listener consumes it. */
    static LetterOrder orderFor(IntegrationEvent event) {
        Procedures procedures = Procedures.loadDefault();
        return new ComplaintLetters(procedures).orderFor(event, "example")
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
            LetterOrder order = orderFor(example.getValue().getKey());
            LetterComposer.ComposedLetter letter = composer.compose(order, complainant, "CAM-2026-000123",
                    example.getValue().getValue());
            String name = TENANT + "-" + example.getKey().templateName().replace('_', '-');
            Files.write(out.resolve(name + ".pdf"), letter.pdf());
            Files.writeString(out.resolve(name + ".txt"), letter.text());
            assertThat(letter.pdf()).isNotEmpty();
        }
    }
}
