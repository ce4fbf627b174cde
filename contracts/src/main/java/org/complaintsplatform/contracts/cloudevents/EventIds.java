package org.complaintsplatform.contracts.cloudevents;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * CloudEvent ids for events caused by another event. Derived, not random, so that reprocessing the
 * cause (a redelivery, a replay) produces the same id, which every consumer then skips.
 */
public final class EventIds {

    private EventIds() {
    }

    /** @param effect what the cause led to, e.g. {@code "deadline-set"}; one id per cause and effect */
    public static String derived(String causeId, String effect) {
        return derivedUuid(causeId, effect).toString();
    }

    /** The same derivation as a UUID, for records whose identity follows from their cause (a letter, a deadline). */
    public static UUID derivedUuid(String causeId, String effect) {
        return UUID.nameUUIDFromBytes((causeId + ":" + effect).getBytes(StandardCharsets.UTF_8));
    }
}
