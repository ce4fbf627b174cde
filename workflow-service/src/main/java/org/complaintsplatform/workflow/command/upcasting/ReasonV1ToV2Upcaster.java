package org.complaintsplatform.workflow.command.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Revision 1 of an event with a free-text {@code reason} (a stage extended, sufficient interest or a late
 * request decided, a complaint withdrawn) kept the reason in the clear; it is read as an unencrypted sealed
 * value. One instance per event type, each a single (type, 1 to 2) step of the chain.
 */
public class ReasonV1ToV2Upcaster extends SingleEventUpcaster {

    private static final Logger log = LoggerFactory.getLogger(ReasonV1ToV2Upcaster.class);

    private final SimpleSerializedType revision1;
    private final SimpleSerializedType revision2;

    public ReasonV1ToV2Upcaster(Class<?> eventType) {
        this.revision1 = new SimpleSerializedType(eventType.getName(), "1");
        this.revision2 = new SimpleSerializedType(eventType.getName(), "2");
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return revision1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(revision2, JsonNode.class, payload -> {
            ObjectNode event = payload.deepCopy();
            UnencryptedText.wrap(event, "reason");
            log.debug("Upcast {} {} from revision 1 to 2", revision1.getName(), event.path("complaintId").asText());
            return event;
        });
    }
}
