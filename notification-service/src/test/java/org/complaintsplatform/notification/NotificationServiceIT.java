package org.complaintsplatform.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.complaintsplatform.contracts.ContactPreference;
import org.complaintsplatform.contracts.FeedbackType;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.cloudevents.EventIds;
import org.complaintsplatform.contracts.complaint.ComplaintClosed;
import org.complaintsplatform.contracts.complaint.ComplaintExcluded;
import org.complaintsplatform.contracts.complaint.ComplaintReceived;
import org.complaintsplatform.contracts.complaint.DueDate;
import org.complaintsplatform.contracts.complaint.ExclusionEffect;
import org.complaintsplatform.contracts.complaint.ExclusionGround;
import org.complaintsplatform.contracts.complaint.ExtensionCondition;
import org.complaintsplatform.contracts.complaint.Finding;
import org.complaintsplatform.contracts.complaint.Outcome;
import org.complaintsplatform.contracts.complaint.StageExtended;
import org.complaintsplatform.contracts.complaint.StageResponded;
import org.complaintsplatform.contracts.complaint.Strictness;
import org.complaintsplatform.contracts.complaint.TimeLimitDecided;
import org.complaintsplatform.contracts.deadline.DeadlineMissed;
import org.complaintsplatform.contracts.correspondence.CorrespondenceDetails;
import org.complaintsplatform.contracts.notification.LetterChannel;
import org.complaintsplatform.contracts.notification.LetterSent;
import org.complaintsplatform.contracts.notification.LetterType;
import org.complaintsplatform.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class NotificationServiceIT extends NotificationIntegrationTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void receivedComplaintGetsOneAcknowledgementEmailWithItsPdfAnnouncedAsLetterSent() throws Exception {
        UUID complaintId = UUID.randomUUID();
        workflow.knows(details(complaintId, "Sam Taylor", ContactPreference.EMAIL));
        String ceId = UUID.randomUUID().toString();

        // received Monday 29 June 2026: 3 working days to acknowledge, Stage 1 response within 10 working days = 13 July
        publish(received(complaintId, "CAM-2026-000123", false, List.of(new DueDate(1, "RESPONSE",
                LocalDate.of(2026, 7, 13), Strictness.LIMIT,
                "cambridgeshire-v1#routes[STATUTORY_CHILDREN].stages[1].deadlines.RESPONSE"))), ceId);

        Map<String, Object> letter = await().until(() -> letterRow(complaintId), row -> row != null && "SENT".equals(row.get("status")));
        String expectedBody = """
                Cambridgeshire County Council

                1 July 2026

                Our reference: CAM-2026-000123

                Dear Sam Taylor,

                Thank you for your complaint, which we received on 29 June 2026.

                We have recorded it under the reference CAM-2026-000123. Please quote this reference if you contact us about your complaint.

                We will look into your complaint and write to you with our response. We will send you our Stage 1 response by 13 July 2026.

                Yours sincerely,

                Children's Complaints Manager
                Cambridgeshire County Council
                """;
        assertThat(letter).containsEntry("channel", "EMAIL")
                .containsEntry("letter_type", "ACKNOWLEDGEMENT").containsEntry("recipient", email(complaintId))
                .containsEntry("triggered_by", ceId).containsEntry("tenant_id", TENANT).containsEntry("attempts", 1)
                .containsEntry("subject", "Acknowledgement (our reference CAM-2026-000123)");
        assertThat((String) letter.get("body")).isEqualTo(expectedBody);
        assertThat(letter.get("body_sha256")).isEqualTo(sha256(((String) letter.get("body")).getBytes(StandardCharsets.UTF_8)));
        assertThat(letter.get("pdf_sha256")).isEqualTo(sha256((byte[]) letter.get("pdf")));
        assertThat((String) letter.get("template_version"))
                .matches("classpath:default/acknowledgement\\.txt@[0-9a-f]{12} classpath:default/layout\\.html@[0-9a-f]{12}");
        assertThat(workflow.rejectedTokens(complaintId)).isZero();
        assertThat(workflow.callers()).contains(new WorkflowStub.Caller("notification-service", "rendering a letter"));

        List<Mailbox.Mail> mails = await().until(() -> mailbox.to(email(complaintId)), received -> !received.isEmpty());
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.from()).isEqualTo("complaints@cambridgeshire.example");
            assertThat(mail.messageId()).isEqualTo("<" + letter.get("id") + "@cambridgeshire.example>");
            assertThat(mail.subject()).isEqualTo("Acknowledgement (our reference CAM-2026-000123)");
            assertThat(mail.text()).isEqualToNormalizingNewlines(expectedBody);
            assertThat(sha256(mail.pdf())).isEqualTo(letter.get("pdf_sha256"));
            assertThat(Mailbox.pdfText(mail.pdf())).contains("Cambridgeshire County Council", "New Shire Hall",
                    "PE28 4YE", "Sam Taylor", "1 High Street", "1 July 2026", "Our reference: CAM-2026-000123",
                    "Acknowledgement", "We will send you our Stage 1 response by 13 July 2026.");
        });

        List<ConsumerRecord<String, CloudEvent>> sent = await().until(
                () -> records(Topics.NOTIFICATION_EVENTS, complaintId.toString()), records -> !records.isEmpty());
        assertThat(sent).hasSize(1);
        ConsumerRecord<String, CloudEvent> record = sent.getFirst();
        assertThat(record.key()).isEqualTo(complaintId.toString());
        assertThat(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .isEqualTo("org.complaintsplatform.letter-sent.v1");
        assertThat(record.value().getId()).isEqualTo(EventIds.derived(ceId, "letter-sent:ACKNOWLEDGEMENT"));
        assertThat(letter.get("id")).isEqualTo(EventIds.derivedUuid(ceId, "letter:ACKNOWLEDGEMENT"));
        assertThat(record.value().getSource()).hasToString("/notification-service");
        assertThat(codec.decode(record.value(), LetterSent.class)).isEqualTo(new LetterSent(TENANT, complaintId, NOW,
                (UUID) letter.get("id"), LetterType.ACKNOWLEDGEMENT, LetterChannel.EMAIL, ceId));

        ResponseEntity<byte[]> pdf = http.getForEntity("/api/v1/tenants/{tenant}/letters/{letter}/pdf", byte[].class,
                TENANT, letter.get("id"));
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType()).hasToString("application/pdf");
        assertThat(sha256(pdf.getBody())).isEqualTo(letter.get("pdf_sha256"));
    }

    @Test
    void redeliveredEventSendsExactlyOneEmail() {
        UUID complaintId = UUID.randomUUID();
        workflow.knows(details(complaintId, "Jo Green", ContactPreference.EMAIL));
        String ceId = UUID.randomUUID().toString();
        ComplaintReceived event = received(complaintId, "CAM-2026-000131", false);

        publish(event, ceId);
        publish(event, ceId);

        await().until(() -> letterRow(complaintId), row -> row != null && "SENT".equals(row.get("status")));
        awaitConsumed();
        awaitOutboxEmpty();
        await().during(Duration.ofSeconds(1)).until(() -> mailbox.to(email(complaintId)).size() == 1);
        assertThat(letterCount(complaintId)).isEqualTo(1);
        assertThat(records(Topics.NOTIFICATION_EVENTS, complaintId.toString())).hasSize(1);
        assertThat(workflow.calls(complaintId)).isEqualTo(1);
    }

    @Test
    void lettersWaitWhileTheMailServerIsDownAndAreSentOnceWhenItIsBack() {
        UUID complaintId = UUID.randomUUID();
        workflow.knows(details(complaintId, "Kim Down", ContactPreference.EMAIL));
        mailbox.stop();
        try {
            publish(received(complaintId, "CAM-2026-000132", false), UUID.randomUUID().toString());

            await().until(() -> letterRow(complaintId),
                    row -> row != null && "PENDING".equals(row.get("status")) && (Integer) row.get("attempts") >= 2);
            assertThat(records(Topics.NOTIFICATION_EVENTS, complaintId.toString())).isEmpty();
            // tests run without the Prometheus export (Spring Boot's default): read the gauge from the registry
            assertThat(meters.get("complaints.letters.pending").tag("channel", "EMAIL").gauge().value()).isPositive();
            assertThat(http.getForObject("/actuator/health", String.class)).contains("\"letters\"", "pendingEmail");
        } finally {
            mailbox.restart();
        }

        await().until(() -> letterRow(complaintId), row -> "SENT".equals(row.get("status")));
        await().during(Duration.ofSeconds(1)).until(() -> mailbox.to(email(complaintId)).size() == 1);
        assertThat(await().until(() -> records(Topics.NOTIFICATION_EVENTS, complaintId.toString()), r -> !r.isEmpty()))
                .hasSize(1);
    }

    @Test
    void letterByPostWaitsInThePrintQueueAndIsSentOnceWhenMarkedPrinted() throws Exception {
        UUID complaintId = UUID.randomUUID();
        workflow.knows(details(complaintId, "Alex Morgan", ContactPreference.POST));
        String ceId = UUID.randomUUID().toString();
        ComplaintReceived event = received(complaintId, "CAM-2026-000124", false);

        publish(event, ceId);
        publish(event, ceId);

        UUID letterId = (UUID) await().until(() -> letterRow(complaintId), row -> row != null).get("id");
        awaitConsumed();
        awaitOutboxEmpty();
        assertThat(letterCount(complaintId)).isEqualTo(1);
        assertThat(workflow.calls(complaintId)).isEqualTo(1);
        assertThat(letterRow(complaintId)).containsEntry("channel", "POST").containsEntry("status", "PENDING")
                .containsEntry("recipient", "1 High Street, Cambridge CB1 1AA");
        assertThat(records(Topics.NOTIFICATION_EVENTS, complaintId.toString())).isEmpty();
        assertThat(mailbox.to(email(complaintId))).isEmpty();

        ResponseEntity<List<Map<String, Object>>> queue = http.exchange("/api/v1/tenants/{tenant}/print-queue",
                HttpMethod.GET, null, new ParameterizedTypeReference<>() { }, TENANT);
        assertThat(queue.getBody()).anySatisfy(entry -> assertThat(entry)
                .containsEntry("letterId", letterId.toString()).containsEntry("letterType", "ACKNOWLEDGEMENT")
                .containsEntry("pdf", "/api/v1/tenants/cambridgeshire/letters/" + letterId + "/pdf"));

        ResponseEntity<Map<String, Object>> printed = http.exchange("/api/v1/tenants/{tenant}/letters/{letter}/printed",
                HttpMethod.POST, null, new ParameterizedTypeReference<>() { }, TENANT, letterId);
        assertThat(printed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(printed.getBody()).containsEntry("status", "SENT").containsEntry("sentAt", "2026-06-30T23:30:00Z")
                .doesNotContainKey("body");
        assertThat(http.exchange("/api/v1/tenants/{tenant}/letters/{letter}/printed", HttpMethod.POST, null,
                String.class, TENANT, letterId).getStatusCode()).isEqualTo(HttpStatus.OK);

        awaitOutboxEmpty();
        assertThat(await().until(() -> records(Topics.NOTIFICATION_EVENTS, complaintId.toString()), r -> !r.isEmpty()))
                .singleElement().satisfies(record -> assertThat(codec.decode(record.value(), LetterSent.class).channel())
                        .isEqualTo(LetterChannel.POST));
        assertThat(http.exchange("/api/v1/tenants/{tenant}/print-queue", HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() { }, TENANT).getBody())
                .noneSatisfy(entry -> assertThat(entry).containsEntry("letterId", letterId.toString()));
        assertThat(http.exchange("/api/v1/tenants/{tenant}/letters/{letter}/printed", HttpMethod.POST, null,
                String.class, TENANT, UUID.randomUUID()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void laterLettersOfTheProcedureAreEmailedWithTheirDatesAndAnnouncedByType() throws Exception {
        UUID complaintId = UUID.randomUUID();
        workflow.knows(details(complaintId, "Sam Taylor", ContactPreference.EMAIL));
        String respondedId = UUID.randomUUID().toString();
        String closedId = UUID.randomUUID().toString();

        // Stage 1 response sent Friday 24 July 2026; Stage 2 must be asked for within 20 working days: 21 August
        publish(new StageResponded(TENANT, complaintId, NOW, LocalDate.of(2026, 7, 24), 1,
                List.of(new Finding(1, Outcome.UPHELD)), LocalDate.of(2026, 7, 27), new DueDate(2, "REQUEST_WINDOW",
                LocalDate.of(2026, 8, 21), Strictness.LIMIT, "cambridgeshire-v1#routes[STATUTORY_CHILDREN].stages[2].request")),
                respondedId);
        publish(new ComplaintClosed(TENANT, complaintId, NOW, LocalDate.of(2026, 8, 24), 1,
                List.of(new Finding(1, Outcome.UPHELD))), closedId);

        List<Mailbox.Mail> mails = await().until(() -> mailbox.to(email(complaintId)), received -> received.size() == 2);
        assertThat(mails).extracting(Mailbox.Mail::subject).containsExactlyInAnyOrder(
                "Our response (our reference CAM-2026-000000)", "Closure of your complaint (our reference CAM-2026-000000)");
        Mailbox.Mail response = mails.stream().filter(mail -> mail.subject().startsWith("Our response")).findFirst().orElseThrow();
        assertThat(response.text()).contains("- Point 1: upheld",
                "you can ask for your complaint to be considered at Stage 2. Your request must reach us by 21 August 2026.");
        assertThat(Mailbox.pdfText(response.pdf())).contains("Your request must reach us by 21 August 2026.");
        Mailbox.Mail closure = mails.stream().filter(mail -> mail.subject().startsWith("Closure")).findFirst().orElseThrow();
        assertThat(closure.text()).contains("was closed on 24 August 2026 at Stage 1.",
                "- Local Government and Social Care Ombudsman: After all three stages");
        assertThat(Mailbox.pdfText(closure.pdf())).contains("Local Government and Social Care Ombudsman");

        List<ConsumerRecord<String, CloudEvent>> sent = await().until(
                () -> records(Topics.NOTIFICATION_EVENTS, complaintId.toString()), records -> records.size() == 2);
        assertThat(sent).extracting(record -> codec.decode(record.value(), LetterSent.class).letterType())
                .containsExactlyInAnyOrder(LetterType.STAGE_RESPONSE, LetterType.CLOSURE);
        assertThat(sent).extracting(record -> record.value().getId()).containsExactlyInAnyOrder(
                EventIds.derived(respondedId, "letter-sent:STAGE_RESPONSE"), EventIds.derived(closedId, "letter-sent:CLOSURE"));
    }

    /**
     * Telford & Wrekin refuses a complaint made after its one-year limit (its Complaints Manager decides, in writing);
     * Cambridgeshire excludes part of another while legal proceedings run. Each gets its decision by e-mail once.
     */
    @Test
    void lateComplaintRefusedAndPartExcludedAreEachToldTheDecisionAndItsGrounds() throws Exception {
        UUID late = UUID.randomUUID();
        UUID excluded = UUID.randomUUID();
        workflow.knows(new CorrespondenceDetails("telford-wrekin", late, "TW-2026-000061", false, "Lee Hart", email(late),
                "4 Oak Road, Telford TF2 2BB", ContactPreference.EMAIL, false));
        workflow.knows(details(excluded, "Ash Patel", ContactPreference.EMAIL));
        String lateId = UUID.randomUUID().toString();
        String excludedId = UUID.randomUUID().toString();

        publish(new TimeLimitDecided("telford-wrekin", late, NOW, LocalDate.of(2026, 7, 6), false, "Complaints Manager", true,
                "telford-wrekin-v1#eligibility.timeLimit"), lateId);
        publish(new TimeLimitDecided("telford-wrekin", late, NOW, LocalDate.of(2026, 7, 6), false, "Complaints Manager", true,
                "telford-wrekin-v1#eligibility.timeLimit"), lateId);
        publish(new ComplaintExcluded(TENANT, excluded, NOW, LocalDate.of(2026, 7, 6), 1, ExclusionGround.LEGAL_PROCEEDINGS,
                ExclusionEffect.MAY_RESUBMIT_AFTERWARDS, false, "cambridgeshire-v1#exclusions.grounds[LEGAL_PROCEEDINGS]"), excludedId);

        Mailbox.Mail refusal = await().until(() -> mailbox.to(email(late)), mails -> !mails.isEmpty()).getFirst();
        assertThat(refusal.to()).containsExactly(email(late));
        assertThat(refusal.subject()).isEqualTo("Whether we can consider your complaint (our reference TW-2026-000061)");
        assertThat(refusal.text()).isEqualToNormalizingNewlines("""
                Telford & Wrekin Council

                1 July 2026

                Our reference: TW-2026-000061

                Dear Lee Hart,

                Complaints to us should normally be made within 1 year of the events they are about. Your complaint, reference TW-2026-000061, was made after that time, so we had to decide whether to consider it.

                On 6 July 2026 our Complaints Manager decided not to consider it, because it was made after the time limit. We have closed it and will take no further action on it under our complaints procedure.

                If you are unhappy with this decision, you can ask the Local Government and Social Care Ombudsman to consider it.

                Yours sincerely,

                Customer Relationship and Quality Assurance Team Leader (Complaints Manager)
                Telford & Wrekin Council
                """);
        assertThat(Mailbox.pdfText(refusal.pdf())).contains("Whether we can consider your complaint", "Lee Hart",
                "Our reference: TW-2026-000061", "On 6 July 2026 our Complaints Manager decided not to consider it",
                "Local Government and Social Care Ombudsman");

        Mailbox.Mail partExcluded = await().until(() -> mailbox.to(email(excluded)), mails -> !mails.isEmpty()).getFirst();
        assertThat(partExcluded.subject()).isEqualTo("Whether we can consider your complaint (our reference CAM-2026-000000)");
        assertThat(partExcluded.text()).contains("On 6 July 2026 we decided that we cannot consider part of your complaint, "
                + "reference CAM-2026-000000, under our complaints procedure at Stage 1, because it is the subject of legal "
                + "proceedings. You may make it again once the other process has ended. We will go on with the rest of your "
                + "complaint as before.");
        assertThat(Mailbox.pdfText(partExcluded.pdf())).contains("because it is the subject of legal proceedings.");

        awaitConsumed();
        await().during(Duration.ofSeconds(1)).until(() -> mailbox.to(email(late)).size() == 1);
        List<ConsumerRecord<String, CloudEvent>> sent = await().until(
                () -> records(Topics.NOTIFICATION_EVENTS, late.toString()), records -> !records.isEmpty());
        assertThat(sent).singleElement().satisfies(record -> {
            assertThat(record.value().getId()).isEqualTo(EventIds.derived(lateId, "letter-sent:ELIGIBILITY_DECISION"));
            assertThat(codec.decode(record.value(), LetterSent.class).letterType()).isEqualTo(LetterType.ELIGIBILITY_DECISION);
        });
    }

    /**
     * The advocate the complainant named is in Cc of every letter's e-mail: one message, one Message-ID, the same text
     * and PDF, which say who is copied; a complainant told only brief information has a brief copy sent; an anonymous
     * complainant's advocate gets nothing, as the complainant gets nothing.
     */
    @Test
    void theNamedAdvocateIsCopiedOnEachLetterUnderTheComplainantsRules() throws Exception {
        UUID complaintId = UUID.randomUUID();
        UUID brief = UUID.randomUUID();
        UUID anonymous = UUID.randomUUID();
        CorrespondenceDetails.Advocate advocate = new CorrespondenceDetails.Advocate("Jo Advocate", "NYAS",
                "jo@advocacy.example", "NYAS, 1 Advocacy Row, Liverpool L1 1AA");
        workflow.knows(withAdvocate(details(complaintId, "Sam Taylor", ContactPreference.EMAIL), false, advocate));
        workflow.knows(withAdvocate(details(brief, "Kit Brief", ContactPreference.EMAIL), true, advocate));
        workflow.knows(withAdvocate(new CorrespondenceDetails(TENANT, anonymous, "CAM-2026-000000", true, null, null, null,
                ContactPreference.EMAIL, false), false, advocate));
        String ceId = UUID.randomUUID().toString();

        // received Monday 29 June 2026: Stage 1 response within 10 working days, 13 July
        publish(received(complaintId, "CAM-2026-000141", false, List.of(new DueDate(1, "RESPONSE", LocalDate.of(2026, 7, 13),
                Strictness.LIMIT, "cambridgeshire-v1#routes[STATUTORY_CHILDREN].stages[1].deadlines.RESPONSE"))), ceId);
        publish(received(complaintId, "CAM-2026-000141", false, List.of(new DueDate(1, "RESPONSE", LocalDate.of(2026, 7, 13),
                Strictness.LIMIT, "cambridgeshire-v1#routes[STATUTORY_CHILDREN].stages[1].deadlines.RESPONSE"))), ceId);
        // Stage 1 response sent Friday 24 July; Stage 2 asked for within 20 working days of receiving it: 21 August
        StageResponded responded = new StageResponded(TENANT, brief, NOW, LocalDate.of(2026, 7, 24), 1,
                List.of(new Finding(1, Outcome.UPHELD)), LocalDate.of(2026, 7, 27), new DueDate(2, "REQUEST_WINDOW",
                LocalDate.of(2026, 8, 21), Strictness.LIMIT, "cambridgeshire-v1#routes[STATUTORY_CHILDREN].stages[2].request"));
        publish(responded, UUID.randomUUID().toString());
        publish(new StageExtended(TENANT, anonymous, NOW, 1, ExtensionCondition.NOTIFIED_TO_COMPLAINANT, new DueDate(1,
                "RESPONSE", LocalDate.of(2026, 7, 27), Strictness.LIMIT,
                "cambridgeshire-v1#routes[STATUTORY_CHILDREN].stages[1].deadlines.RESPONSE")), UUID.randomUUID().toString());

        await().until(() -> letterRow(complaintId), row -> row != null && "SENT".equals(row.get("status")));
        await().until(() -> letterRow(brief), row -> row != null && "SENT".equals(row.get("status")));
        await().until(() -> letterRow(anonymous), row -> row != null && "NOT_SENT".equals(row.get("status")));
        awaitConsumed();
        await().during(Duration.ofSeconds(1)).until(() -> mailbox.inbox("jo@advocacy.example").size() == 2);

        Map<String, Object> letter = letterRow(complaintId);
        assertThat(letter).containsEntry("recipient", email(complaintId)).containsEntry("copy_to", "jo@advocacy.example");
        assertThat(mailbox.inbox(email(complaintId))).singleElement().satisfies(mail -> {
            assertThat(mail.to()).containsExactly(email(complaintId));
            assertThat(mail.cc()).containsExactly("jo@advocacy.example");
            assertThat(mail.messageId()).isEqualTo("<" + letter.get("id") + "@cambridgeshire.example>");
            assertThat(mail.text().replace("\r\n", "\n")).contains("We will send you our Stage 1 response by 13 July 2026.")
                    .endsWith("Children's Complaints Manager\nCambridgeshire County Council\n\nCopy to: Jo Advocate, NYAS\n");
            assertThat(Mailbox.pdfText(mail.pdf())).contains("Sam Taylor", "13 July 2026", "Copy to: Jo Advocate, NYAS");
        });
        List<Mailbox.Mail> copies = mailbox.inbox("jo@advocacy.example");
        assertThat(copies).extracting(Mailbox.Mail::subject).containsExactlyInAnyOrder(
                "Acknowledgement (our reference CAM-2026-000141)", "Our response (our reference CAM-2026-000000)");
        Mailbox.Mail acknowledgementCopy = copies.stream().filter(mail -> mail.subject().startsWith("Acknowledgement"))
                .findFirst().orElseThrow();
        assertThat(acknowledgementCopy.messageId()).isEqualTo("<" + letter.get("id") + "@cambridgeshire.example>");
        assertThat(acknowledgementCopy.to()).containsExactly(email(complaintId));
        Mailbox.Mail briefCopy = copies.stream().filter(mail -> mail.subject().startsWith("Our response")).findFirst().orElseThrow();
        assertThat(briefCopy.to()).containsExactly(email(brief));
        assertThat(briefCopy.text()).contains("We can share only brief information with you about the outcome",
                "Your request must reach us by 21 August 2026.", "Copy to: Jo Advocate, NYAS").doesNotContain("Point 1");
        assertThat(Mailbox.pdfText(briefCopy.pdf())).doesNotContain("Point 1");
        assertThat(letterRow(anonymous)).containsEntry("reason", "anonymous complaints get no letters")
                .containsEntry("copy_to", null);
    }

    private static CorrespondenceDetails withAdvocate(CorrespondenceDetails details, boolean briefInformationOnly,
                                                      CorrespondenceDetails.Advocate advocate) {
        return new CorrespondenceDetails(details.tenantId(), details.complaintId(), details.reference(), details.anonymous(),
                details.complainantName(), details.email(), details.postalAddress(), details.preferredContact(),
                briefInformationOnly, advocate, null, null);
    }

    @Test
    void stageResponseToAComplainantToldOnlyBriefInformationUntilConsentCarriesNoFindings() throws Exception {
        UUID complaintId = UUID.randomUUID();
        CorrespondenceDetails parent = details(complaintId, "Sam Taylor", ContactPreference.EMAIL);
        workflow.knows(new CorrespondenceDetails(parent.tenantId(), complaintId, parent.reference(), false,
                parent.complainantName(), parent.email(), parent.postalAddress(), parent.preferredContact(), true));

        publish(new StageResponded(TENANT, complaintId, NOW, LocalDate.of(2026, 7, 24), 1,
                List.of(new Finding(1, Outcome.UPHELD), new Finding(2, Outcome.NOT_UPHELD)), LocalDate.of(2026, 7, 27),
                new DueDate(2, "REQUEST_WINDOW", LocalDate.of(2026, 8, 21), Strictness.LIMIT,
                        "cambridgeshire-v1#routes[STATUTORY_CHILDREN].stages[2].request")), UUID.randomUUID().toString());

        Mailbox.Mail response = await().until(() -> mailbox.to(email(complaintId)), received -> !received.isEmpty())
                .getFirst();
        assertThat(response.text()).doesNotContain("Point 1", "Point 2", "upheld", "Our findings")
                .contains("dated 24 July 2026.", "We can share only brief information with you about the outcome until the "
                        + "person with parental responsibility for the child, or the child, has given signed consent. "
                        + "We have responded to your complaint at Stage 1.",
                        "Your request must reach us by 21 August 2026.");
        String pdf = Mailbox.pdfText(response.pdf());
        assertThat(pdf).doesNotContain("Point 1", "Point 2", "upheld", "Our findings")
                .contains("We can share only brief information", "Your request must reach us by 21 August 2026.");
        assertThat((String) letterRow(complaintId).get("body")).doesNotContain("Point 1", "upheld");
    }

    @Test
    void missedDeadlineRemindsTheTenantsComplaintsTeamOnceAndNotTheComplainant() throws Exception {
        UUID complaintId = UUID.randomUUID();
        workflow.knows(details(complaintId, "Sam Taylor", ContactPreference.EMAIL));
        String ceId = UUID.randomUUID().toString();
        DeadlineMissed missed = new DeadlineMissed(TENANT, complaintId, NOW, UUID.randomUUID(), 1, "RESPONSE",
                Strictness.LIMIT, "cambridgeshire-v1#routes[STATUTORY_CHILDREN].stages[1].deadlines.RESPONSE",
                LocalDate.of(2026, 6, 29));

        publish(Topics.DEADLINE_EVENTS, missed, ceId);
        publish(Topics.DEADLINE_EVENTS, missed, ceId);

        await().until(() -> letterRow(complaintId), row -> row != null && "SENT".equals(row.get("status")));
        // the only test that writes to the team's mailbox
        await().during(Duration.ofSeconds(1)).until(() -> mailbox.to("complaints-team@cambridgeshire.example").size() == 1);
        assertThat(mailbox.to("complaints-team@cambridgeshire.example").getFirst().subject())
                .isEqualTo("Deadline missed (our reference CAM-2026-000000)");
        assertThat(letterRow(complaintId)).containsEntry("letter_type", "STAFF_DEADLINE_MISSED")
                .containsEntry("recipient", "complaints-team@cambridgeshire.example");
        assertThat((String) letterRow(complaintId).get("body"))
                .contains("Complaint CAM-2026-000000: the Stage 1 response was due on 29 June 2026 and has not been met.");
        assertThat(letterCount(complaintId)).isEqualTo(1);
        assertThat(mailbox.to(email(complaintId))).isEmpty();
        assertThat(await().until(() -> records(Topics.NOTIFICATION_EVENTS, complaintId.toString()), r -> !r.isEmpty()))
                .singleElement().satisfies(record -> assertThat(codec.decode(record.value(), LetterSent.class).letterType())
                        .isEqualTo(LetterType.STAFF_DEADLINE_MISSED));
    }

    @Test
    void anonymousComplaintIsRecordedAsNotSentAndNeverAnnounced() {
        UUID complaintId = UUID.randomUUID();

        publish(received(complaintId, "CAM-2026-000125", true), UUID.randomUUID().toString());

        await().until(() -> letterRow(complaintId), row -> row != null);
        awaitConsumed();
        awaitOutboxEmpty();
        assertThat(letterRow(complaintId)).containsEntry("status", "NOT_SENT")
                .containsEntry("reason", "anonymous complaints are not acknowledged")
                .containsEntry("body", null).containsEntry("recipient", null);
        assertThat(records(Topics.NOTIFICATION_EVENTS, complaintId.toString())).isEmpty();
        assertThat(workflow.calls(complaintId)).isZero();
    }

    @Test
    void representationTheProcedureDoesNotAcknowledgeIsRecordedAsNotSentAndNeverAnnounced() {
        UUID complaintId = UUID.randomUUID();
        workflow.knows(details(TENANT, complaintId, "Sam Taylor", ContactPreference.EMAIL));

        publish(received(TENANT, complaintId, "CAM-2026-000130", FeedbackType.COMPLIMENT, false, false, null),
                UUID.randomUUID().toString());

        await().until(() -> letterRow(complaintId), row -> row != null);
        awaitConsumed();
        awaitOutboxEmpty();
        assertThat(letterRow(complaintId)).containsEntry("status", "NOT_SENT")
                .containsEntry("reason", "the procedure does not acknowledge compliments")
                .containsEntry("body", null).containsEntry("recipient", null);
        assertThat(letterCount(complaintId)).isEqualTo(1);
        assertThat(records(Topics.NOTIFICATION_EVENTS, complaintId.toString())).isEmpty();
        assertThat(workflow.calls(complaintId)).isZero();
    }

    @Test
    void acknowledgementOfAnEnquiryCallsItAnEnquiry() {
        UUID complaintId = UUID.randomUUID();
        workflow.knows(details("telford-wrekin", complaintId, "Alex Morgan", ContactPreference.EMAIL));

        publish(received("telford-wrekin", complaintId, "TW-2026-000007", FeedbackType.ENQUIRY, false, true,
                LocalDate.of(2026, 7, 1)), UUID.randomUUID().toString());

        Map<String, Object> letter = await().until(() -> letterRow(complaintId), row -> row != null && "SENT".equals(row.get("status")));
        assertThat(letter).containsEntry("tenant_id", "telford-wrekin");
        assertThat((String) letter.get("body"))
                .startsWith("Telford & Wrekin Council\n")
                .contains("Thank you for your enquiry, which we received on 29 June 2026.")
                .contains("Please quote this reference if you contact us about your enquiry.")
                .contains("We will look into your enquiry and write to you with our response.")
                .doesNotContain("complaint");
        assertThat(await().until(() -> records(Topics.NOTIFICATION_EVENTS, complaintId.toString()), r -> !r.isEmpty()))
                .hasSize(1);
    }

    @Test
    void complainantWithNoAddressAtAllIsRecordedAsNotSentAndNeverAnnounced() {
        UUID complaintId = UUID.randomUUID();
        workflow.knows(new CorrespondenceDetails(TENANT, complaintId, "CAM-2026-000129", false, "Pat Lee", null, null,
                ContactPreference.POST, false));

        publish(received(complaintId, "CAM-2026-000129", false), UUID.randomUUID().toString());

        await().until(() -> letterRow(complaintId), row -> row != null);
        awaitConsumed();
        awaitOutboxEmpty();
        assertThat(letterRow(complaintId)).containsEntry("status", "NOT_SENT")
                .containsEntry("reason", "no e-mail or postal address for the complainant");
        assertThat(records(Topics.NOTIFICATION_EVENTS, complaintId.toString())).isEmpty();
    }

    @Test
    void detailsNotYetKnownToWorkflowAreRetriedUntilTheyArrive() {
        UUID complaintId = UUID.randomUUID();
        workflow.knows(details(complaintId, "Jo Bloggs", ContactPreference.EMAIL), 404, 404);

        publish(received(complaintId, "CAM-2026-000126", false), UUID.randomUUID().toString());

        await().until(() -> letterRow(complaintId), row -> row != null && "SENT".equals(row.get("status")));
        awaitConsumed();
        awaitOutboxEmpty();
        assertThat(letterCount(complaintId)).isEqualTo(1);
        assertThat(workflow.calls(complaintId)).isEqualTo(3);
        assertThat(records(Topics.NOTIFICATION_EVENTS, complaintId.toString())).hasSize(1);
    }

    @Test
    void complaintWhoseDetailsWorkflowNeverGivesIsDeadLetteredWithoutALetter() {
        UUID complaintId = UUID.randomUUID();
        workflow.knows(details(complaintId, "Chris Doe", ContactPreference.EMAIL),
                401, 401, 401, 401, 401, 401, 401, 401, 401, 401);
        String ceId = UUID.randomUUID().toString();

        publish(received(complaintId, "CAM-2026-000127", false), ceId);

        List<ConsumerRecord<String, CloudEvent>> deadLetters = await().until(
                () -> records(Topics.deadLetterTopicOf(Topics.COMPLAINT_EVENTS), complaintId.toString()),
                records -> !records.isEmpty());
        assertThat(deadLetters).extracting(record -> record.value().getId()).containsExactly(ceId);
        assertThat(letterCount(complaintId)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM processed_event WHERE event_id = ?").param(ceId)
                .query(Long.class).single()).isZero();
        assertThat(records(Topics.NOTIFICATION_EVENTS, complaintId.toString())).isEmpty();
    }

    @Test
    void lettersAreListedAndReadWithinTheirTenantOnly() {
        UUID complaintId = UUID.randomUUID();
        workflow.knows(details(complaintId, "Sam Taylor", ContactPreference.EMAIL));
        publish(received(complaintId, "CAM-2026-000128", false), UUID.randomUUID().toString());
        UUID letterId = (UUID) await().until(() -> letterRow(complaintId), row -> row != null).get("id");

        ResponseEntity<List<Map<String, Object>>> list = http.exchange(
                "/api/v1/tenants/{tenant}/complaints/{complaint}/letters", HttpMethod.GET, null,
                new ParameterizedTypeReference<>() { }, TENANT, complaintId);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list.getBody()).singleElement().satisfies(summary -> assertThat(summary)
                .containsEntry("letterId", letterId.toString()).containsEntry("letterType", "ACKNOWLEDGEMENT")
                .containsEntry("channel", "EMAIL").containsEntry("createdAt", "2026-06-30T23:30:00Z")
                .doesNotContainKey("body"));

        ResponseEntity<Map<String, Object>> detail = http.exchange("/api/v1/tenants/{tenant}/letters/{letter}",
                HttpMethod.GET, null, new ParameterizedTypeReference<>() { }, TENANT, letterId);
        assertThat(detail.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(detail.getBody()).containsEntry("letterId", letterId.toString())
                .hasEntrySatisfying("body", body -> assertThat((String) body).contains("Dear Sam Taylor,"));

        assertThat(http.getForEntity("/api/v1/tenants/bcp/letters/{letter}", String.class, letterId).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity("/api/v1/tenants/nowhere/letters/{letter}", String.class, letterId).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity("/api/v1/tenants/{tenant}/letters/{letter}", String.class, TENANT, UUID.randomUUID())
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity("/api/v1/tenants/nowhere/complaints/{complaint}/letters", String.class, complaintId)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<Map<String, Object>> malformed = http.exchange("/api/v1/tenants/{tenant}/letters/not-a-uuid",
                HttpMethod.GET, null, new ParameterizedTypeReference<>() { }, TENANT);
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getBody()).containsKey("errors");
    }

    @Test
    void markupInTheComplainantsNameAndAddressIsStoredSentAndPrintedAsTextNeverAsMarkup() throws Exception {
        UUID complaintId = UUID.randomUUID();
        String script = "<script>alert(1)</script>";
        String breakout = "</p><img src=x onerror=alert(1)>";
        workflow.knows(new CorrespondenceDetails(TENANT, complaintId, "CAM-2026-000140", false, script,
                email(complaintId), breakout + ", 1 High Street, Cambridge CB1 1AA", ContactPreference.EMAIL, false));

        publish(received(complaintId, "CAM-2026-000140", false), UUID.randomUUID().toString());

        Map<String, Object> letter = await().until(() -> letterRow(complaintId), row -> row != null && "SENT".equals(row.get("status")));
        assertThat((String) letter.get("body")).contains("Dear " + script + ",");
        Mailbox.Mail mail = await().until(() -> mailbox.to(email(complaintId)), received -> !received.isEmpty()).getFirst();
        // a plain-text body is shown as written by every mail client: there is no HTML part to run it
        assertThat(mail.partTypes()).containsExactly("text/plain", "application/pdf");
        assertThat(mail.text()).contains("Dear " + script + ",");
        assertThat(Mailbox.pdfText(mail.pdf())).contains(script, breakout, "Dear " + script + ",", "1 High Street");

        ResponseEntity<String> detail = http.getForEntity("/api/v1/tenants/{tenant}/letters/{letter}", String.class,
                TENANT, letter.get("id"));
        assertThat(detail.getHeaders().getContentType()).hasToString("application/json");
        assertThat(detail.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(detail.getBody()).contains("Dear " + script + ",");
    }

    @Test
    void workflowsStandInRefusesTokensWithoutTheServiceRole() throws Exception {
        UUID complaintId = UUID.randomUUID();
        workflow.knows(details(complaintId, "Sam Taylor", ContactPreference.EMAIL));
        URI correspondence = URI.create(workflow.baseUrl()).resolve("/internal/v1/tenants/" + TENANT + "/complaints/" + complaintId
                + "/correspondence");
        HttpClient client = HttpClient.newHttpClient();

        for (String authorization : List.of("Bearer " + TestTokens.member(TENANT), "Bearer not-a-token", "")) {
            HttpRequest.Builder request = HttpRequest.newBuilder(correspondence);
            if (!authorization.isEmpty()) {
                request.header("Authorization", authorization);
            }
            assertThat(client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);
        }
        assertThat(workflow.rejectedTokens(complaintId)).isEqualTo(3);
        assertThat(workflow.calls(complaintId)).isZero();
    }

    private static ComplaintReceived received(String tenantId, UUID complaintId, String reference, FeedbackType type,
                                              boolean anonymous, boolean acknowledgementRequired, LocalDate dueOn) {
        return received(tenantId, complaintId, reference, type, anonymous, acknowledgementRequired, dueOn, List.of());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
