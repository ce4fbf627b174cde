package org.complaintsplatform.procedures;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who investigates at Stage 2 and who decides on the findings.
 *
 * @param statementOfComplaint how the written statement of complaint is agreed, or null where the seed has none
 * @param provider             the organisation the investigators come from, where the seed names one
 */
public record Investigation(
        List<InvestigatorRole> roles,
        String investigators,
        @Nullable String provider,
        @Nullable Provision statementOfComplaint,
        String decisionMaker,
        String seed) {

    public Investigation {
        roles = List.copyOf(roles);
        Objects.requireNonNull(investigators, "investigators");
        Objects.requireNonNull(decisionMaker, "decisionMaker");
        Objects.requireNonNull(seed, "seed");
    }
}
