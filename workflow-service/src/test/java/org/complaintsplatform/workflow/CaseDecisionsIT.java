package org.complaintsplatform.workflow;

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
import org.complaintsplatform.contracts.ComplainantRole;
import org.complaintsplatform.contracts.ContactPreference;
import org.complaintsplatform.contracts.EventType;
import org.complaintsplatform.contracts.FeedbackType;
import org.complaintsplatform.contracts.ReceiptChannel;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.contracts.complaint.ComplaintExcluded;
import org.complaintsplatform.contracts.complaint.ExclusionEffect;
import org.complaintsplatform.contracts.complaint.ExclusionGround;
import org.complaintsplatform.contracts.complaint.TimeLimitDecided;
import org.complaintsplatform.contracts.submission.SubmissionReceived;
import org.complaintsplatform.testsupport.TestInfrastructure;
import org.complaintsplatform.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Case decisions over HTTP, each ending as its public event on {@code complaints.complaint-events.v1}: the time
 * limit, exclusions. Complaints received Tue 22 December 2026.
 */
class CaseDecisionsIT extends WorkflowIntegrationTest {

    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void refusingALateComplaintClosesItAndPublishesTheDecisionWithoutItsReason() throws Exception {
        UUID id = register("telford-wrekin");

        ResponseEntity<String> refused = post(complaint("telford-wrekin", id) + "/time-limit-decision", """
                {"accepted":false,"reason":"events of 2019; a fair investigation is no longer possible",
                 "decidedAt":"2027-01-05T10:00:00Z"}""");

        assertThat(refused.getStatusCode().value()).isEqualTo(200);
        JsonNode closed = json.readTree(refused.getBody());
        assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.path("dueDates").size()).isZero();
        List<CloudEvent> published = awaitPublished(id, 2);
        assertThat(published).extracting(CloudEvent::getType)
                .containsExactly(EventType.COMPLAINT_RECEIVED.ceType(), EventType.TIME_LIMIT_DECIDED.ceType());
        assertThat(codec.decode(published.get(1), TimeLimitDecided.class)).isEqualTo(new TimeLimitDecided("telford-wrekin", id,
                Instant.parse("2027-01-05T10:00:00Z"), LocalDate.of(2027, 1, 5), false, "Complaints Manager", true,
                "telford-wrekin-v1#eligibility.timeLimit"));
        assertThat(new String(published.get(1).getData().toBytes())).doesNotContain("2019", "fair investigation");

        ResponseEntity<String> again = post(complaint("telford-wrekin", id) + "/time-limit-decision", """
                {"accepted":true,"reason":"on reflection","decidedAt":"2027-01-06T10:00:00Z"}""");
        assertThat(again.getStatusCode().value()).isEqualTo(422);
        assertThat(json.readTree(again.getBody()).path("rule").asText()).isEqualTo("COMPLAINT_CLOSED");
    }

    @Test
    void excludingAComplaintOnAGroundOfItsProfileClosesItWithTheGroundsEffect() throws Exception {
        UUID id = register("cambridgeshire");
        String base = complaint("cambridgeshire", id);

        ResponseEntity<String> notListed = post(base + "/exclusion", """
                {"ground":"FORMAL_RIGHT_OF_APPEAL","wholeComplaint":true,"explanation":"appeal to the tribunal",
                 "excludedAt":"2027-01-05T09:00:00Z"}""");
        assertThat(notListed.getStatusCode().value()).isEqualTo(422);
        assertThat(json.readTree(notListed.getBody()).path("rule").asText()).isEqualTo("EXCLUSION_GROUND_NOT_RECOGNISED");
        assertThat(post(base + "/exclusion", "{\"ground\":\"ALIENS\",\"wholeComplaint\":true,\"explanation\":\"x\"}")
                .getStatusCode().value()).isEqualTo(400);

        ResponseEntity<String> excluded = post(base + "/exclusion", """
                {"ground":"LEGAL_PROCEEDINGS","wholeComplaint":true,
                 "explanation":"Care proceedings about the same matter are before the Family Court.",
                 "excludedAt":"2027-01-05T10:00:00Z"}""");

        assertThat(json.readTree(excluded.getBody()).path("status").asText()).isEqualTo("CLOSED");
        List<CloudEvent> published = awaitPublished(id, 2);
        assertThat(codec.decode(published.get(1), ComplaintExcluded.class)).isEqualTo(new ComplaintExcluded("cambridgeshire", id,
                Instant.parse("2027-01-05T10:00:00Z"), LocalDate.of(2027, 1, 5), 1, ExclusionGround.LEGAL_PROCEEDINGS,
                ExclusionEffect.MAY_RESUBMIT_AFTERWARDS, true, "cambridgeshire-v1#exclusions.grounds[LEGAL_PROCEEDINGS]"));
        assertThat(new String(published.get(1).getData().toBytes())).doesNotContain("Family Court");
    }

    private static String complaint(String tenant, UUID id) {
        return "/api/v1/tenants/" + tenant + "/complaints/" + id;
    }

    private List<CloudEvent> awaitPublished(UUID id, int expected) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> distinct(TopicReader.cloudEvents(
                TestInfrastructure.kafkaBootstrapServers(), Topics.COMPLAINT_EVENTS, event -> id.toString().equals(event.getSubject()))),
                events -> events.size() == expected);
    }

    private ResponseEntity<String> post(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private UUID register(String tenant) throws Exception {
        UUID id = UUID.randomUUID();
        SubmissionReceived submission = new SubmissionReceived(tenant, id, Instant.parse("2026-12-22T16:45:00Z"),
                "REF-" + id, ReceiptChannel.WEB, FeedbackType.COMPLAINT, null, false,
                new SubmissionReceived.Complainant(ComplainantRole.PARENT, "Alex Example", "alex@example.org", null,
                        ContactPreference.EMAIL), null, "No reply for six weeks.", null, null);
        kafka.send(new ProducerRecord<>(Topics.SUBMISSIONS, id.toString(),
                codec.encode(submission, UUID.randomUUID().toString(), "/test"))).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> http.getForEntity(complaint(tenant, id), Map.class)
                .getStatusCode().is2xxSuccessful());
        return id;
    }
}
