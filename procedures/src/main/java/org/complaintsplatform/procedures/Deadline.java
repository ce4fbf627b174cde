package org.complaintsplatform.procedures;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One timescale of a procedure, as its seed states it.
 *
 * @param timescale     null where the seed states no timescale (the profile says so rather than inventing one)
 * @param from          the event whose date is day zero
 * @param startsLaterOn events that, when they happen later than {@code from}, start the clock instead
 * @param extensions    how the timescale may be extended; empty if the seed allows none
 * @param statedAs      the seed's own words where they differ from the timescale, e.g. "2 weeks (10 working days)"
 * @param seed          the sentence of the seed this comes from, quoted
 * @param note          the reading chosen where the seed is vague, with the label of its ambiguity
 */
public record Deadline(
        @Nullable Timescale timescale,
        ClockStart from,
        List<ClockStart> startsLaterOn,
        List<Extension> extensions,
        Strictness strictness,
        @Nullable String statedAs,
        String seed,
        @Nullable String note) {

    public Deadline {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(strictness, "strictness");
        Objects.requireNonNull(seed, "seed");
        startsLaterOn = List.copyOf(startsLaterOn);
        extensions = List.copyOf(extensions);
    }

    public Optional<Timescale> stated() {
        return Optional.ofNullable(timescale);
    }

    /** The longest timescale any extension allows; empty if there is no extension or one without a maximum. */
    public Optional<Timescale> maximum() {
        if (extensions.isEmpty() || extensions.stream().anyMatch(extension -> extension.upTo() == null)) {
            return Optional.empty();
        }
        return extensions.stream()
                .map(Extension::upTo)
                .filter(Objects::nonNull)
                .max(Comparator.comparingInt(Timescale::amount));
    }
}
