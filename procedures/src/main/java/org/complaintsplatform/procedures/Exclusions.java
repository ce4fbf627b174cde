package org.complaintsplatform.procedures;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a procedure does not consider.
 *
 * @param resolvedWithoutLetterWithin a complaint resolved within this time of receipt needs no letter explaining
 *                                    an exclusion (Telford &amp; Wrekin); null where the seed has no such rule
 */
public record Exclusions(List<Exclusion> grounds, @Nullable Deadline resolvedWithoutLetterWithin) {

    public Exclusions {
        grounds = List.copyOf(grounds);
    }
}
