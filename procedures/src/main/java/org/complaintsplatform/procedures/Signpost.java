package org.complaintsplatform.procedures;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An external body a letter may name.
 *
 * @param name      the name to print
 * @param when      when to name it, where the seed limits it
 * @param usualWait how long the body usually expects a complainant to wait for the organisation, where the seed says
 */
public record Signpost(SignpostBody body, String name, @Nullable String when, @Nullable Timescale usualWait, String seed) {

    public Signpost {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(seed, "seed");
    }
}
