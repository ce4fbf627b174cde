package org.complaintsplatform.notification.kafka;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.complaintsplatform.notification.api.LetterType;

/**
 * Ids derived from the trigger's CloudEvent id, so a redelivery or a replay from offset zero
 * names the same letter and the same LetterSent, and consumers can deduplicate.
 */
final class LetterIds {

    private LetterIds() {
    }

    static UUID letterId(String triggerEventId, LetterType type) {
        return nameBased(triggerEventId + ":letter:" + type.name());
    }

    static String letterSentEventId(String triggerEventId, LetterType type) {
        return nameBased(triggerEventId + ":letter-sent:" + type.name()).toString();
    }

    private static UUID nameBased(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
