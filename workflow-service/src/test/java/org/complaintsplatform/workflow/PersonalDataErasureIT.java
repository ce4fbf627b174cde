package org.complaintsplatform.workflow;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.complaintsplatform.contracts.ComplainantRole;
import org.complaintsplatform.contracts.ContactPreference;
import org.complaintsplatform.contracts.EventType;
import org.complaintsplatform.contracts.FeedbackType;
import org.complaintsplatform.contracts.ReceiptChannel;
import org.complaintsplatform.contracts.Route;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.contracts.submission.SubmissionReceived;
import org.complaintsplatform.securitysupport.Roles;
import org.complaintsplatform.securitysupport.audit.PersonalDataAccessLog;
import org.complaintsplatform.testsupport.TestInfrastructure;
import org.complaintsplatform.testsupport.TopicReader;
import org.complaintsplatform.workflow.api.ComplaintId;
import org.complaintsplatform.workflow.api.ComplaintReceived;
import org.complaintsplatform.workflow.api.ContactArrangementsRecorded;
import org.complaintsplatform.workflow.api.PersonalDataErased;
import org.complaintsplatform.workflow.api.SealedAdvocate;
import org.complaintsplatform.workflow.api.SealedChild;
import org.complaintsplatform.workflow.privacy.ErasureJob;
import org.complaintsplatform.workflow.privacy.PersonalDataVault;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Crypto-shredding end to end: a Core Assets complaint keeps its personal data sealed in the event store,
 * closes, and three years and a day later loses them for good, while its history replays and its public
 * events (and so every report) stay as they were; one more public event, with ids and dates only, tells the
 * services that keep copies to erase theirs.
 */
class PersonalDataErasureIT extends WorkflowIntegrationTest {

    private static final String NAME = "Zebedee Quartermaine";
    private static final String EMAIL = "zebedee.q@example.org";
    private static final String ADDRESS = "7 Hidden Lane, Exampleton";
    private static final String CHILD = "Pip Quartermaine";
    private static final String SUMMARY = "Contact visits with the birth family were cancelled three times.";
    private static final String OUTCOME = "A written apology and a visit plan.";
    private static final String ADVOCATE = "Ottoline Quartermaine";
    private static final String ADVOCATE_EMAIL = "ottoline.q@example.org";
    private static final String NEEDS = "Zebedee uses a hearing loop";
    private static final List<String> PERSONAL = List.of(NAME, EMAIL, ADDRESS, CHILD, "2014-05-06", SUMMARY, OUTCOME,
            ADVOCATE, ADVOCATE_EMAIL, NEEDS);

