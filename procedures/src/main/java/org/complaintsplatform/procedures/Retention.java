package org.complaintsplatform.procedures;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** How long the record of a complaint is kept: at least {@code minimum}, counted from {@code from}. */
public record Retention(Timescale minimum, ClockStart from, String seed, @Nullable String note) {

    public Retention {
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(seed, "seed");
    }
}
