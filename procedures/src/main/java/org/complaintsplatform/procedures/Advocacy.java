package org.complaintsplatform.procedures;

import java.util.List;
import java.util.Objects;

/**
 * Help for complainants, especially children.
 *
 * @param providers        advocacy services the seed names; empty if it names none
 * @param advocateCopied   whether the advocate is copied on every letter
 */
public record Advocacy(List<AdvocacyProvider> providers, boolean advocateCopied, String seed) {

    public Advocacy {
        providers = List.copyOf(providers);
        Objects.requireNonNull(seed, "seed");
    }
}
