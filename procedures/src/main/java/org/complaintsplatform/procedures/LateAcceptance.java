package org.complaintsplatform.procedures;

import java.util.Objects;

/**
 * A circumstance in which a complaint made after the time limit is still accepted or considered, in the
 * structured form intake's triage can test against a submission, with the seed sentence it comes from.
 */
public record LateAcceptance(LateAcceptanceKind kind, LateAcceptanceEffect effect, String rule, String seed) {

    public LateAcceptance {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(seed, "seed");
    }
}
