package org.complaintsplatform.procedures;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who sits on the Stage 3 review panel.
 *
 * @param members            how many sit, or null where the seed does not say
 * @param independentMembers how many of them are independent of the organisation, or null where not stated
 * @param provider           the organisation the panel members come from, where the seed names one
 * @param attendees          who attends besides the panel
 */
public record Panel(
        @Nullable Integer members,
        @Nullable Integer independentMembers,
        String composition,
        @Nullable String provider,
        List<String> attendees,
        boolean lawyersExcluded,
        String seed) {

    public Panel {
        Objects.requireNonNull(composition, "composition");
        attendees = List.copyOf(attendees);
        Objects.requireNonNull(seed, "seed");
    }
}
