package org.complaintsplatform.procedures;

import java.util.Objects;

public record Exclusion(ExclusionGround ground, ExclusionEffect effect, String seed) {

    public Exclusion {
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(seed, "seed");
    }
}
