package org.complaintsplatform.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.complaintsplatform.contracts.complaint.EscalationRequested;
import org.complaintsplatform.contracts.complaint.PanelConvened;
import org.complaintsplatform.contracts.submission.SubmissionReceived;
import org.complaintsplatform.procedures.InvestigatorRole;
import org.complaintsplatform.procedures.Panel;
import org.complaintsplatform.procedures.ProcedureProfile;
import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.procedures.Route;
import org.complaintsplatform.procedures.RouteKind;
import org.complaintsplatform.procedures.Stage;
import org.complaintsplatform.testsupport.TestInfrastructure;
import org.complaintsplatform.testsupport.TopicReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The scenario of docs/scenarios/ for each seed organisation: a complaint from submission to closure
 * through every stage its procedure has, by caseworkers over HTTP, each request made the day after the
 * previous stage's response so it is in every window. The investigation roles and the panel follow the
 * organisation's profile.
 */
class ProcedureScenarioIT extends WorkflowIntegrationTest {

    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();
    private final Procedures procedures = Procedures.loadDefault();

    @ParameterizedTest
    @ValueSource(strings = {"core-assets", "cambridgeshire", "telford-wrekin", "bcp", "herefordshire"})
    void complaintRunsThroughEveryStageOfTheOrganisationsProcedure(String tenant) throws Exception {
        UUID complaintId = UUID.randomUUID();
        ProcedureProfile profile = procedures.profile(procedures.tenant(tenant).orElseThrow());
        // Without a route hint a complaint takes the statutory route where the organisation has one.
        Route route = profile.route(RouteKind.STATUTORY_CHILDREN).orElseGet(() -> profile.route(RouteKind.CORPORATE).orElseThrow());
        register(tenant, complaintId);
        String base = "/api/v1/tenants/" + tenant + "/complaints/" + complaintId;
        List<String> expected = new ArrayList<>(List.of(EventType.COMPLAINT_RECEIVED.ceType()));

        act(base + "/responses", "{\"stage\":1,\"findings\":[{\"point\":1,\"outcome\":\"PARTLY_UPHELD\"}],"
                + "\"respondedAt\":\"2027-01-18T12:00:00Z\"}");
        expected.add(EventType.STAGE_RESPONDED.ceType());
        String[] requestDays = {null, null, "2027-01-19", "2027-04-13"};
        String[] responseDays = {null, "2027-01-18", "2027-04-12", "2027-07-01"};
        for (Stage stage : route.stages().stream().filter(s -> s.number() > 1).toList()) {
            int n = stage.number();
            act(base + "/escalation-requests", "{\"toStage\":" + n + ",\"requestedAt\":\"" + requestDays[n] + "T10:00:00Z\"}");
            expected.addAll(List.of(EventType.ESCALATION_REQUESTED.ceType(), EventType.COMPLAINT_ESCALATED.ceType()));
            if (stage.investigation() != null) {
                act(base + "/statement", "{\"signed\":true,\"agreedAt\":\"2027-01-25T10:00:00Z\"}");
                expected.add(EventType.WRITTEN_STATEMENT_AGREED.ceType());
                for (InvestigatorRole role : stage.investigation().roles()) {
                    act(base + "/investigators", "{\"role\":\"" + role + "\",\"personRef\":\"" + role.name().toLowerCase()
                            + "-1\",\"declaredIndependent\":true,\"appointedAt\":\"2027-01-26T10:00:00Z\"}");
                    expected.add(role == InvestigatorRole.INDEPENDENT_PERSON
                            ? EventType.INDEPENDENT_PERSON_APPOINTED.ceType() : EventType.INVESTIGATOR_APPOINTED.ceType());
                }
                act(base + "/reports", "{\"kind\":\"FINAL\",\"author\":\"INVESTIGATING_OFFICER\","
                        + "\"submittedAt\":\"2027-03-12T10:00:00Z\"}");
                expected.add(EventType.INVESTIGATION_REPORT_SUBMITTED.ceType());
            }
            if (stage.panel() != null) {
                act(base + "/panel", "{\"members\":" + members(stage.panel()) + ",\"convenedAt\":\"2027-05-05T10:00:00Z\",\"meetingOn\":\"2027-06-10\"}");
                act(base + "/panel/meeting", "{\"at\":\"2027-06-10T14:00:00Z\"}");
                act(base + "/panel/findings", "{\"findings\":[{\"point\":1,\"outcome\":\"UPHELD\"}],"
                        + "\"receivedAt\":\"2027-06-16T10:00:00Z\"}");
                expected.addAll(List.of(EventType.PANEL_CONVENED.ceType(), EventType.PANEL_HELD.ceType(),
                        EventType.PANEL_FINDINGS_ISSUED.ceType()));
            }
            act(base + "/responses", "{\"stage\":" + n + ",\"findings\":[{\"point\":1,\"outcome\":\"UPHELD\"}],"
                    + "\"respondedAt\":\"" + responseDays[n] + "T12:00:00Z\"}");
            expected.add(EventType.STAGE_RESPONDED.ceType());
            if (n >= 2 && profile.learning().meeting() != null && profile.learning().meeting().timescale() != null) {
                expected.add(EventType.FOLLOW_UP_SCHEDULED.ceType()); // Telford & Wrekin's learning meeting
            }
        }
        JsonNode closed = act(base + "/closure", "{\"at\":\"2027-07-02T10:00:00Z\"}");
        expected.add(EventType.COMPLAINT_CLOSED.ceType());

        assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.path("stage").asInt()).isEqualTo(route.stages().size());
        assertThat(closed.path("dueDates")).isEmpty();
        List<CloudEvent> published = await().atMost(Duration.ofSeconds(30)).until(() ->
                distinct(TopicReader.cloudEvents(TestInfrastructure.kafkaBootstrapServers(), Topics.COMPLAINT_EVENTS,
                        event -> complaintId.toString().equals(event.getSubject()))), events -> events.size() == expected.size());
        assertThat(published).extracting(CloudEvent::getType).containsExactlyElementsOf(expected);
        assertThat(published).filteredOn(event -> event.getType().equals(EventType.ESCALATION_REQUESTED.ceType()))
                .allSatisfy(event -> assertThat(codec.decode(event, EscalationRequested.class).inTime()).isTrue());
        assertThat(published).filteredOn(event -> event.getType().equals(EventType.PANEL_CONVENED.ceType()))
                .allSatisfy(event -> assertThat(codec.decode(event, PanelConvened.class).meetingOn())
                        .isEqualTo(LocalDate.of(2027, 6, 10)));
    }

    /** The panel the profile asks for: its stated size (three where unstated), all independent, one chair. */
    private static String members(Panel panel) {
        int size = panel.members() == null ? 3 : panel.members();
        List<String> members = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            members.add("{\"personRef\":\"panel-" + i + "\",\"chair\":" + (i == 1) + ",\"independent\":true}");
        }
        return members.toString();
    }

    private JsonNode act(String path, String body) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> answer = http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
        assertThat(answer.getStatusCode().value()).as(path + " " + body + " -> " + answer.getBody()).isEqualTo(200);
        return json.readTree(answer.getBody());
    }

    private void register(String tenant, UUID complaintId) throws Exception {
        SubmissionReceived submission = new SubmissionReceived(tenant, complaintId, Instant.parse("2026-12-22T16:45:00Z"),
                "REF-" + complaintId, ReceiptChannel.WEB, FeedbackType.COMPLAINT, null, false,
                new SubmissionReceived.Complainant(ComplainantRole.PARENT, "Alex Example", "alex@example.org", null,
                        ContactPreference.EMAIL), null, "No reply for six weeks.", null, null);
        kafka.send(new ProducerRecord<>(Topics.SUBMISSIONS, complaintId.toString(),
                codec.encode(submission, UUID.randomUUID().toString(), "/test"))).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> http.getForEntity(
                "/api/v1/tenants/" + tenant + "/complaints/" + complaintId, Map.class).getStatusCode().is2xxSuccessful());
    }
}
