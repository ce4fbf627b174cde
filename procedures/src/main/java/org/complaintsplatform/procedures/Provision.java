package org.complaintsplatform.procedures;

import java.util.Objects;

/** A rule that people apply rather than the platform computing it, with the seed sentence it comes from. */
public record Provision(String rule, String seed) {

    public Provision {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(seed, "seed");
    }
}
