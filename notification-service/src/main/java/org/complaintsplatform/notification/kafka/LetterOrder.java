package org.complaintsplatform.notification.kafka;

import java.util.Map;
import java.util.UUID;

import org.complaintsplatform.notification.api.LetterType;
import org.complaintsplatform.procedures.ProcedureProfile;
import org.jspecify.annotations.Nullable;

/**
 * A letter an event calls for.
 *
 * @param triggeredBy the event's {@code ce_id}: the letter's id and its announcement derive from it
 * @param profile     the procedure whose words the letter uses; null when the tenant has none
 * @param reference   the complaint's reference when the event carries it, else workflow's
 * @param facts       the template's own variables
 * @param notWritten  why the event gets no letter, when the event alone says so (no call to workflow)
 */
record LetterOrder(String tenantId, UUID complaintId, String triggeredBy, LetterType type,
                   @Nullable ProcedureProfile profile, @Nullable String reference, Map<String, @Nullable Object> facts,
                   @Nullable String notWritten) {
}
