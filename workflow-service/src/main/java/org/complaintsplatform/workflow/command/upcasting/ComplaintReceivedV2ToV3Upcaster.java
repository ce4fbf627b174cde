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
 * Revision 2 of {@code ComplaintReceived} kept the complainant's name and contact details, the child, the
 * summary and the desired outcome in the clear. They are read as unencrypted sealed values: the stored bytes
 * are not rewritten, so destroying a key cannot erase them (see ADR 0016).
 */
public class ComplaintReceivedV2ToV3Upcaster extends SingleEventUpcaster {

    private static final Logger log = LoggerFactory.getLogger(ComplaintReceivedV2ToV3Upcaster.class);
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(ComplaintReceived.class.getName(), "2");
    private static final SimpleSerializedType REVISION_3 = new SimpleSerializedType(ComplaintReceived.class.getName(), "3");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_2.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_3, JsonNode.class, payload -> {
            ObjectNode event = payload.deepCopy();
            if (event.get("complainant") instanceof ObjectNode complainant) {
                UnencryptedText.wrap(complainant, "name");
                UnencryptedText.wrap(complainant, "email");
                UnencryptedText.wrap(complainant, "postalAddress");
            }
            if (event.get("child") instanceof ObjectNode child) {
                UnencryptedText.wrap(child, "name");
                UnencryptedText.wrap(child, "dateOfBirth");
            }
            UnencryptedText.wrap(event, "summary");
            UnencryptedText.wrap(event, "desiredOutcome");
            log.debug("Upcast ComplaintReceived {} from revision 2 to 3", event.path("complaintId").asText());
            return event;
        });
    }
}
