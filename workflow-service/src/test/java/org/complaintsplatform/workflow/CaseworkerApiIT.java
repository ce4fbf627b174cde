package org.complaintsplatform.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import org.complaintsplatform.contracts.Route;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.contracts.complaint.ComplaintResumed;
import org.complaintsplatform.contracts.submission.SubmissionReceived;
import org.complaintsplatform.testsupport.JsonFuzzer;
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
 * A Cambridgeshire complaint taken through Stage 1, into Stage 2, on hold and back, by caseworkers over
 * HTTP, with the dates worked out by hand in {@code ComplaintLifecycleTest}, and the public events it publishes.
 */
class CaseworkerApiIT extends WorkflowIntegrationTest {

    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();
    private final UUID complaintId = UUID.randomUUID();

    @Test
    void caseworkersTakeAComplaintThroughItsStagesAndEveryStepIsPublished() throws Exception {
        register();
        String base = "/api/v1/tenants/cambridgeshire/complaints/" + complaintId;
        ResponseEntity<String> registered = http.getForEntity(base, String.class);
        String etag = registered.getHeaders().getETag();
        // Cambridgeshire: a parent without parental responsibility is told the detail only with permission
        assertThat(json.readTree(registered.getBody()).path("informationSharing").toString())
                .isEqualTo("{\"level\":\"BRIEF_UNTIL_CONSENT\",\"rule\":\"cambridgeshire-v1#eligibility.detailOnlyWithConsent\",\"consent\":null}");

        ResponseEntity<String> responded = post(base + "/responses", etag, """
                {"stage":1,"findings":[{"point":1,"outcome":"PARTLY_UPHELD"},{"point":2,"outcome":"NOT_UPHELD"}],
                 "respondedAt":"2027-01-18T12:00:00Z"}""");
        assertThat(responded.getStatusCode().value()).isEqualTo(200);
        JsonNode afterResponse = json.readTree(responded.getBody());
        assertThat(afterResponse.path("status").asText()).isEqualTo("RESPONDED");
        assertThat(afterResponse.path("dueDates").toString()).contains("\"step\":\"REQUEST_WINDOW\"", "\"dueOn\":\"2027-02-15\"");

        ResponseEntity<String> stale = post(base + "/responses", etag, """
                {"stage":1,"findings":[{"point":1,"outcome":"UPHELD"}],"respondedAt":"2027-01-19T12:00:00Z"}""");
        assertThat(stale.getStatusCode().value()).isEqualTo(409);

        ResponseEntity<String> escalated = post(base + "/escalation-requests", responded.getHeaders().getETag(), """
                {"toStage":2,"requestedAt":"2027-02-10T10:00:00Z"}""");
        JsonNode atStageTwo = json.readTree(escalated.getBody());
        assertThat(atStageTwo.path("stage").asInt()).isEqualTo(2);
        assertThat(atStageTwo.path("dueDates").toString()).contains("\"step\":\"RESPONSE\"", "\"dueOn\":\"2027-03-17\"");

        ResponseEntity<String> notAllowed = post(base + "/extensions", null, """
                {"stage":2,"condition":"AGREED_WITH_COMPLAINANT","workingDays":30,"reason":"agreed by phone",
                 "extendedAt":"2027-02-11T10:00:00Z"}""");
        assertThat(notAllowed.getStatusCode().value()).isEqualTo(422);
        assertThat(json.readTree(notAllowed.getBody()).path("rule").asText()).isEqualTo("EXTENSION_NOT_ALLOWED");

        ResponseEntity<String> tooLong = post(base + "/extensions", null, """
                {"stage":2,"condition":"COMPLEX_CASE_NOTIFIED","workingDays":66,"reason":"very complex",
                 "extendedAt":"2027-02-11T10:00:00Z"}""");
        assertThat(json.readTree(tooLong.getBody()).path("rule").asText()).isEqualTo("EXTENSION_BEYOND_MAXIMUM");

        assertThat(json.readTree(post(base + "/suspension", null, """
                {"ground":"CHILD_PROTECTION_ENQUIRY","suspendedAt":"2027-03-05T10:00:00Z"}""").getBody())
                .path("status").asText()).isEqualTo("SUSPENDED");
        JsonNode resumed = json.readTree(post(base + "/resumption", null, """
                {"at":"2027-03-25T10:00:00Z"}""").getBody());
        assertThat(resumed.path("dueDates").toString()).contains("\"dueOn\":\"2027-04-08\"");

        List<CloudEvent> published = await().atMost(Duration.ofSeconds(30)).until(() ->
                distinct(TopicReader.cloudEvents(TestInfrastructure.kafkaBootstrapServers(), Topics.COMPLAINT_EVENTS,
                        event -> complaintId.toString().equals(event.getSubject()))), events -> events.size() == 6);
        assertThat(published).extracting(CloudEvent::getType).containsExactly(
                EventType.COMPLAINT_RECEIVED.ceType(), EventType.STAGE_RESPONDED.ceType(),
                EventType.ESCALATION_REQUESTED.ceType(), EventType.COMPLAINT_ESCALATED.ceType(),
                EventType.COMPLAINT_SUSPENDED.ceType(), EventType.COMPLAINT_RESUMED.ceType());
        ComplaintResumed resumedEvent = codec.decode(published.get(5), ComplaintResumed.class);
        assertThat(resumedEvent.deadlines()).singleElement()
                .satisfies(deadline -> assertThat(deadline.dueOn()).hasToString("2027-04-08"));
    }

