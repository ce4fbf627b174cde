package org.complaintsplatform.contracts.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import org.complaintsplatform.contracts.cloudevents.ContractViolation;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

/** The council submission's record, schema and example agree, and the schema carries the REST body's rules. */
class CouncilSubmissionContractTest {

    private final CouncilSubmissionCodec codec = new CouncilSubmissionCodec();

    @Test
    void exampleRoundTripsThroughTheRecordAndACloudEventUnchanged() throws Exception {
        JsonNode example = read(CouncilSubmissionCodec.EXAMPLE_RESOURCE);
        CouncilSubmission submission = codec.mapper().treeToValue(example, CouncilSubmission.class);

        CloudEvent event = codec.encode(submission, "council-1", URI.create("/cambridgeshire-case-system"));

        assertThat(event.getType()).isEqualTo("org.complaintsplatform.council-submission.v1");
        assertThat(codec.decode(event)).isEqualTo(submission);
        JSONAssert.assertEquals(example.toString(), codec.mapper().writeValueAsString(submission), JSONCompareMode.STRICT);
    }

    @Test
    void schemaDeclaresExactlyTheRecordsComponents() throws IOException {
        JsonNode schema = read(CouncilSubmissionCodec.SCHEMA_RESOURCE);
        Set<String> declared = new HashSet<>();
        schema.path("properties").fieldNames().forEachRemaining(declared::add);
        Set<String> components = new HashSet<>();
        Arrays.stream(CouncilSubmission.class.getRecordComponents()).forEach(c -> components.add(c.getName()));

        assertThat(declared).isEqualTo(components);
        assertThat(schema.path("$id").asText()).isEqualTo(CouncilSubmissionCodec.DATA_SCHEMA.toString());
    }

    @Test
    void namedSubmissionNeedsANameAndTheContactItPrefers() throws IOException {
        ObjectNode payload = (ObjectNode) read(CouncilSubmissionCodec.EXAMPLE_RESOURCE);
        ((ObjectNode) payload.get("complainant")).putNull("name").putNull("email");

        assertThatThrownBy(() -> codec.validate(payload)).isInstanceOf(ContractViolation.class)
                .satisfies(e -> assertThat(((ContractViolation) e).reasons()).hasSizeGreaterThanOrEqualTo(2));
    }

    @Test
    void anonymousSubmissionNeedsNoNameOrContact() throws IOException {
        ObjectNode payload = (ObjectNode) read(CouncilSubmissionCodec.EXAMPLE_RESOURCE);
        payload.put("anonymous", true);
        ((ObjectNode) payload.get("complainant")).putNull("name").putNull("email");

        codec.validate(payload);
    }

    @Test
    void oneDateOrSeveralDatesButNotBoth() throws IOException {
        ObjectNode payload = (ObjectNode) read(CouncilSubmissionCodec.EXAMPLE_RESOURCE);
        payload.put("whatHappenedOn", "2026-11-02");

        assertThatThrownBy(() -> codec.validate(payload)).isInstanceOf(ContractViolation.class);
        payload.putNull("incidentDates");
        codec.validate(payload);
    }

    @Test
    void unknownCircumstanceIsAViolation() throws IOException {
        ObjectNode payload = (ObjectNode) read(CouncilSubmissionCodec.EXAMPLE_RESOURCE);
        payload.putArray("circumstances").add("BAD_WEATHER");

        assertThatThrownBy(() -> codec.validate(payload)).isInstanceOf(ContractViolation.class);
    }

    @Test
    void controlCharactersInTextAreAViolation() throws IOException {
        ObjectNode payload = (ObjectNode) read(CouncilSubmissionCodec.EXAMPLE_RESOURCE);
        payload.put("summary", "before\u0000after");

        assertThatThrownBy(() -> codec.validate(payload)).isInstanceOf(ContractViolation.class);
    }

    @Test
    void onlyInboundTopicsNameATenant() {
        assertThat(CouncilTopics.tenantOfInbound("council.telford-wrekin.complaints.inbound.v1")).contains("telford-wrekin");
        assertThat(CouncilTopics.tenantOfInbound("council.telford-wrekin.complaints.inbound.v1.dlt")).isEmpty();
        assertThat(CouncilTopics.tenantOfInbound("council.telford-wrekin.complaints.outbound.v1")).isEmpty();
        assertThat("council.bcp.complaints.inbound.v1").matches(CouncilTopics.INBOUND_PATTERN);
    }

    private JsonNode read(String resource) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return codec.mapper().readTree(in);
        }
    }
}
