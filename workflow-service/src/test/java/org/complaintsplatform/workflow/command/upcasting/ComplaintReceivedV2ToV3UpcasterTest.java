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
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.complaintsplatform.workflow.api.ComplaintReceived;
import org.complaintsplatform.workflow.api.SealedText;
import org.complaintsplatform.workflow.api.StageExtended;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

/** Revision 2 as it was written, in the clear; revision 3 as it must be read: unencrypted sealed values. */
class ComplaintReceivedV2ToV3UpcasterTest {

    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
    private final ComplaintReceivedV2ToV3Upcaster upcaster = new ComplaintReceivedV2ToV3Upcaster();

    @Test
    void revisionTwoNameContactDetailsAndSummaryAreReadAsUnencryptedSealedValues() throws Exception {
        List<IntermediateEventRepresentation> upcast = upcaster.upcast(Stream.of(stored("2", fixture("rev-2.json")))).toList();

        assertThat(upcast).singleElement().satisfies(event -> assertThat(event.getType().getRevision()).isEqualTo("3"));
        JSONAssert.assertEquals(new String(fixture("rev-3.json")), payload(upcast.getFirst()).toString(), JSONCompareMode.STRICT);
    }

    @Test
    void revisionTwoChildAndDesiredOutcomeAreReadAsUnencryptedSealedValuesToo() throws Exception {
        List<IntermediateEventRepresentation> upcast = upcaster.upcast(Stream.of(stored("2", fixture("rev-2-with-child.json"))))
                .toList();

        JSONAssert.assertEquals(new String(fixture("rev-3-with-child.json")), payload(upcast.getFirst()).toString(),
                JSONCompareMode.STRICT);
    }

    /** The chain as configured: revision 1 goes through both steps and reads as the current record. */
    @Test
    void revisionOneIsReadAsTheCurrentRecordThroughTheWholeChain() throws Exception {
        EventUpcasterChain chain = new EventUpcasterChain(new ComplaintReceivedV1ToV2Upcaster(), upcaster);

        List<IntermediateEventRepresentation> upcast = chain.upcast(Stream.of(stored("1", fixture("rev-1.json")))).toList();

        JsonNode payload = payload(upcast.getFirst());
        JSONAssert.assertEquals(new String(fixture("rev-3.json")), payload.toString(), JSONCompareMode.STRICT);
        ComplaintReceived event = new ObjectMapper().findAndRegisterModules().treeToValue(payload, ComplaintReceived.class);
        assertThat(event.summary()).isEqualTo(new SealedText(SealedText.UNENCRYPTED, "On behalf of a constituent."));
    }

    @Test
    void revisionThreeIsLeftAsItIs() throws Exception {
        assertThat(upcaster.canUpcast(stored("3", fixture("rev-3.json")))).isFalse();
    }

    @Test
    void otherEventTypesAreLeftAsTheyAre() {
        assertThat(upcaster.canUpcast(stored(StageExtended.class.getName(), "2", "{}".getBytes()))).isFalse();
    }

    private JsonNode payload(IntermediateEventRepresentation event) {
        return event.getData(JsonNode.class).getData();
    }

    private InitialEventRepresentation stored(String revision, byte[] payload) {
        return stored(ComplaintReceived.class.getName(), revision, payload);
    }

    private InitialEventRepresentation stored(String type, String revision, byte[] payload) {
        return new InitialEventRepresentation(new GenericDomainEventEntry<>("Complaint",
                "3f1c8f9e-2a57-4c1e-9d0b-6a1f4e2b7c10", 0, "event-1", Instant.parse("2026-12-22T16:45:01Z"), type,
                revision, payload, "{}".getBytes()), serializer);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = ComplaintReceivedV2ToV3UpcasterTest.class.getResourceAsStream("/upcasting/ComplaintReceived/" + name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        }
    }
}
