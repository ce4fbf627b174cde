package org.complaintsplatform.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.complaintsplatform.contracts.ComplainantRole;
import org.complaintsplatform.contracts.ContactPreference;
import org.complaintsplatform.contracts.EventType;
import org.complaintsplatform.contracts.FeedbackType;
import org.complaintsplatform.contracts.IntegrationEvent;
import org.complaintsplatform.contracts.ReceiptChannel;
import org.complaintsplatform.contracts.Route;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.contracts.complaint.ComplaintAcknowledged;
import org.complaintsplatform.contracts.complaint.ComplaintReceived;
import org.complaintsplatform.contracts.correspondence.CorrespondenceDetails;
import org.complaintsplatform.contracts.notification.LetterChannel;
import org.complaintsplatform.contracts.notification.LetterSent;
import org.complaintsplatform.contracts.notification.LetterType;
import org.complaintsplatform.contracts.submission.SubmissionReceived;
import org.complaintsplatform.securitysupport.Roles;
import org.complaintsplatform.securitysupport.audit.PersonalDataAccessLog;
import org.complaintsplatform.testsupport.ConsumerGroups;
import org.complaintsplatform.testsupport.TestInfrastructure;
import org.complaintsplatform.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/** workflow-service against a real PostgreSQL and a real Kafka broker. */
class WorkflowServiceIT extends WorkflowIntegrationTest {

    private static final Instant TUESDAY_22_DECEMBER_2026 = Instant.parse("2026-12-22T16:45:00Z");

    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate http;

    private final UUID complaintId = UUID.randomUUID();

    @Test
    void submissionBecomesAComplaintWhoseEventsAreStoredAsJsonAndPublished() throws Exception {
        publish(submission(), "submission-" + complaintId);

        List<CloudEvent> published = awaitPublished(EventType.COMPLAINT_RECEIVED, 1);
        ComplaintReceived received = codec.decode(published.getFirst(), ComplaintReceived.class);
        assertThat(received.acknowledgementDueOn()).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(received.receivedOn()).isEqualTo(LocalDate.of(2026, 12, 22));
        assertThat(received.profileId()).isEqualTo("cambridgeshire");
        assertThat(published.getFirst().getSource()).hasToString("/workflow-service");
        assertThat(published.getFirst().getSubject()).isEqualTo(complaintId.toString());

        Map<String, Object> stored = jdbc.queryForMap("""
                SELECT pg_typeof(payload)::text AS column_type, payload_revision, convert_from(payload, 'UTF8') AS json
                FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0""", complaintId.toString());
        assertThat(stored.get("column_type")).isEqualTo("bytea");
        assertThat(stored.get("payload_revision")).isEqualTo("3");
        assertThat((String) stored.get("json")).contains("\"acknowledgementDueOn\":\"2026-12-29\"");
        assertThat(jdbc.queryForObject("SELECT increment_by FROM pg_sequences WHERE sequencename = 'domain_event_entry_seq'",
                Long.class)).isEqualTo(1L);
    }

    @Test
    void acknowledgementLetterAcknowledgesTheComplaintAndRedeliveryChangesNothing() throws Exception {
        publish(submission(), "submission-" + complaintId);
        awaitPublished(EventType.COMPLAINT_RECEIVED, 1);
        LetterSent letter = new LetterSent("cambridgeshire", complaintId, Instant.parse("2026-12-23T09:12:39Z"),
                UUID.randomUUID(), LetterType.ACKNOWLEDGEMENT, LetterChannel.EMAIL, "submission-" + complaintId);
        publish(letter, "letter-" + complaintId);

        ComplaintAcknowledged acknowledged = codec.decode(awaitPublished(EventType.COMPLAINT_ACKNOWLEDGED, 1).getFirst(),
                ComplaintAcknowledged.class);
        assertThat(acknowledged.acknowledgedOn()).isEqualTo(LocalDate.of(2026, 12, 23));
        assertThat(acknowledged.acknowledgementDueOn()).isEqualTo(LocalDate.of(2026, 12, 29));

        publish(submission(), "submission-" + complaintId);
        publish(letter, "letter-" + complaintId);
        await().atMost(Duration.ofSeconds(30)).until(() -> ConsumerGroups.caughtUp(TestInfrastructure.kafkaBootstrapServers(),
                List.of("workflow-service"), List.of(Topics.SUBMISSIONS, Topics.NOTIFICATION_EVENTS)));

        // received, the parent told only brief information until consent (Cambridgeshire), acknowledged
        assertThat(count(complaintId)).isEqualTo(3);
        assertThat(published(EventType.COMPLAINT_RECEIVED)).hasSize(1);
        assertThat(published(EventType.COMPLAINT_ACKNOWLEDGED)).hasSize(1);
    }

