package org.complaintsplatform.procedures;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How lessons are learned from complaints.
 *
 * @param meeting the learning meeting after a complaint's final response, where the seed has one
 */
public record Learning(@Nullable Deadline meeting, List<Provision> rules) {

    public Learning {
        rules = List.copyOf(rules);
    }
}
