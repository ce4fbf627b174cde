package org.complaintsplatform.procedures;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One timescale of a procedure as its seed states it.
 *
 * @param timescale null where the seed states no timescale (the profile says so rather than inventing one)
 * @param from      the event whose date is day zero
 * @param seed      the sentence of the seed this comes from, quoted
 */
public record Deadline(@Nullable Timescale timescale, ClockStart from, String seed) {

    public Deadline {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(seed, "seed");
    }

    public Optional<Timescale> stated() {
        return Optional.ofNullable(timescale);
    }
}
