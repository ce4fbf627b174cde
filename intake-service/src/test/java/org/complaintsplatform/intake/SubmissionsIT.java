package org.complaintsplatform.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.complaintsplatform.contracts.ComplainantRole;
import org.complaintsplatform.contracts.ContactPreference;
import org.complaintsplatform.contracts.FeedbackType;
import org.complaintsplatform.contracts.ReceiptChannel;
import org.complaintsplatform.contracts.Route;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.contracts.submission.SubmissionReceived;
import org.complaintsplatform.testsupport.TestInfrastructure;
import org.complaintsplatform.testsupport.JsonFuzzer;
import org.complaintsplatform.testsupport.TestTokens;
import org.complaintsplatform.testsupport.TopicReader;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

class SubmissionsIT extends IntakeIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CloudEventCodec codec;

    @BeforeEach
    void startFromEmptyTables() {
        jdbc.execute("TRUNCATE attachment, submission, reference_counter");
    }

    @Test
    void acceptedSubmissionIsNumberedAndPublishedOnTheSubmissionsTopic() throws Exception {
        HttpResponse<String> response = post("cambridgeshire", "key-1", complaint().toString());

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode receipt = json.readTree(response.body());
        UUID complaintId = UUID.fromString(receipt.get("complaintId").asText());
        assertThat(receipt.get("reference").asText()).isEqualTo("CAM-2026-000001");
        assertThat(Instant.parse(receipt.get("receivedAt").asText())).isEqualTo(NOW);
        assertThat(response.headers().firstValue("Location"))
                .hasValue("/api/v1/tenants/cambridgeshire/submissions/" + complaintId);

        List<ConsumerRecord<String, CloudEvent>> records = publishedRecordsFor(complaintId);
        assertThat(records).hasSize(1);
        ConsumerRecord<String, CloudEvent> record = records.getFirst();
        assertThat(record.key()).isEqualTo(complaintId.toString());
        assertThat(header(record, "ce_type")).isEqualTo("org.complaintsplatform.submission-received.v1");
        assertThat(header(record, "ce_source")).isEqualTo("/intake-service");
        assertThat(header(record, "ce_subject")).isEqualTo(complaintId.toString());
        String storedEventId = jdbc.queryForObject("SELECT event_id::text FROM submission WHERE complaint_id = ?",
                String.class, complaintId);
        assertThat(record.value().getId()).isEqualTo(storedEventId);
        assertThat(codec.decode(record.value(), SubmissionReceived.class)).isEqualTo(new SubmissionReceived(
                "cambridgeshire", complaintId, NOW, "CAM-2026-000001", ReceiptChannel.WEB, FeedbackType.COMPLAINT,
                Route.STATUTORY, false,
                new SubmissionReceived.Complainant(ComplainantRole.PARENT, "Alex Example", "alex@example.org", null,
                        ContactPreference.EMAIL),
                new SubmissionReceived.Child("Sam Example", LocalDate.of(2014, 5, 2)),
                "My son's social worker has not returned my calls for six weeks.",
                "A named contact and a visit before Christmas.",
                new SubmissionReceived.Triage(false, null, false, List.of(), false, false, null, Route.STATUTORY,
                        false, List.of())));
    }

    @Test
    void triageFlagsAreAnsweredStoredAndPublished() throws Exception {
        ObjectNode body = complaint();
        body.putArray("incidentDates").add("2025-11-10").add("2025-10-06");
        body.putArray("circumstances").add("LEGAL_PROCEEDINGS");
        ((ObjectNode) body.get("child")).put("inCare", true);
        body.put("summary", "My son says he is not safe at his placement and nobody listens.");

        HttpResponse<String> response = post("cambridgeshire", "triage-key", body.toString());

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode receipt = json.readTree(response.body());
        assertThat(receipt.get("triage")).isEqualTo(json.readTree("""
                {"outOfTime": true,
                 "timeLimit": {"whatHappenedOn": "2025-11-10", "firstHappenedOn": "2025-10-06", "becameAwareOn": null,
                               "countedFrom": "2025-11-10", "limitAmount": 12, "limitUnit": "CALENDAR_MONTHS",
                               "lastDayInTime": "2026-11-10", "receivedOn": "2026-12-22", "daysLate": 42, "discretion": true,
                               "lateAcceptance": [
                                 {"kind": "UNAWARE_UNTIL_RECENTLY", "effect": "COUNTED_FROM_AWARENESS", "indicated": false,
                                  "rule": "The complainant was unaware of the events until recently: counted from when they became aware (CAM-A12 (b))."},
                                 {"kind": "CHILD_UNABLE_TO_COMPLAIN_IN_TIME", "effect": "CONSIDERED", "indicated": false,
                                  "rule": "A child or young person who could not, or did not feel confident to, complain within 12 months may be accepted."}]},
                 "possibleExclusion": true, "exclusionGrounds": ["LEGAL_PROCEEDINGS"],
                 "sufficientInterestToDecide": false,
                 "advocacyToOffer": true, "advocacyProvider": "National Youth Advocacy Service (NYAS)",
                 "suggestedRoute": "STATUTORY",
                 "safeguardingReview": true, "safeguardingKeywords": ["not safe"]}"""));
        UUID complaintId = UUID.fromString(receipt.get("complaintId").asText());
        assertThat(json.readTree(get("/api/v1/tenants/cambridgeshire/submissions/" + complaintId).body()))
                .isEqualTo(withoutSecret(receipt));
        assertThat(json.readTree(post("cambridgeshire", "triage-key", body.toString()).body())).isEqualTo(receipt);
        SubmissionReceived published = codec.decode(publishedRecordsFor(complaintId).getFirst().value(), SubmissionReceived.class);
        assertThat(published.triage()).isEqualTo(new SubmissionReceived.Triage(true,
                new SubmissionReceived.TimeLimitCheck(LocalDate.of(2025, 11, 10), LocalDate.of(2025, 10, 6), null,
                        LocalDate.of(2025, 11, 10), 12, "CALENDAR_MONTHS", LocalDate.of(2026, 11, 10),
                        LocalDate.of(2026, 12, 22), 42, true, List.of(
                        new SubmissionReceived.LateAcceptanceCheck("UNAWARE_UNTIL_RECENTLY", "COUNTED_FROM_AWARENESS",
                                "The complainant was unaware of the events until recently: counted from when they became aware (CAM-A12 (b)).",
                                false),
                        new SubmissionReceived.LateAcceptanceCheck("CHILD_UNABLE_TO_COMPLAIN_IN_TIME", "CONSIDERED",
                                "A child or young person who could not, or did not feel confident to, complain within 12 months may be accepted.",
                                false))),
                true, List.of("LEGAL_PROCEEDINGS"), false, true, "National Youth Advocacy Service (NYAS)",
                Route.STATUTORY, true, List.of("not safe")));
    }

    @Test
    void openApiDocumentDescribesTheSubmissionsApiWithExamples() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = json.readTree(response.body());
        assertThat(document.get("openapi").asText()).startsWith("3.");
        JsonNode submit = document.at("/paths/~1api~1v1~1tenants~1{tenantId}~1submissions/post");
        assertThat(submit.isMissingNode()).isFalse();
        assertThat(submit.at("/requestBody/content/application~1json/examples").fieldNames())
                .toIterable().containsExactlyInAnyOrder("parent, statutory", "anonymous comment");
        assertThat(submit.at("/responses").fieldNames()).toIterable().contains("202", "400", "404", "413", "422");
        assertThat(submit.at("/parameters").findValuesAsText("name")).contains("tenantId", "Idempotency-Key");
        assertThat(document.at("/paths/~1api~1v1~1tenants~1{tenantId}~1submissions~1{complaintId}/get").isMissingNode()).isFalse();
        assertThat(document.at("/components/schemas/Triage/properties/outOfTime").isMissingNode()).isFalse();
        assertThat(submit.at("/responses/202/content/application~1json/examples/out of time, statutory/value/statusSecret")
                .asText()).hasSize(43);
        JsonNode status = document.at("/paths/~1api~1v1~1tenants~1{tenantId}~1submissions~1status/get");
        assertThat(status.at("/parameters").findValuesAsText("name")).contains("tenantId", "reference", "X-Submission-Secret");
        assertThat(status.at("/responses").fieldNames()).toIterable().contains("200", "400", "404");
        assertThat(document.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        assertThat(document.at("/security/0/bearer").isArray()).isTrue();
    }

    @Test
    void swaggerUiIsServed() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/swagger-ui/index.html")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("swagger-ui");
    }

    @Test
    void eventInTheFutureIsABadRequest() throws Exception {
        HttpResponse<String> response = post("cambridgeshire", "future-key",
                complaint().put("whatHappenedOn", "2026-12-23").toString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errors(response)).containsExactly("whatHappenedOn: must not be in the future");
    }

    @Test
    void accessibilityNeedsLanguageAdvocateAndConsentArePublishedForWorkflow() throws Exception {
        ObjectNode body = complaint();
        ((ObjectNode) body.get("complainant")).put("accessibilityNeeds", "Letters in large print; a BSL interpreter at meetings.")
                .put("language", "pt-BR");
        body.putObject("advocate").put("name", "Jo Advocate").put("organisation", "National Youth Advocacy Service (NYAS)")
                .put("email", "jo.advocate@example.org").put("telephone", "0808 808 1001");
        body.put("consentToShare", true);

        HttpResponse<String> response = post("bcp", "advocate-key", body.toString());

        assertThat(response.statusCode()).isEqualTo(202);
        UUID complaintId = UUID.fromString(json.readTree(response.body()).get("complaintId").asText());
        SubmissionReceived published = codec.decode(publishedRecordsFor(complaintId).getFirst().value(), SubmissionReceived.class);
        assertThat(published.complainant().accessibilityNeeds()).isEqualTo("Letters in large print; a BSL interpreter at meetings.");
        assertThat(published.complainant().language()).isEqualTo("pt-BR");
        assertThat(published.advocate()).isEqualTo(new SubmissionReceived.Advocate("Jo Advocate",
                "National Youth Advocacy Service (NYAS)", "jo.advocate@example.org", "0808 808 1001", null));
        assertThat(published.consentToShare()).isTrue();
    }

    @Test
    void advocateWithoutANameAndALanguageThatIsNoTagAreBadRequests() throws Exception {
        ObjectNode body = complaint();
        ((ObjectNode) body.get("complainant")).put("language", "Portuguese (Brazil)");
        body.putObject("advocate").put("email", "not an address");

        HttpResponse<String> response = post("bcp", "bad-advocate-key", body.toString());

        assertThat(errors(response)).containsExactly("advocate.email: must be a well-formed email address",
                "advocate.name: is required", "complainant.language: must be a BCP 47 language tag such as en, cy or pt-BR");
    }

    @Test
    void datesThatCannotBeTrueAreABadRequestEachNamed() throws Exception {
        ObjectNode body = complaint();
        body.putArray("incidentDates").add("2026-03-02").add("2026-12-23");
        body.put("becameAwareOn", "2026-03-01");
        body.put("previouslyAnsweredOn", "2027-01-04");

        HttpResponse<String> response = post("cambridgeshire", "impossible-dates-key", body.toString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errors(response)).containsExactly("becameAwareOn: must not be before the first event complained about",
                "incidentDates[1]: must not be in the future", "previouslyAnsweredOn: must not be in the future");
    }

    @Test
    void oneDateOrSeveralButNotBoth() throws Exception {
        ObjectNode body = complaint().put("whatHappenedOn", "2026-03-02");
        body.putArray("incidentDates").add("2026-03-09");

        HttpResponse<String> response = post("cambridgeshire", "both-dates-key", body.toString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errors(response)).containsExactly(
                "incidentDates: give whatHappenedOn for one event or incidentDates for several, not both");
    }

    @Test
    void unknownCircumstanceIsABadRequest() throws Exception {
        ObjectNode body = complaint();
        body.putArray("circumstances").add("BAD_WEATHER");

        HttpResponse<String> response = post("cambridgeshire", "bad-circumstance-key", body.toString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("circumstances");
    }

    @Test
    void submissionCanBeLookedUpOnlyWithinItsTenant() throws Exception {
        JsonNode receipt = json.readTree(post("cambridgeshire", "key-1", complaint().toString()).body());
        String complaintId = receipt.get("complaintId").asText();

        HttpResponse<String> own = get("/api/v1/tenants/cambridgeshire/submissions/" + complaintId);
        HttpResponse<String> other = get("/api/v1/tenants/bcp/submissions/" + complaintId);
        HttpResponse<String> unknown = get("/api/v1/tenants/cambridgeshire/submissions/" + UUID.randomUUID());

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(json.readTree(own.body())).isEqualTo(withoutSecret(receipt));
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void retryWithTheSameKeyAndBodyGetsTheFirstAnswerAndPublishesNothingNew() throws Exception {
        HttpResponse<String> first = post("cambridgeshire", "retry-key", complaint().toString());
        String reordered = """
                {"summary": "My son's social worker has not returned my calls for six weeks.",
                 "desiredOutcome": "A named contact and a visit before Christmas.",
                 "child": {"dateOfBirth": "2014-05-02", "name": "Sam Example"},
                 "complainant": {"preferredContact": "EMAIL", "email": "alex@example.org", "name": "Alex Example", "role": "PARENT"},
                 "routeHint": "STATUTORY", "feedbackType": "COMPLAINT", "channel": "WEB", "anonymous": false}""";
        HttpResponse<String> retry = post("cambridgeshire", "retry-key", reordered);

        assertThat(retry.statusCode()).isEqualTo(202);
        assertThat(json.readTree(retry.body())).isEqualTo(json.readTree(first.body()));
        UUID complaintId = UUID.fromString(json.readTree(first.body()).get("complaintId").asText());
        assertThat(publishedRecordsFor(complaintId)).hasSize(1);
        assertThat(submissionsOf("cambridgeshire")).isEqualTo(1);
    }

    @Test
    void sameKeyWithAnotherBodyIsUnprocessable() throws Exception {
        post("cambridgeshire", "reused-key", complaint().toString());

        HttpResponse<String> response = post("cambridgeshire", "reused-key", complaint().put("summary", "Something else.").toString());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(422);
        assertThat(submissionsOf("cambridgeshire")).isEqualTo(1);
    }

    @Test
    void sameKeyInAnotherTenantIsAnotherSubmission() throws Exception {
        HttpResponse<String> cambridgeshire = post("cambridgeshire", "shared-key", complaint().toString());
        HttpResponse<String> bcp = post("bcp", "shared-key", complaint().toString());

        assertThat(json.readTree(cambridgeshire.body()).get("reference").asText()).isEqualTo("CAM-2026-000001");
        assertThat(json.readTree(bcp.body()).get("reference").asText()).isEqualTo("BCP-2026-000001");
    }

    @Test
    void unknownTenantIsNotFoundWhateverItSends() throws Exception {
        HttpResponse<String> valid = post("atlantis", "key-1", complaint().toString());
        HttpResponse<String> malformed = post("atlantis", "key-1", "{not json");

        assertThat(valid.statusCode()).isEqualTo(404);
        assertThat(valid.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(malformed.statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/tenants/atlantis/submissions/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    }

    @Test
    void missingIdempotencyKeyIsABadRequest() throws Exception {
        HttpResponse<String> response = post("cambridgeshire", null, complaint().toString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errors(response)).containsExactly("Idempotency-Key: is required");
        assertThat(submissionsOf("cambridgeshire")).isZero();
    }

    @Test
    void idempotencyKeyOverTwoHundredCharactersIsABadRequest() throws Exception {
        HttpResponse<String> response = post("cambridgeshire", "k".repeat(201), complaint().toString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errors(response)).containsExactly("Idempotency-Key: must be 1 to 200 characters, not blank");
    }

    @Test
    void malformedJsonIsABadRequestWithProblemDetails() throws Exception {
        HttpResponse<String> response = post("cambridgeshire", "key-1", "{\"feedbackType\": \"COMPLAINT\",");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("title").asText()).isEqualTo("Invalid request");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("body");
        assertThat(problem.get("errors").get(0).get("message").asText()).startsWith("is not well-formed JSON");
    }

    @Test
    void emptyBodyIsABadRequest() throws Exception {
        HttpResponse<String> response = post("cambridgeshire", "key-1", "");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errors(response)).containsExactly("body: is required and must be JSON");
    }

    @Test
    void missingRequiredFieldsAreListed() throws Exception {
        HttpResponse<String> response = post("cambridgeshire", "key-1", "{}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errors(response)).containsExactly(
                "complainant: is required", "feedbackType: is required", "summary: is required");
    }

    @Test
    void namedSubmissionNeedsANameAndTheContactItPrefers() throws Exception {
        ObjectNode body = complaint();
        ((ObjectNode) body.get("complainant")).remove(List.of("name", "email"));
        ((ObjectNode) body.get("complainant")).put("preferredContact", "EMAIL");
        ObjectNode byPost = complaint();
        ((ObjectNode) byPost.get("complainant")).put("preferredContact", "POST");

        assertThat(errors(post("cambridgeshire", "key-1", body.toString()))).containsExactly(
                "complainant.email: is required when preferredContact is EMAIL",
                "complainant.name: is required unless the submission is anonymous");
        assertThat(errors(post("cambridgeshire", "key-2", byPost.toString()))).containsExactly(
                "complainant.postalAddress: is required when preferredContact is POST");
    }

    @Test
    void anonymousSubmissionNeedsNoNameOrContact() throws Exception {
        String body = """
                {"feedbackType": "COMPLAINT", "anonymous": true, "channel": "PHONE",
                 "complainant": {"role": "OTHER", "preferredContact": "POST"},
                 "summary": "Staff at the contact centre were rude."}""";

        HttpResponse<String> response = post("telford-wrekin", "anon-1", body);

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(json.readTree(response.body()).get("reference").asText()).isEqualTo("TW-2026-000001");
    }

    @Test
    void wrongTypesBadValuesAndBadDatesAreListedByField() throws Exception {
        ObjectNode badEnum = complaint().put("feedbackType", "GRUMBLE");
        ObjectNode badDate = complaint();
        ((ObjectNode) badDate.get("child")).put("dateOfBirth", "2014-13-40");
        ObjectNode badBoolean = complaint().put("anonymous", "yes");
        ObjectNode numberForText = complaint().put("summary", 42);
        ObjectNode futureBirth = complaint();
        ((ObjectNode) futureBirth.get("child")).put("dateOfBirth", "2026-12-23");
        ObjectNode tooLong = complaint().put("desiredOutcome", "x".repeat(5_001));
        ObjectNode badEmail = complaint();
        ((ObjectNode) badEmail.get("complainant")).put("email", "not an address");

        assertThat(errors(post("cambridgeshire", "k1", badEnum.toString())))
                .containsExactly("feedbackType: must be one of [COMPLAINT, COMPLIMENT, COMMENT, ENQUIRY, MP_COUNCILLOR_ENQUIRY]");
        assertThat(errors(post("cambridgeshire", "k2", badDate.toString())))
                .containsExactly("child.dateOfBirth: must be a date as yyyy-MM-dd");
        assertThat(errors(post("cambridgeshire", "k3", badBoolean.toString())))
                .containsExactly("anonymous: must be true or false");
        assertThat(errors(post("cambridgeshire", "k4", numberForText.toString())))
                .containsExactly("summary: must be a string");
        assertThat(errors(post("cambridgeshire", "k5", futureBirth.toString())))
                .containsExactly("child.dateOfBirth: must not be in the future");
        assertThat(errors(post("cambridgeshire", "k6", tooLong.toString())))
                .containsExactly("desiredOutcome: size must be between 0 and 5000");
        assertThat(errors(post("cambridgeshire", "k7", badEmail.toString())))
                .containsExactly("complainant.email: must be a well-formed email address");
        assertThat(submissionsOf("cambridgeshire")).isZero();
    }

    @Test
    void controlCharactersInTextAreABadRequestNamingTheField() throws Exception {
        ObjectNode nulInSummary = complaint().put("summary", "My son's social worker\u0000 has not called.");
        ObjectNode controlsInName = complaint();
        ((ObjectNode) controlsInName.get("complainant")).put("name", "Alex\u0000Example\u001B");

        assertThat(errors(post("cambridgeshire", "k1", nulInSummary.toString()))).containsExactly(
                "summary: must not contain control characters other than tab, line feed and carriage return");
        assertThat(errors(post("cambridgeshire", "k2", controlsInName.toString()))).containsExactly(
                "complainant.name: must not contain control characters other than tab, line feed and carriage return");
        assertThat(submissionsOf("cambridgeshire")).isZero();
    }

    @Test
    void tabsAndLineBreaksInTextAreAccepted() throws Exception {
        HttpResponse<String> response = post("cambridgeshire", "key-1",
                complaint().put("summary", "First call:\t3 May.\r\nSecond call:\t10 May.\n").toString());

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(submissionsOf("cambridgeshire")).isEqualTo(1);
    }

    @Test
    void feedbackTypeTheTenantsProcedureDoesNotListIsUnprocessable() throws Exception {
        // Core Assets' profile lists complaints and comments only
        HttpResponse<String> response = post("core-assets", "key-1", complaint().put("feedbackType", "ENQUIRY").toString());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(422);
        assertThat(problem.get("title").asText()).isEqualTo("Feedback type not accepted");
        assertThat(problem.get("detail").asText()).contains("'core-assets'", "ENQUIRY");
        assertThat(problem.get("tenantId").asText()).isEqualTo("core-assets");
        assertThat(problem.get("feedbackType").asText()).isEqualTo("ENQUIRY");
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("feedbackType");
        assertThat(submissionsOf("core-assets")).as("nothing stored, so nothing published").isZero();
        assertThat(post("cambridgeshire", "key-1", complaint().put("feedbackType", "ENQUIRY").toString()).statusCode())
                .as("a tenant whose profile lists enquiries").isEqualTo(202);
    }

    @Test
    void everyFeedbackTypeCambridgeshireListsIsAcceptedAndPublished() throws Exception {
        for (FeedbackType type : FeedbackType.values()) {
            HttpResponse<String> response = post("cambridgeshire", "type-" + type, complaint().put("feedbackType", type.name()).toString());

            assertThat(response.statusCode()).as(type.name()).isEqualTo(202);
            UUID complaintId = UUID.fromString(field(response, "complaintId"));
            assertThat(publishedRecordsFor(complaintId)).singleElement()
                    .satisfies(record -> assertThat(codec.decode(record.value(), SubmissionReceived.class).feedbackType())
                            .isEqualTo(type));
        }
    }

    @Test
    void unknownPropertiesAreIgnored() throws Exception {
        HttpResponse<String> response = post("cambridgeshire", "key-1",
                complaint().put("favouriteColour", "green").put("nested", "x").toString());

        assertThat(response.statusCode()).isEqualTo(202);
    }

    @Test
    void oversizeBodyIsRejected() throws Exception {
        HttpResponse<String> response = post("cambridgeshire", "key-1",
                complaint().put("summary", "x".repeat(300_000)).toString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(submissionsOf("cambridgeshire")).isZero();
    }

    @Test
    void tenantsHaveIndependentSequences() throws Exception {
        List<String> references = new ArrayList<>();
        for (String[] call : new String[][] {{"cambridgeshire", "a"}, {"herefordshire", "b"}, {"cambridgeshire", "c"},
                {"core-assets", "d"}, {"herefordshire", "e"}}) {
            references.add(json.readTree(post(call[0], call[1], complaint().toString()).body()).get("reference").asText());
        }

        assertThat(references).containsExactly(
                "CAM-2026-000001", "HER-2026-000001", "CAM-2026-000002", "CA-2026-000001", "HER-2026-000002");
    }

    @Test
    void concurrentSubmissionsGetDistinctReferences() throws Exception {
        List<HttpResponse<String>> responses = concurrently(20, i -> post("cambridgeshire", "parallel-" + i, complaint().toString()));

        assertThat(responses).allSatisfy(response -> assertThat(response.statusCode()).isEqualTo(202));
        Set<String> references = responses.stream().map(response -> field(response, "reference")).collect(Collectors.toSet());
        assertThat(references).isEqualTo(IntStream.rangeClosed(1, 20)
                .mapToObj(n -> String.format("CAM-2026-%06d", n)).collect(Collectors.toSet()));
    }

    @Test
    void concurrentRetriesCreateOneSubmission() throws Exception {
        List<HttpResponse<String>> responses = concurrently(10, i -> post("cambridgeshire", "same-key", complaint().toString()));

        assertThat(responses).allSatisfy(response -> assertThat(response.statusCode()).isEqualTo(202));
        assertThat(responses.stream().map(response -> field(response, "complaintId")).distinct()).hasSize(1);
        assertThat(responses.stream().map(response -> field(response, "reference")).distinct()).containsExactly("CAM-2026-000001");
        assertThat(submissionsOf("cambridgeshire")).isEqualTo(1);
        UUID complaintId = UUID.fromString(field(responses.getFirst(), "complaintId"));
        assertThat(publishedRecordsFor(complaintId)).hasSize(1);
    }

    @Test
    void healthAndPrometheusAreExposed() throws Exception {
        post("cambridgeshire", "key-1", complaint().toString());

        HttpResponse<String> health = get("/actuator/health");
        HttpResponse<String> prometheus = get("/actuator/prometheus");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json.readTree(health.body()).get("status").asText()).isEqualTo("UP");
        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.body()).contains("complaints_outbox_pending", "complaints_intake_submissions_total");
    }

    private interface Call {
        HttpResponse<String> send(int index) throws Exception;
    }

    private static List<HttpResponse<String>> concurrently(int count, Call call) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(count)) {
            List<Callable<HttpResponse<String>>> calls = IntStream.range(0, count)
                    .<Callable<HttpResponse<String>>>mapToObj(i -> () -> call.send(i))
                    .toList();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> future : pool.invokeAll(calls)) {
                responses.add(future.get());
            }
            return responses;
        }
    }

    private String field(HttpResponse<String> response, String name) {
        try {
            return json.readTree(response.body()).get(name).asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The problem's errors as "field: message", in the order answered. */
    private List<String> errors(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        List<String> errors = new ArrayList<>();
        json.readTree(response.body()).get("errors")
                .forEach(error -> errors.add(error.get("field").asText() + ": " + error.get("message").asText()));
        return errors;
    }

    private long submissionsOf(String tenant) {
        return jdbc.queryForObject("SELECT count(*) FROM submission WHERE tenant_id = ?", Long.class, tenant);
    }

    @Test
    void fuzzedSubmissionsAnswerProblemDetailsNeverAServerError() throws Exception {
        long seed = System.nanoTime();
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (String body : new JsonFuzzer(seed).mutations(complaint().toString(), 300)) {
            HttpResponse<String> answer = post("herefordshire", "fuzz-" + sent++, body);
            boolean problem = answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
            if (answer.statusCode() >= 500 || answer.statusCode() >= 400 && !problem) {
                wrong.add(answer.statusCode() + " with " + (body.length() > 300 ? body.substring(0, 300) + "..." : body));
            }
        }

        assertThat(wrong).as("seed %d, %d requests", seed, sent).isEmpty();
    }

    private HttpResponse<String> post(String tenant, @Nullable String idempotencyKey, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/tenants/" + tenant + "/submissions"))
                .header("Authorization", "Bearer " + TestTokens.member(tenant))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** With a token of the path's tenant, or a platform administrator's outside tenant paths (actuator). */
    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + TestTokens.forPath(uri(path)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What the GET answers of the 202: everything but the status secret, which only the 202 shows. */
    private static JsonNode withoutSecret(JsonNode accepted) {
        return accepted.deepCopy() instanceof ObjectNode copy ? copy.without("statusSecret") : accepted;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Waits until the outbox has handed everything to Kafka, then reads the whole topic. */
    private List<ConsumerRecord<String, CloudEvent>> publishedRecordsFor(UUID complaintId) {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                jdbc.queryForObject("SELECT count(*) FROM outbox_message", Long.class) == 0);
        return TopicReader.cloudEvents(TestInfrastructure.kafkaBootstrapServers(), Topics.SUBMISSIONS).stream()
                .filter(record -> complaintId.toString().equals(record.key()))
                .toList();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private ObjectNode complaint() {
        try {
            return (ObjectNode) json.readTree("""
                    {
                      "feedbackType": "COMPLAINT",
                      "routeHint": "STATUTORY",
                      "complainant": {
                        "role": "PARENT",
                        "name": "Alex Example",
                        "email": "alex@example.org",
                        "preferredContact": "EMAIL"
                      },
                      "child": {"name": "Sam Example", "dateOfBirth": "2014-05-02"},
                      "summary": "My son's social worker has not returned my calls for six weeks.",
                      "desiredOutcome": "A named contact and a visit before Christmas."
                    }""");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
