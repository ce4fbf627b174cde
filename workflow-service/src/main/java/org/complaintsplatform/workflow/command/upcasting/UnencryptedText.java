package org.complaintsplatform.workflow.command.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.complaintsplatform.workflow.api.SealedText;

/**
 * Personal data stored in the clear before they were sealed, in the shape of a {@link SealedText} that says
 * so: no key was ever made for them, so they are read as they were written.
 */
final class UnencryptedText {

    private UnencryptedText() {
    }

    /** The stored text as an unencrypted sealed value; an absent or null text stays null. */
    static JsonNode of(JsonNode text) {
        if (text.isMissingNode() || text.isNull()) {
            return JsonNodeFactory.instance.nullNode();
        }
        ObjectNode sealed = JsonNodeFactory.instance.objectNode();
        sealed.put("keyId", SealedText.UNENCRYPTED);
        sealed.put("ciphertext", text.asText());
        return sealed;
    }

    /** Replaces the object's text field, where present, by its unencrypted sealed value. */
    static void wrap(ObjectNode object, String field) {
        if (object.has(field)) {
            object.set(field, of(object.get(field)));
        }
    }
}
