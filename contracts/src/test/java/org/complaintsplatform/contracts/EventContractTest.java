package org.complaintsplatform.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

/** Each public event's record, schema and example agree, in both directions. */
class EventContractTest {

    private final CloudEventCodec codec = new CloudEventCodec();
    private final ObjectMapper mapper = CloudEventCodec.contractMapper();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void exampleValidatesAgainstItsSchema(EventType type) throws IOException {
        codec.validate(type, read(type.exampleResource()));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void exampleRoundTripsThroughTheRecordUnchanged(EventType type) throws Exception {
        JsonNode example = read(type.exampleResource());

        IntegrationEvent event = mapper.treeToValue(example, type.recordType());
        String written = mapper.writeValueAsString(event);

        JSONAssert.assertEquals(example.toString(), written, JSONCompareMode.STRICT);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaDeclaresExactlyTheRecordsComponents(EventType type) throws IOException {
        JsonNode schema = read(type.schemaResource());
        Set<String> declared = new HashSet<>();
        schema.path("properties").fieldNames().forEachRemaining(declared::add);

        Set<String> components = new HashSet<>();
        Arrays.stream(type.recordType().getRecordComponents()).forEach(c -> components.add(c.getName()));

        assertThat(declared).isEqualTo(components);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaIdIsTheDataschemaAttribute(EventType type) throws IOException {
        assertThat(read(type.schemaResource()).path("$id").asText()).isEqualTo(type.dataSchema().toString());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void ceTypeFollowsThePlatformPattern(EventType type) {
        assertThat(type.ceType()).matches("org\\.complaintsplatform\\.[a-z]+(-[a-z]+)*\\.v[0-9]+");
        assertThat(EventType.fromCeType(type.ceType())).contains(type);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyPublicEventCarriesTenantComplaintAndTime(EventType type) throws IOException {
        JsonNode required = read(type.schemaResource()).path("required");

        assertThat(required.toString()).contains("\"tenantId\"", "\"complaintId\"", "\"occurredAt\"");
    }

    /** Consumers erase their copies on it, so it must not carry what they erase: ids, dates and the rule only. */
    @Test
    void personalDataErasedCarriesIdsDatesAndTheRetentionRuleOnly() throws IOException {
        JsonNode schema = read(EventType.COMPLAINT_PERSONAL_DATA_ERASED.schemaResource());
        Set<String> declared = new HashSet<>();
        schema.path("properties").fieldNames().forEachRemaining(declared::add);

        assertThat(declared).containsExactlyInAnyOrder("tenantId", "complaintId", "occurredAt", "retainedUntil", "rule");
        assertThat(schema.path("required")).hasSize(5);
        assertThat(EventType.COMPLAINT_PERSONAL_DATA_ERASED.ceType())
                .isEqualTo("org.complaintsplatform.complaint-personal-data-erased.v1");
        assertThat(EventType.COMPLAINT_PERSONAL_DATA_ERASED.topic()).isEqualTo(Topics.COMPLAINT_EVENTS);
    }

    private JsonNode read(String resource) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return mapper.readTree(in);
        }
    }
}