    /** A complaint stored by the first version (revision 1) is rebuilt through the upcaster when it next acts. */
    @Test
    void complaintStoredAtAnOldRevisionIsReplayedFromTheEventStore() throws Exception {
        String revisionOne = new String(getClass().getResourceAsStream("/upcasting/ComplaintReceived/rev-1.json").readAllBytes())
                .replace("3f1c8f9e-2a57-4c1e-9d0b-6a1f4e2b7c10", complaintId.toString())
                .replace("MEMBER_ENQUIRY", "COMPLAINT");
        jdbc.update("""
                INSERT INTO domain_event_entry (global_index, event_identifier, meta_data, payload, payload_revision,
                    payload_type, time_stamp, aggregate_identifier, sequence_number, type)
                VALUES (nextval('domain_event_entry_seq'), ?, convert_to('{}', 'UTF8'), convert_to(?, 'UTF8'), '1', ?, ?, ?, 0, 'Complaint')""",
                UUID.randomUUID().toString(), revisionOne, "org.complaintsplatform.workflow.api.ComplaintReceived",
                "2026-12-22T16:45:01Z", complaintId.toString());
        // ...and its read model, as the first version's projection wrote it.
        jdbc.update("""
                INSERT INTO complaint_view (complaint_id, tenant_id, reference, status, feedback_type, route, received_on,
                    acknowledgement_due_on, anonymous, complainant_name, email, preferred_contact)
                VALUES (?, 'cambridgeshire', 'CAM-2026-000042', 'RECEIVED', 'COMPLAINT', 'STATUTORY', DATE '2026-12-22',
                    DATE '2026-12-29', false, 'Cllr Example', 'cllr@example.org', 'EMAIL')""", complaintId);

        publish(new LetterSent("cambridgeshire", complaintId, Instant.parse("2026-12-23T09:12:39Z"), UUID.randomUUID(),
                LetterType.ACKNOWLEDGEMENT, LetterChannel.EMAIL, "old-" + complaintId), "letter-old-" + complaintId);

        await().atMost(Duration.ofSeconds(30)).until(() -> count(complaintId) == 2);
        assertThat(jdbc.queryForObject("""
                SELECT convert_from(payload, 'UTF8') FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 1""",
                String.class, complaintId.toString())).contains("\"acknowledgementDueOn\":\"2026-12-29\"");
    }

