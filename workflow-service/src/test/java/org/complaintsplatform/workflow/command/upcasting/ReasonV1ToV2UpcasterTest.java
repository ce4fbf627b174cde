package org.complaintsplatform.workflow.command.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.complaintsplatform.workflow.api.ComplaintWithdrawn;
import org.complaintsplatform.workflow.api.LateEscalationDecided;
import org.complaintsplatform.workflow.api.StageExtended;
import org.complaintsplatform.workflow.api.SufficientInterestDecided;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

/** Each event whose reason was sealed in revision 2: revision 1 as written, revision 2 as it must be read. */
class ReasonV1ToV2UpcasterTest {

    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();

    @ParameterizedTest
    @ValueSource(classes = {StageExtended.class, SufficientInterestDecided.class, LateEscalationDecided.class,
            ComplaintWithdrawn.class})
    void revisionOneReasonIsReadAsAnUnencryptedSealedValue(Class<?> type) throws Exception {
        List<IntermediateEventRepresentation> upcast = new ReasonV1ToV2Upcaster(type)
                .upcast(Stream.of(stored(type.getName(), "1", fixture(type, "rev-1.json"))))
                .toList();

        assertThat(upcast).singleElement().satisfies(event -> assertThat(event.getType().getRevision()).isEqualTo("2"));
        JsonNode payload = upcast.getFirst().getData(JsonNode.class).getData();
        JSONAssert.assertEquals(new String(fixture(type, "rev-2.json")), payload.toString(), JSONCompareMode.STRICT);
        assertThat(new ObjectMapper().findAndRegisterModules().treeToValue(payload, type)).isInstanceOf(type);
    }

    @Test
    void revisionTwoIsLeftAsItIs() throws Exception {
        assertThat(new ReasonV1ToV2Upcaster(StageExtended.class)
                .canUpcast(stored(StageExtended.class.getName(), "2", fixture(StageExtended.class, "rev-2.json")))).isFalse();
    }

    @Test
    void otherEventTypesAreLeftAsTheyAre() throws Exception {
        assertThat(new ReasonV1ToV2Upcaster(StageExtended.class)
                .canUpcast(stored(ComplaintWithdrawn.class.getName(), "1", fixture(ComplaintWithdrawn.class, "rev-1.json"))))
                .isFalse();
    }

    private InitialEventRepresentation stored(String type, String revision, byte[] payload) {
        return new InitialEventRepresentation(new GenericDomainEventEntry<>("Complaint",
                "3f1c8f9e-2a57-4c1e-9d0b-6a1f4e2b7c10", 3, "event-4", Instant.parse("2027-01-04T10:00:01Z"), type,
                revision, payload, "{}".getBytes()), serializer);
    }

    private static byte[] fixture(Class<?> type, String name) throws IOException {
        String path = "/upcasting/" + type.getSimpleName() + "/" + name;
        try (InputStream in = ReasonV1ToV2UpcasterTest.class.getResourceAsStream(path)) {
            return Objects.requireNonNull(in, path).readAllBytes();
        }
    }
}
