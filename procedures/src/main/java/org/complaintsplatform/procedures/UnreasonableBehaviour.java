package org.complaintsplatform.procedures;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Measures against unreasonable or unreasonably persistent complainants.
 *
 * @param review how often a measure is reviewed, or null where the seed does not say
 */
public record UnreasonableBehaviour(@Nullable Deadline review, List<Provision> rules) {

    public UnreasonableBehaviour {
        rules = List.copyOf(rules);
    }
}
