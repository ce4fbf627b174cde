package org.complaintsplatform.procedures;

import java.util.Objects;

/** An advocacy service named in a seed, and whom it supports. */
public record AdvocacyProvider(String name, String supports, String seed) {

    public AdvocacyProvider {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(supports, "supports");
        Objects.requireNonNull(seed, "seed");
    }
}