    @Test
    void complaintQueryShowsStatusDueDatesAndTimelineOnlyToItsTenant() throws Exception {
        publish(submission(), "submission-" + complaintId);
        awaitPublished(EventType.COMPLAINT_RECEIVED, 1);

        ResponseEntity<Map> own = http.getForEntity("/api/v1/tenants/cambridgeshire/complaints/" + complaintId, Map.class);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(own.getBody()).containsEntry("status", "RECEIVED")
                .containsEntry("reference", "CAM-2026-000042")
                .containsEntry("acknowledgementDueOn", "2026-12-29");
        assertThat((List<Map<String, Object>>) own.getBody().get("timeline")).extracting(entry -> entry.get("event"))
                .containsExactly("ComplaintReceived", "InformationSharingRestricted");
        assertThat(own.getBody().toString()).doesNotContain("Alex Example", "alex@example.org");

        ResponseEntity<Map> other = http.getForEntity("/api/v1/tenants/bcp/complaints/" + complaintId, Map.class);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(other.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    @Test
    void correspondenceDetailsAreForPlatformServicesOnlyMatchTheContractAndEachReadIsAudited() throws Exception {
        publish(submission(), "submission-" + complaintId);
        awaitPublished(EventType.COMPLAINT_RECEIVED, 1);
        String path = "/internal/v1/tenants/cambridgeshire/complaints/" + complaintId + "/correspondence";

        assertThat(http.getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(TestInfrastructure.issuer().token("notification-service", null, List.of(Roles.SERVICE)));
        headers.set(PersonalDataAccessLog.REASON_HEADER, "rendering a letter");
        ResponseEntity<CorrespondenceDetails> answer = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers),
                CorrespondenceDetails.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        // a Cambridgeshire parent without stated parental responsibility: brief information until signed consent
        assertThat(answer.getBody()).isEqualTo(new CorrespondenceDetails("cambridgeshire", complaintId, "CAM-2026-000042",
                false, "Alex Example", "alex@example.org", null, ContactPreference.EMAIL, true));

        ResponseEntity<String> audit = http.getForEntity(
                "/api/v1/tenants/cambridgeshire/audit/personal-data-access?complaintId=" + complaintId, String.class);
        assertThat(audit.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(audit.getBody().split("\"subject\"", -1)).hasSize(2);
        assertThat(audit.getBody()).contains("\"subject\":\"notification-service\"", "\"resource\":\"correspondence\"",
                "\"reason\":\"rendering a letter\"", "\"service\":\"workflow-service\"");
    }

    @Test
    void correspondenceNoLongerLimitsLettersToBriefInformationOnceSignedConsentIsRecorded() throws Exception {
        publish(submission(), "submission-" + complaintId);
        awaitPublished(EventType.COMPLAINT_RECEIVED, 1);
        assertThat(correspondence().briefInformationOnly()).isTrue();

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> consent = http.exchange("/api/v1/tenants/cambridgeshire/complaints/" + complaintId
                + "/sharing-consent", HttpMethod.POST, new HttpEntity<>(
                """
                {"givenBy":"PERSON_WITH_PARENTAL_RESPONSIBILITY","signed":true,"recordedAt":"2027-01-05T10:00:00Z"}""",
                headers), String.class);
        assertThat(consent.getStatusCode()).as(consent.getBody()).isEqualTo(HttpStatus.OK);

        assertThat(correspondence().briefInformationOnly()).isFalse();
    }

    @Test
    void theAdvocateNeedsAndLanguageGivenWhenSubmittingReachLetterWritersButNotTheSummary() throws Exception {
        SubmissionReceived plain = submission();
        publish(new SubmissionReceived(plain.tenantId(), plain.complaintId(), plain.occurredAt(), plain.reference(),
                plain.channel(), plain.feedbackType(), plain.routeHint(), false,
                new SubmissionReceived.Complainant(ComplainantRole.PARENT, "Alex Example", "alex@example.org", null,
                        ContactPreference.EMAIL, "Large print, please; a BSL interpreter at meetings.", "cy"),
                null, new SubmissionReceived.Advocate("Jo Advocate", "NYAS", "jo.advocate@example.org", "0808 808 1001", null),
                true, plain.summary(), null, null), "submission-" + complaintId);
        awaitPublished(EventType.COMPLAINT_RECEIVED, 1);

        assertThat(correspondence()).satisfies(details -> {
            assertThat(details.advocate()).isEqualTo(
                    new CorrespondenceDetails.Advocate("Jo Advocate", "NYAS", "jo.advocate@example.org", null));
            assertThat(details.accessibilityNeeds()).isEqualTo("Large print, please; a BSL interpreter at meetings.");
            assertThat(details.language()).isEqualTo("cy");
        });
        ResponseEntity<String> summary = http.getForEntity("/api/v1/tenants/cambridgeshire/complaints/" + complaintId, String.class);
        assertThat(summary.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(summary.getBody()).contains("\"contactArrangements\":{\"advocateNamed\":true,\"advocateOrganisation\":\"NYAS\","
                        + "\"accessibilityNeedsRecorded\":true,\"language\":\"cy\",\"consentToShare\":true}",
                "letters copied to the complainant's advocate (NYAS); accessibility needs recorded; letters in language cy")
                .doesNotContain("Jo Advocate", "jo.advocate@example.org", "Large print");
    }

    private CorrespondenceDetails correspondence() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(TestInfrastructure.issuer().token("notification-service", null, List.of(Roles.SERVICE)));
        headers.set(PersonalDataAccessLog.REASON_HEADER, "rendering a letter");
        return http.exchange("/internal/v1/tenants/cambridgeshire/complaints/" + complaintId + "/correspondence",
                HttpMethod.GET, new HttpEntity<>(headers), CorrespondenceDetails.class).getBody();
    }

    private SubmissionReceived submission() {
        return submissionFor(complaintId);
    }

    private static SubmissionReceived submissionFor(UUID id) {
        return new SubmissionReceived("cambridgeshire", id, TUESDAY_22_DECEMBER_2026, "CAM-2026-000042",
                ReceiptChannel.WEB, FeedbackType.COMPLAINT, Route.STATUTORY, false,
                new SubmissionReceived.Complainant(ComplainantRole.PARENT, "Alex Example", "alex@example.org", null,
                        ContactPreference.EMAIL),
                null, "No reply from the social worker for six weeks.", null);
    }

    private void publish(IntegrationEvent event, String ceId) throws Exception {
        kafka.send(new ProducerRecord<>(EventType.of(event).topic(), event.complaintId().toString(),
                codec.encode(event, ceId, "/test"))).get();
    }

    private List<CloudEvent> awaitPublished(EventType type, int expected) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> published(type), events -> events.size() >= expected);
    }

    private List<CloudEvent> published(EventType type) {
        return distinct(TopicReader.cloudEvents(TestInfrastructure.kafkaBootstrapServers(), Topics.COMPLAINT_EVENTS,
                event -> event.getType().equals(type.ceType()) && complaintId.toString().equals(event.getSubject())));
    }

    private long count(UUID id) {
        Long events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, id.toString());
        return events == null ? 0 : events;
    }
}
