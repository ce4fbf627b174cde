package org.complaintsplatform.procedures;

import java.time.LocalTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How day zero is fixed for this organisation.
 *
 * @param dailyCutOff a time after which a complaint counts as received the next working day, where the seed sets one
 */
public record ClockRules(@Nullable LocalTime dailyCutOff, String note) {

    public ClockRules {
        Objects.requireNonNull(note, "note");
    }
}
