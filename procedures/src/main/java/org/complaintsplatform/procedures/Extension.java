package org.complaintsplatform.procedures;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How far a timescale may be extended.
 *
 * @param upTo the longest total timescale, counted from the same day zero; null where the seed sets no maximum
 */
public record Extension(@Nullable Timescale upTo, ExtensionCondition condition, String seed) {

    public Extension {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(seed, "seed");
    }
}