    /** 03:15 on Tue 15 January 2030 in London (GMT): the record closed on Thu 14 January 2027 was kept through the 14th. */
    private static final Instant THREE_YEARS_AND_A_DAY_LATER = Instant.parse("2030-01-15T03:15:00Z");

    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ErasureJob erasureJob;
    @Autowired
    EventStore eventStore;
    @Autowired
    PersonalDataVault vault;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void erasedComplaintReplaysWithItsPersonalDataReadAsErasedAndPublishesOnlyThatItWasErased() throws Exception {
        UUID id = UUID.randomUUID();
        register(id, "core-assets", Route.CORPORATE);
        assertThat(storedPayloads(id)).hasSize(2).allSatisfy(payload -> assertThat(payload).doesNotContain(PERSONAL));
        assertThat(correspondence(id).getBody()).contains(NAME, EMAIL, ADDRESS, ADVOCATE, ADVOCATE_EMAIL, NEEDS);
        respondAndClose(id, "core-assets", "2027-01-14");
        List<CloudEvent> publishedBefore = awaitPublished(id, 3);

        assertThat(erasureJob.erase(THREE_YEARS_AND_A_DAY_LATER)).contains(new ComplaintId(id));

        List<String> stored = storedPayloads(id);
        assertThat(stored).hasSize(5).allSatisfy(payload -> assertThat(payload).doesNotContain(PERSONAL));
        assertThat(stored.getLast()).contains("\"retainedUntil\":\"2030-01-14\"", "\"rule\":\"core-assets-v1#retention\"");
        assertThat(jdbc.queryForMap("SELECT wrapped_key, master_key_id, destroyed_at FROM complaint_data_key WHERE complaint_id = ?", id))
                .containsEntry("wrapped_key", null).containsEntry("master_key_id", null)
                .satisfies(key -> assertThat(key.get("destroyed_at")).isNotNull());
        assertThat(jdbc.queryForMap("""
                SELECT complainant_name, email, postal_address, advocate_name, advocate_email, advocate_telephone,
                    accessibility_needs, advocate_organisation, personal_data_erased_on::TEXT AS erased_on, erasure_rule
                FROM complaint_view WHERE complaint_id = ?""", id))
                .containsEntry("complainant_name", null).containsEntry("email", null).containsEntry("postal_address", null)
                .containsEntry("advocate_name", null).containsEntry("advocate_email", null)
                .containsEntry("advocate_telephone", null).containsEntry("accessibility_needs", null)
                .containsEntry("advocate_organisation", "Quartermaine Advocacy")
                .containsEntry("erased_on", "2030-01-15").containsEntry("erasure_rule", "core-assets-v1#retention");

        ResponseEntity<String> gone = correspondence(id);
        assertThat(gone.getStatusCode().value()).isEqualTo(410);
        assertThat(gone.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(gone.getBody()).doesNotContain(PERSONAL);
        JsonNode summary = json.readTree(http.getForEntity(complaint(id, "core-assets"), String.class).getBody());
        assertThat(summary.path("timeline").get(summary.path("timeline").size() - 1).path("event").asText())
                .isEqualTo("PersonalDataErased");

        // The history replays from the event store: every event reads, and its sealed values read as erased.
        List<Object> replayed = eventStore.readEvents(id.toString()).asStream().map(Message::getPayload).map(Object.class::cast)
                .toList();
        assertThat(replayed).hasSize(5).first().isInstanceOf(ComplaintReceived.class);
        assertThat(replayed.getLast()).isInstanceOf(PersonalDataErased.class);
        ComplaintReceived received = (ComplaintReceived) replayed.getFirst();
        SealedChild child = received.child();
        assertThat(child).isNotNull();
        assertThat(List.of(received.complainant().name(), received.complainant().email(), received.complainant().postalAddress(),
                child.name(), child.dateOfBirth(), received.summary(), received.desiredOutcome()))
                .allSatisfy(sealed -> assertThat(vault.unseal(received.complaintId(), sealed)).isEmpty());
        ContactArrangementsRecorded arrangements = (ContactArrangementsRecorded) replayed.get(1);
        SealedAdvocate advocate = arrangements.advocate();
        assertThat(advocate).isNotNull();
        assertThat(List.of(advocate.name(), advocate.email(), advocate.telephone(), arrangements.accessibilityNeeds()))
                .allSatisfy(sealed -> assertThat(vault.unseal(received.complaintId(), sealed)).isEmpty());
        // ...and the Complaint, rebuilt from it, keeps refusing what a closed complaint may not do.
        ResponseEntity<String> refused = post(complaint(id, "core-assets") + "/withdrawal",
                "{\"reason\":\"changed my mind\",\"withdrawnAt\":\"2030-02-01T10:00:00Z\"}");
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(json.readTree(refused.getBody()).path("rule").asText()).isEqualTo("COMPLAINT_CLOSED");

        assertThat(erasureJob.erase(THREE_YEARS_AND_A_DAY_LATER.plus(Duration.ofDays(1)))).doesNotContain(new ComplaintId(id));
        assertThat(storedPayloads(id)).hasSize(5);

        // The publisher went past the erasure (a later complaint is published): the earlier events are unchanged and
        // exactly one more says, with ids and dates only, that the personal data were erased; the second run added none.
        UUID later = UUID.randomUUID();
        register(later, "core-assets", Route.CORPORATE);
        awaitPublished(later, 1);
        List<CloudEvent> publishedAfter = awaitPublished(id, publishedBefore.size() + 1);
        assertThat(publishedAfter).hasSize(publishedBefore.size() + 1);
        List<CloudEvent> earlier = publishedAfter.subList(0, publishedBefore.size());
        assertThat(earlier).extracting(CloudEvent::getId).containsExactlyElementsOf(
                publishedBefore.stream().map(CloudEvent::getId).toList());
        assertThat(earlier).extracting(event -> new String(event.getData().toBytes(), UTF_8)).containsExactlyElementsOf(
                publishedBefore.stream().map(event -> new String(event.getData().toBytes(), UTF_8)).toList());
        assertThat(publishedAfter.getFirst().getType()).isEqualTo(EventType.COMPLAINT_RECEIVED.ceType());
        CloudEvent erased = publishedAfter.getLast();
        assertThat(erased.getType()).isEqualTo(EventType.COMPLAINT_PERSONAL_DATA_ERASED.ceType());
        assertThat(erased.getId()).isEqualTo(jdbc.queryForObject("""
                SELECT event_identifier FROM domain_event_entry WHERE aggregate_identifier = ?
                ORDER BY sequence_number DESC LIMIT 1""", String.class, id.toString()));
        assertThat(json.readTree(erased.getData().toBytes())).isEqualTo(json.readTree("""
                {"tenantId":"core-assets","complaintId":"%s","occurredAt":"2030-01-15T03:15:00Z",
                 "retainedUntil":"2030-01-14","rule":"core-assets-v1#retention"}""".formatted(id)));
        assertThat(publishedAfter).allSatisfy(event -> assertThat(new String(event.getData().toBytes(), UTF_8))
                .doesNotContain(PERSONAL));
    }

    /**
     * Run on Tue 15 January 2030: Core Assets records closed on 14 January 2027 or withdrawn on 5 January 2027 have
     * been kept their three years; one closed on 15 January 2027 is kept through that day; Cambridgeshire states no
     * retention; an open complaint is kept whatever its age. The next day, the one closed on the 15th goes too.
     */
    @Test
    void erasureJobPicksExactlyTheFinishedComplaintsWhoseRetentionHasEnded() throws Exception {
        UUID closed14th = UUID.randomUUID();
        UUID closed15th = UUID.randomUUID();
        UUID withdrawn5th = UUID.randomUUID();
        UUID cambridgeshire = UUID.randomUUID();
        UUID open = UUID.randomUUID();
        register(closed14th, "core-assets", Route.CORPORATE);
        respondAndClose(closed14th, "core-assets", "2027-01-14");
        register(closed15th, "core-assets", Route.CORPORATE);
        respondAndClose(closed15th, "core-assets", "2027-01-15");
        register(withdrawn5th, "core-assets", Route.CORPORATE);
        assertThat(post(complaint(withdrawn5th, "core-assets") + "/withdrawal",
                "{\"reason\":\"resolved informally\",\"withdrawnAt\":\"2027-01-05T10:00:00Z\"}").getStatusCode().value())
                .isEqualTo(200);
        register(cambridgeshire, "cambridgeshire", Route.STATUTORY);
        respondAndClose(cambridgeshire, "cambridgeshire", "2027-01-14");
        register(open, "core-assets", Route.CORPORATE);

        List<ComplaintId> firstRun = erasureJob.erase(THREE_YEARS_AND_A_DAY_LATER);

        assertThat(firstRun).contains(new ComplaintId(closed14th), new ComplaintId(withdrawn5th))
                .doesNotContain(new ComplaintId(closed15th), new ComplaintId(cambridgeshire), new ComplaintId(open));
        assertThat(erasedOn(closed14th)).isEqualTo("2030-01-15");
        assertThat(erasedOn(withdrawn5th)).isEqualTo("2030-01-15");
        assertThat(erasedOn(closed15th)).isNull();

        List<ComplaintId> nextDay = erasureJob.erase(THREE_YEARS_AND_A_DAY_LATER.plus(Duration.ofDays(1)));

        assertThat(nextDay).contains(new ComplaintId(closed15th))
                .doesNotContain(new ComplaintId(closed14th), new ComplaintId(withdrawn5th), new ComplaintId(cambridgeshire),
                        new ComplaintId(open));
        assertThat(erasedOn(closed15th)).isEqualTo("2030-01-16");
        assertThat(erasedOn(cambridgeshire)).isNull();
        assertThat(erasedOn(open)).isNull();
        assertThat(correspondence(open).getBody()).contains(NAME);
    }

    private void register(UUID id, String tenant, Route route) throws Exception {
        SubmissionReceived submission = new SubmissionReceived(tenant, id, Instant.parse("2026-12-22T16:45:00Z"),
                (tenant.equals("core-assets") ? "CA" : "CAM") + "-2026-000901", ReceiptChannel.EMAIL, FeedbackType.COMPLAINT,
                route, false, new SubmissionReceived.Complainant(ComplainantRole.FOSTER_CARER, NAME, EMAIL, ADDRESS,
                ContactPreference.POST, NEEDS, "en"), new SubmissionReceived.Child(CHILD, LocalDate.of(2014, 5, 6)),
                new SubmissionReceived.Advocate(ADVOCATE, "Quartermaine Advocacy", ADVOCATE_EMAIL, "01632 960999", null),
                true, SUMMARY, OUTCOME, null);
        kafka.send(new ProducerRecord<>(Topics.SUBMISSIONS, id.toString(),
                codec.encode(submission, UUID.randomUUID().toString(), "/test"))).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> http.getForEntity(complaint(id, tenant), Map.class)
                .getStatusCode().is2xxSuccessful());
    }

