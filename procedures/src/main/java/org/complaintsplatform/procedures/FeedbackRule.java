package org.complaintsplatform.procedures;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How one accepted feedback type is handled.
 *
 * @param response the timescale for answering it, or null where the seed states none (complaints use their route's stages)
 */
public record FeedbackRule(FeedbackType type, boolean acknowledged, @Nullable Deadline response, String handling, String seed) {

    public FeedbackRule {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(handling, "handling");
        Objects.requireNonNull(seed, "seed");
    }
}
