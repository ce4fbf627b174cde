package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

/**
 * A time-limited restriction on contact with an unreasonably persistent or abusive complainant. It applies to this
 * complaint only (Cambridgeshire: restrictions "will not automatically apply to a new matter").
 *
 * @param measure      what is restricted, sealed: it describes the complainant
 * @param endsOn       the last day the measure applies
 * @param reviewDueOn  when the profile says it must be reviewed; null where it states no review period or the
 *                     measure ends first
 * @param rule         the profile field, e.g. {@code telford-wrekin-v1#unreasonableBehaviour}
 */
@Revision("1")
public record BehaviourMeasureImposed(
        ComplaintId complaintId,
        String tenantId,
        UUID measureId,
        Instant imposedAt,
        LocalDate imposedOn,
        SealedText measure,
        LocalDate endsOn,
        @Nullable LocalDate reviewDueOn,
        String rule) {
}