    /** Stage 1 answered two days before the closing day, then closed that afternoon. */
    private void respondAndClose(UUID id, String tenant, String closedOn) {
        String respondedAt = LocalDate.parse(closedOn).minusDays(2) + "T12:00:00Z";
        assertThat(post(complaint(id, tenant) + "/responses", """
                {"stage":1,"findings":[{"point":1,"outcome":"PARTLY_UPHELD"}],"respondedAt":"%s"}""".formatted(respondedAt))
                .getStatusCode().value()).isEqualTo(200);
        assertThat(post(complaint(id, tenant) + "/closure", "{\"at\":\"" + closedOn + "T15:00:00Z\"}").getStatusCode().value())
                .isEqualTo(200);
    }

    private static String complaint(UUID id, String tenant) {
        return "/api/v1/tenants/" + tenant + "/complaints/" + id;
    }

    private ResponseEntity<String> post(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    /** As notification-service asks for it when it renders a letter. */
    private ResponseEntity<String> correspondence(UUID id) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(TestInfrastructure.issuer().token("notification-service", null, List.of(Roles.SERVICE)));
        headers.set(PersonalDataAccessLog.REASON_HEADER, "rendering a letter");
        String tenant = jdbc.queryForObject("SELECT tenant_id FROM complaint_view WHERE complaint_id = ?", String.class, id);
        return http.exchange("/internal/v1/tenants/" + tenant + "/complaints/" + id + "/correspondence", HttpMethod.GET,
                new HttpEntity<>(headers), String.class);
    }

    /** The stored payload bytes of the complaint's events, in order, read as the UTF-8 JSON they are. */
    private List<String> storedPayloads(UUID id) {
        return jdbc.queryForList("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number",
                byte[].class, id.toString()).stream().map(bytes -> new String(bytes, UTF_8)).toList();
    }

    private String erasedOn(UUID id) {
        return jdbc.queryForObject("SELECT personal_data_erased_on::TEXT FROM complaint_view WHERE complaint_id = ?",
                String.class, id);
    }

    private List<CloudEvent> awaitPublished(UUID id, int expected) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> published(id), events -> events.size() >= expected);
    }

    private List<CloudEvent> published(UUID id) {
        return distinct(TopicReader.cloudEvents(TestInfrastructure.kafkaBootstrapServers(), Topics.COMPLAINT_EVENTS,
                event -> id.toString().equals(event.getSubject())));
    }
}
