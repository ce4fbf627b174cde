package org.complaintsplatform.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.complaintsplatform.contracts.ContactPreference;
import org.complaintsplatform.contracts.complaint.ComplaintClosed;
import org.complaintsplatform.contracts.complaint.ComplaintPersonalDataErased;
import org.complaintsplatform.contracts.complaint.Finding;
import org.complaintsplatform.contracts.complaint.Outcome;
import org.complaintsplatform.contracts.correspondence.CorrespondenceDetails;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * When workflow has erased a complaint's personal data after its retention, each of its letters loses its
 * recipient, text and PDF; id, type, channel, status and dates stay, so the history and reports still work.
 */
class LetterErasureIT extends NotificationIntegrationTest {

    private static final String NAME = "Zebedee Quartermaine";
    private static final String ADDRESS = "1 High Street, Cambridge CB1 1AA";
    /** When workflow erased it: three years and a day after the closure. */
    private static final Instant ERASED_BY_WORKFLOW = Instant.parse("2029-08-25T02:15:00Z");

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void erasedLettersKeepTheirHistoryWithoutRecipientTextOrPdf() throws Exception {
        UUID complaintId = UUID.randomUUID();
        String advocate = "advocate-" + complaintId + "@advocacy.example";
        CorrespondenceDetails byEmail = details(complaintId, NAME, ContactPreference.EMAIL);
        workflow.knows(new CorrespondenceDetails(TENANT, complaintId, byEmail.reference(), false, NAME, byEmail.email(),
                byEmail.postalAddress(), ContactPreference.EMAIL, false,
                new CorrespondenceDetails.Advocate("Jo Advocate", "NYAS", advocate, null), null, null));
        publish(received(complaintId, "CAM-2026-000171", false), UUID.randomUUID().toString());
        UUID acknowledgement = (UUID) await().until(() -> letterRow(complaintId),
                row -> row != null && "SENT".equals(row.get("status"))).get("id");
        // the closure goes by post and is never printed: it still waits when the data are erased
        workflow.knows(details(complaintId, NAME, ContactPreference.POST));
        publish(new ComplaintClosed(TENANT, complaintId, NOW, LocalDate.of(2026, 8, 24), 1,
                List.of(new Finding(1, Outcome.UPHELD))), UUID.randomUUID().toString());
        UUID closure = (UUID) await().until(() -> letter(complaintId, "CLOSURE"), row -> row != null).get("id");
        assertThat(letterText(complaintId)).contains(NAME, ADDRESS, email(complaintId), advocate);
        Map<String, Object> acknowledgementBefore = letter(complaintId, "ACKNOWLEDGEMENT");
        long auditedBefore = audited(complaintId);

        publish(erased(complaintId), UUID.randomUUID().toString());
        await().until(() -> erasedCount(complaintId) == 2);

        assertThat(letterText(complaintId)).doesNotContain(NAME, ADDRESS, email(complaintId), "Dear", advocate, "Jo Advocate");
        Map<String, Object> sent = letter(complaintId, "ACKNOWLEDGEMENT");
        assertThat(sent).containsEntry("recipient", null).containsEntry("copy_to", null).containsEntry("body", null).containsEntry("pdf", null)
                .containsEntry("last_error", null).containsEntry("status", "SENT").containsEntry("channel", "EMAIL");
        assertThat(((Timestamp) sent.get("personal_data_erased_at")).toInstant()).isEqualTo(NOW);
        for (String kept : List.of("id", "letter_type", "subject", "body_sha256", "pdf_sha256", "template_version",
                "triggered_by", "created_at", "sent_at", "attempts")) {
            assertThat(sent.get(kept)).as(kept).isEqualTo(acknowledgementBefore.get(kept));
        }
        assertThat(letter(complaintId, "CLOSURE")).containsEntry("status", "NOT_SENT").containsEntry("channel", "POST")
                .containsEntry("reason", "the complaint's personal data were erased before the letter was sent")
                .containsEntry("next_attempt_at", null);

        ResponseEntity<String> detail = http.getForEntity("/api/v1/tenants/{tenant}/letters/{letter}", String.class,
                TENANT, acknowledgement);
        assertThat(detail.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(detail.getBody()).doesNotContain(NAME, ADDRESS, email(complaintId), "Dear");
        JsonNode letter = json.readTree(detail.getBody());
        assertThat(letter.get("body").isNull()).isTrue();
        assertThat(letter.get("letterType").asText()).isEqualTo("ACKNOWLEDGEMENT");
        assertThat(letter.get("status").asText()).isEqualTo("SENT");
        assertThat(letter.get("sentAt").asText()).isEqualTo(NOW.toString());
        assertThat(letter.get("personalDataErasedAt").asText()).isEqualTo(NOW.toString());
        ResponseEntity<String> pdf = http.getForEntity("/api/v1/tenants/{tenant}/letters/{letter}/pdf", String.class,
                TENANT, acknowledgement);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.GONE);
        assertThat(pdf.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(json.readTree(pdf.getBody()).get("title").asText()).isEqualTo("Personal data erased");
        assertThat(http.getForEntity("/api/v1/tenants/{tenant}/letters/{letter}/pdf", String.class, TENANT, closure)
                .getStatusCode()).isEqualTo(HttpStatus.GONE);
        assertThat(http.getForEntity("/api/v1/tenants/{tenant}/complaints/{complaint}/letters", String.class, TENANT,
                complaintId).getBody()).contains("ACKNOWLEDGEMENT", "CLOSURE");
        assertThat(http.getForEntity("/api/v1/tenants/{tenant}/print-queue", String.class, TENANT).getBody())
                .doesNotContain(closure.toString());
        assertThat(http.exchange("/api/v1/tenants/{tenant}/letters/{letter}/printed", HttpMethod.POST, null, String.class,
                TENANT, closure).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(audited(complaintId)).as("no read after the erasure found personal data").isEqualTo(auditedBefore);
    }

    @Test
    void aRedeliveryOrASecondErasureChangesNothing() {
        UUID complaintId = UUID.randomUUID();
        workflow.knows(details(complaintId, NAME, ContactPreference.EMAIL));
        publish(received(complaintId, "CAM-2026-000172", false), UUID.randomUUID().toString());
        await().until(() -> letterRow(complaintId), row -> row != null && "SENT".equals(row.get("status")));
        String ceId = UUID.randomUUID().toString();
        publish(erased(complaintId), ceId);
        await().until(() -> erasedCount(complaintId) == 1);
        String erasedText = letterText(complaintId);

        String secondErasure = UUID.randomUUID().toString();
        publish(erased(complaintId), ceId);
        // same key, so same partition: once this one is processed, the redelivery before it was handled
        publish(erased(complaintId), secondErasure);
        await().until(() -> processed(secondErasure));

        assertThat(letterText(complaintId)).isEqualTo(erasedText);
        assertThat(jdbc.sql("SELECT count(*) FROM processed_event WHERE event_id = ?").param(ceId).query(Long.class).single())
                .isEqualTo(1);
    }

    private static ComplaintPersonalDataErased erased(UUID complaintId) {
        return new ComplaintPersonalDataErased(TENANT, complaintId, ERASED_BY_WORKFLOW, LocalDate.of(2029, 8, 24),
                "cambridgeshire-v1#retention");
    }

    private Map<String, Object> letter(UUID complaintId, String type) {
        return jdbc.sql("SELECT * FROM letter WHERE complaint_id = ? AND letter_type = ?").params(complaintId, type)
                .query().listOfRows().stream().findFirst().orElse(null);
    }

    /** Every letter row of the complaint as JSON text: whatever column a personal value hid in, it shows here. */
    private String letterText(UUID complaintId) {
        return jdbc.sql("SELECT string_agg(to_jsonb(l)::text, ',' ORDER BY l.id) FROM letter l WHERE complaint_id = ?")
                .param(complaintId).query(String.class).single();
    }

    private long erasedCount(UUID complaintId) {
        return jdbc.sql("SELECT count(*) FROM letter WHERE complaint_id = ? AND personal_data_erased_at IS NOT NULL")
                .param(complaintId).query(Long.class).single();
    }

    private boolean processed(String ceId) {
        return jdbc.sql("SELECT count(*) FROM processed_event WHERE consumer = 'notification-service' AND event_id = ?")
                .param(ceId).query(Long.class).single() == 1;
    }

    private long audited(UUID complaintId) {
        return jdbc.sql("SELECT count(*) FROM personal_data_access WHERE complaint_id = ?").param(complaintId)
                .query(Long.class).single();
    }
}
