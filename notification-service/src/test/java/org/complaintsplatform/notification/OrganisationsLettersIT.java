package org.complaintsplatform.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.complaintsplatform.contracts.ContactPreference;
import org.complaintsplatform.contracts.IntegrationEvent;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.correspondence.CorrespondenceDetails;
import org.complaintsplatform.contracts.deadline.DeadlineApproaching;
import org.complaintsplatform.contracts.deadline.DeadlineMissed;
import org.complaintsplatform.notification.api.LetterType;
import org.complaintsplatform.notification.kafka.LetterExamples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each other organisation's complaint through all its stages on the broker (the events of {@code LetterExamples},
 * whose letters are in {@code docs/letters/}): every letter its procedure writes arrives once, to the complainant
 * or, for the staff reminders, to the organisation's complaints team, with exactly the text of the reviewed example
 * (only the date differs: the service's clock dates every letter 1 July 2026), and a PDF that carries it.
 */
class OrganisationsLettersIT extends NotificationIntegrationTest {

    private static final Path EXAMPLES = Path.of("../docs/letters");

    @ParameterizedTest
    @ValueSource(strings = {"telford-wrekin", "bcp", "herefordshire", "core-assets"})
    void everyLetterOfTheOrganisationsProcedureArrivesOnceWithTheTextOfItsExample(String tenant) throws Exception {
        UUID complaintId = UUID.randomUUID();
        String reference = LetterExamples.reference(tenant);
        String staff = "complaints-team@" + tenant + ".example";
        workflow.knows(new CorrespondenceDetails(tenant, complaintId, reference, false, "Sam Taylor", email(complaintId),
                "1 High Street, Cambridge CB1 1AA", ContactPreference.EMAIL, false));
        Map<LetterType, Map.Entry<IntegrationEvent, LocalDate>> scenario = LetterExamples.otherOrganisations(complaintId).get(tenant);

        // one event may write two letters (the escalation: confirmation and statement invitation)
        List<IntegrationEvent> events = scenario.values().stream().map(Map.Entry::getKey).distinct().toList();
        for (IntegrationEvent event : events) {
            boolean deadline = event instanceof DeadlineApproaching || event instanceof DeadlineMissed;
            publish(deadline ? Topics.DEADLINE_EVENTS : Topics.COMPLAINT_EVENTS, event, UUID.randomUUID().toString());
        }

        long toStaff = scenario.keySet().stream().filter(type -> type.name().startsWith("STAFF_")).count();
        await().until(() -> mailbox.to(email(complaintId)).size() == scenario.size() - toStaff
                && mailbox.to(staff).stream().filter(mail -> mail.subject().contains(reference)).count() == toStaff);
        await().during(Duration.ofSeconds(1)).until(() -> mailbox.to(email(complaintId)).size() == scenario.size() - toStaff);

        List<Mailbox.Mail> mails = new ArrayList<>(mailbox.to(email(complaintId)));
        mails.addAll(mailbox.to(staff).stream().filter(mail -> mail.subject().contains(reference)).toList());
        assertThat(mails).extracting(Mailbox.Mail::subject).containsExactlyInAnyOrderElementsOf(
                scenario.keySet().stream().map(type -> type.title() + " (our reference " + reference + ")").toList());
        for (LetterType type : scenario.keySet()) {
            Mailbox.Mail mail = mails.stream()
                    .filter(candidate -> candidate.subject().equals(type.title() + " (our reference " + reference + ")"))
                    .findFirst().orElseThrow();
            assertThat(mail.to()).as(type.name()).containsExactly(type.name().startsWith("STAFF_") ? staff : email(complaintId));
            List<String> example = Files.readAllLines(EXAMPLES.resolve(tenant + "-" + type.templateName().replace('_', '-') + ".txt"));
            example.set(2, "1 July 2026");
            assertThat(mail.text().replace("\r\n", "\n")).as(type.name()).isEqualTo(String.join("\n", example) + "\n");
            assertThat(Mailbox.pdfText(mail.pdf())).as(type.name())
                    .contains(type.title(), "Our reference: " + reference, example.getLast());
        }
        assertThat(records(Topics.NOTIFICATION_EVENTS, complaintId.toString())).hasSize(scenario.size());
    }
}
