package org.complaintsplatform.workflow.command.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.complaintsplatform.workflow.api.ComplaintAcknowledged;
import org.complaintsplatform.workflow.api.ComplaintReceived;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

/** The stored bytes are the contract: revision 1 as it was written, revision 2 as it must be read. */
class ComplaintReceivedV1ToV2UpcasterTest {

    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
    private final ComplaintReceivedV1ToV2Upcaster upcaster = new ComplaintReceivedV1ToV2Upcaster();

    @Test
    void revisionOneGainsItsAcknowledgementRuleAndAnEmptyClockListAndTheNewEnquiryName() throws Exception {
        List<IntermediateEventRepresentation> upcast = upcaster
                .upcast(Stream.of(stored(ComplaintReceived.class.getName(), "1", fixture("rev-1.json"))))
                .toList();

        assertThat(upcast).singleElement().satisfies(event -> assertThat(event.getType().getRevision()).isEqualTo("2"));
        JsonNode payload = upcast.getFirst().getData(JsonNode.class).getData();
        JSONAssert.assertEquals(new String(fixture("rev-2.json")), payload.toString(), JSONCompareMode.STRICT);
    }

    @Test
    void revisionTwoIsLeftAsItIs() throws Exception {
        assertThat(upcaster.canUpcast(stored(ComplaintReceived.class.getName(), "2", fixture("rev-2.json")))).isFalse();
    }

    @Test
    void otherEventTypesAreLeftAsTheyAre() throws Exception {
        assertThat(upcaster.canUpcast(stored(ComplaintAcknowledged.class.getName(), "1", "{}".getBytes()))).isFalse();
    }

    private InitialEventRepresentation stored(String type, String revision, byte[] payload) {
        return new InitialEventRepresentation(new GenericDomainEventEntry<>("Complaint",
                "3f1c8f9e-2a57-4c1e-9d0b-6a1f4e2b7c10", 0, "event-1", Instant.parse("2026-12-22T16:45:01Z"), type,
                revision, payload, "{}".getBytes()), serializer);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = ComplaintReceivedV1ToV2UpcasterTest.class.getResourceAsStream("/upcasting/ComplaintReceived/" + name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        }
    }
}