    @Test
    void invalidActionsAnswerProblemDetailsNeverAServerError() throws Exception {
        register();
        String base = "/api/v1/tenants/cambridgeshire/complaints/" + complaintId;

        ResponseEntity<String> noFindings = post(base + "/responses", null, "{\"stage\":1,\"findings\":[]}");
        assertThat(noFindings.getStatusCode().value()).isEqualTo(400);
        assertThat(noFindings.getBody()).contains("\"field\":\"findings\"");

        assertThat(post(base + "/responses", null, "{\"stage\":1,").getStatusCode().value()).isEqualTo(400);
        assertThat(post(base + "/suspension", null, "{\"ground\":\"ALIENS\"}").getStatusCode().value()).isEqualTo(400);
        assertThat(post(base + "/closure", "\"not-a-version\"", "{}").getStatusCode().value()).isEqualTo(400);
        assertThat(post(base + "/closure", null, "{}").getStatusCode().value()).isEqualTo(422);
        assertThat(post("/api/v1/tenants/bcp/complaints/" + complaintId + "/closure", null, "{}").getStatusCode().value())
                .isEqualTo(404);
    }

    /**
     * Registered Monday 5 January 2026: Stage 1 response due in 10 working days, Monday 19 January 2026, long
     * past; registered Tuesday 22 December 2026: due Friday 8 January 2027 (Christmas, Boxing Day on Monday 28
     * and New Year's Day skipped), not yet due.
     */
    @Test
    void caseworkersListTheirComplaintsByStatusStageAndWhatIsOverdue() throws Exception {
        UUID late = UUID.randomUUID();
        register(late, Instant.parse("2026-01-05T10:00:00Z"));
        register();
        String list = "/api/v1/tenants/cambridgeshire/complaints?limit=200";

        JsonNode overdue = entry(list + "&overdue=true", late);
        assertThat(overdue.path("nextDueOn").asText()).isEqualTo("2026-01-19");
        assertThat(overdue.path("overdue").asBoolean()).isTrue();
        assertThat(entry(list + "&overdue=true", complaintId).isMissingNode()).isTrue();
        JsonNode current = entry(list + "&status=RECEIVED&stage=1", complaintId);
        assertThat(current.path("nextDueOn").asText()).isEqualTo("2027-01-08");
        assertThat(current.path("overdue").asBoolean()).isFalse();

        post("/api/v1/tenants/cambridgeshire/complaints/" + complaintId + "/responses", null, """
                {"stage":1,"findings":[{"point":1,"outcome":"UPHELD"}],"respondedAt":"2027-01-05T12:00:00Z"}""");
        assertThat(entry(list + "&status=RECEIVED", complaintId).isMissingNode()).isTrue();
        // responded: only the complainant's window to ask for Stage 2 runs, which is theirs, not overdue for anyone
        assertThat(entry(list + "&status=RESPONDED", complaintId).path("nextDueOn").isNull()).isTrue();

        assertThat(http.getForEntity(list + "&offset=-1", String.class).getStatusCode().value()).isEqualTo(400);
        assertThat(http.getForEntity(list + "&status=LOST", String.class).getStatusCode().value()).isEqualTo(400);
    }

