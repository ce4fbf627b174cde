package org.complaintsplatform.workflow.command.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.complaintsplatform.workflow.api.ComplaintReceived;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Revision 1 of {@code ComplaintReceived} predates acknowledgement by feedback type and the Stage 1 clocks.
 * Then every complaint that was not anonymous was acknowledged, and no clock was recorded beside the
 * acknowledgement; MP and councillor enquiries were called {@code MEMBER_ENQUIRY}.
 */
public class ComplaintReceivedV1ToV2Upcaster extends SingleEventUpcaster {

    private static final Logger log = LoggerFactory.getLogger(ComplaintReceivedV1ToV2Upcaster.class);
    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(ComplaintReceived.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(ComplaintReceived.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode event = payload.deepCopy();
            event.put("acknowledgementRequired", !event.path("anonymous").asBoolean());
            event.putArray("deadlines");
            if ("MEMBER_ENQUIRY".equals(event.path("feedbackType").asText())) {
                event.put("feedbackType", "MP_COUNCILLOR_ENQUIRY");
            }
            log.debug("Upcast ComplaintReceived {} from revision 1 to 2", event.path("complaintId").asText());
            return event;
        });
    }
}
