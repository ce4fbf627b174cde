package org.complaintsplatform.procedures;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** When a complaint may be put on hold. Its clocks pause and resume as {@link WorkingDayCalendar#pause} documents. */
public record Suspension(List<SuspensionGround> grounds, boolean complainantTold, String seed, @Nullable String note) {

    public Suspension {
        grounds = List.copyOf(grounds);
        Objects.requireNonNull(seed, "seed");
    }
}