    private JsonNode entry(String path, UUID id) throws Exception {
        for (JsonNode entry : json.readTree(http.getForEntity(path, String.class).getBody()).path("complaints")) {
            if (id.toString().equals(entry.path("complaintId").asText())) {
                return entry;
            }
        }
        return json.missingNode();
    }

    /** Valid bodies of every action, from the scenarios; the fuzzer makes bad and odd ones from them. */
    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("advocate", "{\"provider\":\"NYAS\",\"assignedAt\":\"2027-01-05T10:00:00Z\"}"),
            Map.entry("sufficient-interest", "{\"sufficientInterest\":true,\"reason\":\"grandparent, child agrees\"}"),
            Map.entry("extensions", "{\"stage\":1,\"condition\":\"AGREED_WITH_COMPLAINANT\",\"workingDays\":10,\"reason\":\"agreed\"}"),
            Map.entry("responses", "{\"stage\":1,\"findings\":[{\"point\":1,\"outcome\":\"PARTLY_UPHELD\"}],\"respondedAt\":\"2027-01-18T12:00:00Z\"}"),
            Map.entry("escalation-requests", "{\"toStage\":2,\"requestedAt\":\"2027-01-19T10:00:00Z\"}"),
            Map.entry("late-escalation-decision", "{\"accepted\":true,\"reason\":\"illness\"}"),
            Map.entry("statement", "{\"signed\":true,\"agreedAt\":\"2027-01-25T10:00:00Z\"}"),
            Map.entry("investigators", "{\"role\":\"INVESTIGATING_OFFICER\",\"personRef\":\"io-1\",\"declaredIndependent\":true}"),
            Map.entry("reports", "{\"kind\":\"FINAL\",\"author\":\"INVESTIGATING_OFFICER\",\"submittedAt\":\"2027-03-12T10:00:00Z\"}"),
            Map.entry("panel", "{\"members\":[{\"personRef\":\"p-1\",\"chair\":true,\"independent\":true}],\"convenedAt\":\"2027-05-05T10:00:00Z\"}"),
            Map.entry("panel/meeting", "{\"at\":\"2027-06-10T14:00:00Z\"}"),
            Map.entry("panel/findings", "{\"findings\":[{\"point\":1,\"outcome\":\"UPHELD\"}],\"receivedAt\":\"2027-06-16T10:00:00Z\"}"),
            Map.entry("suspension", "{\"ground\":\"CHILD_PROTECTION_ENQUIRY\",\"suspendedAt\":\"2027-01-05T10:00:00Z\"}"),
            Map.entry("resumption", "{\"at\":\"2027-01-20T10:00:00Z\"}"),
            Map.entry("withdrawal", "{\"reason\":\"resolved informally\"}"),
            Map.entry("closure", "{\"at\":\"2027-07-02T10:00:00Z\"}"),
            Map.entry("sharing-consent", "{\"givenBy\":\"PERSON_WITH_PARENTAL_RESPONSIBILITY\",\"signed\":true}"),
            Map.entry("time-limit-decision", "{\"accepted\":true,\"reason\":\"unaware until recently\"}"),
            Map.entry("exclusion", "{\"ground\":\"LEGAL_PROCEEDINGS\",\"wholeComplaint\":false,\"explanation\":\"court case\"}"),
            Map.entry("ombudsman-referral", "{\"body\":\"LGSCO\",\"referredAt\":\"2027-08-02T10:00:00Z\"}"),
            Map.entry("learning-actions", "{\"actionId\":\"5b0c7c0e-1d43-4a59-9a9b-2f6f1f0c2a11\",\"action\":\"weekly checks\",\"dueOn\":\"2027-03-31\"}"),
            Map.entry("learning-action-completion", "{\"actionId\":\"5b0c7c0e-1d43-4a59-9a9b-2f6f1f0c2a11\"}"),
            Map.entry("learning-meeting", "{\"at\":\"2027-08-02T10:00:00Z\"}"),
            Map.entry("behaviour-measures", "{\"measureId\":\"8d3e2f1a-6b7c-4d8e-9f00-112233445566\",\"measure\":\"written contact only\",\"endsOn\":\"2027-08-01\"}"),
            Map.entry("behaviour-measure-review", "{\"measureId\":\"8d3e2f1a-6b7c-4d8e-9f00-112233445566\",\"endsOn\":\"2027-09-01\"}"),
            Map.entry("direct-escalation", "{\"reason\":\"particularly complex\",\"agreedAt\":\"2027-01-06T11:00:00Z\"}"),
            Map.entry("ombudsman-outcome", "{\"outcome\":\"UPHELD\",\"decidedAt\":\"2027-11-02T10:00:00Z\"}"));

    @Test
    void fuzzedBodiesOnEveryActionAnswerProblemDetailsNeverAServerError() throws Exception {
        register();
        String base = "/api/v1/tenants/cambridgeshire/complaints/" + complaintId + "/";
        long seed = System.nanoTime();
        JsonFuzzer fuzzer = new JsonFuzzer(seed);
        List<String> serverErrors = new ArrayList<>();
        int sent = 0;
        for (Map.Entry<String, String> action : new TreeMap<>(ACTIONS).entrySet()) {
            for (String body : fuzzer.mutations(action.getValue(), 25)) {
                ResponseEntity<String> answer = post(base + action.getKey(), null, body);
                sent++;
                if (answer.getStatusCode().is5xxServerError()
                        || answer.getStatusCode().is4xxClientError() && !isProblem(answer)) {
                    serverErrors.add(answer.getStatusCode().value() + " on " + action.getKey() + " with " + abbreviated(body));
                }
            }
        }

        assertThat(serverErrors).as("seed %d, %d requests", seed, sent).isEmpty();
    }

    private static boolean isProblem(ResponseEntity<String> answer) {
        MediaType type = answer.getHeaders().getContentType();
        return type != null && type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    private void register() throws Exception {
        register(complaintId, Instant.parse("2026-12-22T16:45:00Z"));
    }

    private void register(UUID complaintId, Instant receivedAt) throws Exception {
        SubmissionReceived submission = new SubmissionReceived("cambridgeshire", complaintId,
                receivedAt, "CAM-2026-000777", ReceiptChannel.WEB, FeedbackType.COMPLAINT,
                Route.STATUTORY, false, new SubmissionReceived.Complainant(ComplainantRole.PARENT, "Alex Example",
                "alex@example.org", null, ContactPreference.EMAIL), null, "No reply for six weeks.", null);
        kafka.send(new ProducerRecord<>(Topics.SUBMISSIONS, complaintId.toString(),
                codec.encode(submission, UUID.randomUUID().toString(), "/test"))).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> http.getForEntity(
                "/api/v1/tenants/cambridgeshire/complaints/" + complaintId, Map.class).getStatusCode().is2xxSuccessful());
    }

    private ResponseEntity<String> post(String path, String ifMatch, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            headers.setIfMatch(ifMatch);
        }
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }
}
