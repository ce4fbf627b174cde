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
import org.complaintsplatform.contracts.complaint.ComplaintEscalated;
import org.complaintsplatform.contracts.complaint.ComplaintExcluded;
import org.complaintsplatform.contracts.complaint.ExclusionEffect;
import org.complaintsplatform.contracts.complaint.ExclusionGround;
import org.complaintsplatform.contracts.complaint.ExternalBody;
import org.complaintsplatform.contracts.complaint.OmbudsmanOutcome;
import org.complaintsplatform.contracts.complaint.OmbudsmanOutcomeRecorded;
import org.complaintsplatform.contracts.complaint.ReferredToOmbudsman;
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
 * limit, exclusions, the Ombudsman, Stage 1 left out by agreement; learning and unreasonable-behaviour measures stay
 * in workflow-service. Complaints received Tue 22 December 2026.
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

    /** A complaint refused as late goes to the LGSCO, which Telford &amp; Wrekin signposts "to consider a refusal on time-limit grounds". */
    @Test
    void referralToTheOmbudsmanAndItsOutcomeArePublishedForReporting() throws Exception {
        UUID id = register("telford-wrekin");
        String base = complaint("telford-wrekin", id);
        post(base + "/time-limit-decision", "{\"accepted\":false,\"reason\":\"too late\",\"decidedAt\":\"2027-01-05T10:00:00Z\"}");

        assertThat(post(base + "/ombudsman-outcome", "{\"outcome\":\"UPHELD\",\"decidedAt\":\"2027-02-01T10:00:00Z\"}")
                .getBody()).contains("\"rule\":\"NO_OMBUDSMAN_REFERRAL\"");
        assertThat(post(base + "/ombudsman-referral", "{\"body\":\"OFSTED\",\"referredAt\":\"2027-02-01T10:00:00Z\"}")
                .getBody()).contains("\"rule\":\"BODY_NOT_SIGNPOSTED\"");
        ResponseEntity<String> referred = post(base + "/ombudsman-referral", "{\"referredAt\":\"2027-02-01T10:00:00Z\"}");
        assertThat(referred.getStatusCode().value()).isEqualTo(200);
        ResponseEntity<String> decided = post(base + "/ombudsman-outcome", """
                {"outcome":"NOT_UPHELD","decidedAt":"2027-05-14T15:00:00Z"}""");
        assertThat(json.readTree(decided.getBody()).path("status").asText()).isEqualTo("CLOSED");

        List<CloudEvent> published = awaitPublished(id, 4);
        assertThat(codec.decode(published.get(2), ReferredToOmbudsman.class)).isEqualTo(new ReferredToOmbudsman("telford-wrekin", id,
                Instant.parse("2027-02-01T10:00:00Z"), LocalDate.of(2027, 2, 1), ExternalBody.LGSCO, 1, true));
        assertThat(codec.decode(published.get(3), OmbudsmanOutcomeRecorded.class)).isEqualTo(new OmbudsmanOutcomeRecorded(
                "telford-wrekin", id, Instant.parse("2027-05-14T15:00:00Z"), LocalDate.of(2027, 5, 14), ExternalBody.LGSCO,
                OmbudsmanOutcome.NOT_UPHELD));
    }

    /** Cambridgeshire's Stage 2: 25 working days from the agreement on Wed 6 January 2027, Wed 10 February. */
    @Test
    void complaintTakenStraightToStageTwoPublishesTheEscalationWithStageTwosClock() throws Exception {
        UUID id = register("cambridgeshire");

        ResponseEntity<String> escalated = post(complaint("cambridgeshire", id) + "/direct-escalation", """
                {"reason":"particularly complex: four services involved","agreedAt":"2027-01-06T11:00:00Z"}""");

        JsonNode atStageTwo = json.readTree(escalated.getBody());
        assertThat(atStageTwo.path("stage").asInt()).isEqualTo(2);
        assertThat(atStageTwo.path("dueDates").toString()).contains("\"dueOn\":\"2027-02-10\"");
        assertThat(atStageTwo.path("timeline").toString()).contains("leave out Stage 1");
        List<CloudEvent> published = awaitPublished(id, 2);
        ComplaintEscalated event = codec.decode(published.get(1), ComplaintEscalated.class);
        assertThat(event.fromStage()).isEqualTo(1);
        assertThat(event.deadlines()).singleElement().satisfies(deadline -> {
            assertThat(deadline.step()).isEqualTo("RESPONSE");
            assertThat(deadline.dueOn()).isEqualTo(LocalDate.of(2027, 2, 10));
        });
        ResponseEntity<String> bcp = post(complaint("bcp", register("bcp")) + "/direct-escalation", """
                {"reason":"complex","agreedAt":"2027-01-06T11:00:00Z"}""");
        assertThat(json.readTree(bcp.getBody()).path("rule").asText()).isEqualTo("DIRECT_ESCALATION_NOT_OFFERED");
    }

    /** Telford &amp; Wrekin reviews a measure within a year: imposed Mon 1 February 2027, review due 1 February 2028. */
    @Test
    void learningActionsAndBehaviourMeasuresShowOnTheTimelineAndStayInWorkflow() throws Exception {
        UUID id = register("telford-wrekin");
        String base = complaint("telford-wrekin", id);
        UUID action = UUID.randomUUID();
        UUID measure = UUID.randomUUID();

        post(base + "/learning-actions", "{\"actionId\":\"" + action + "\",\"action\":\"Weekly check of unanswered calls\","
                + "\"dueOn\":\"2027-03-31\",\"recordedAt\":\"2027-01-05T10:00:00Z\"}");
        post(base + "/learning-action-completion", "{\"actionId\":\"" + action + "\",\"completedAt\":\"2027-01-20T10:00:00Z\"}");
        ResponseEntity<String> imposed = post(base + "/behaviour-measures", "{\"measureId\":\"" + measure + "\","
                + "\"measure\":\"One named officer only\",\"endsOn\":\"2028-03-31\",\"imposedAt\":\"2027-02-01T10:00:00Z\"}");
        ResponseEntity<String> unknown = post(base + "/behaviour-measure-review", "{\"measureId\":\"" + UUID.randomUUID() + "\","
                + "\"endsOn\":\"2028-03-31\",\"reviewedAt\":\"2027-02-02T10:00:00Z\"}");
        ResponseEntity<String> meeting = post(base + "/learning-meeting", "{\"at\":\"2027-02-02T10:00:00Z\"}");

        String timeline = json.readTree(imposed.getBody()).path("timeline").toString();
        assertThat(timeline).contains("Learning action " + action + " recorded on 5 January 2027, due 31 March 2027",
                "carried out on 20 January 2027 (due 31 March 2027)",
                "measure " + measure + " imposed on 1 February 2027 until 31 March 2028; review due 1 February 2028");
        assertThat(timeline).doesNotContain("unanswered calls", "named officer");
        assertThat(json.readTree(unknown.getBody()).path("rule").asText()).isEqualTo("MEASURE_UNKNOWN");
        assertThat(json.readTree(meeting.getBody()).path("rule").asText()).isEqualTo("LEARNING_MEETING_NOT_DUE");
        // only the measure's review date leaves workflow (for deadline-service), then the next public event in order
        post(base + "/ombudsman-referral", "{\"referredAt\":\"2027-02-03T10:00:00Z\"}");
        List<CloudEvent> published = awaitPublished(id, 3);
        assertThat(published).extracting(CloudEvent::getType).containsExactly(EventType.COMPLAINT_RECEIVED.ceType(),
                EventType.FOLLOW_UP_SCHEDULED.ceType(), EventType.REFERRED_TO_OMBUDSMAN.ceType());
        assertThat(new String(published.get(1).getData().toBytes(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"step\":\"MEASURE_REVIEW:" + measure + "\"", "\"dueOn\":\"2028-02-01\"")
                .doesNotContain("named officer");
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
