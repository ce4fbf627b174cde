package org.complaintsplatform.procedures;

import java.util.Objects;

/**
 * The reading chosen for an ambiguity of {@code seeds/AMBIGUITIES.md}.
 *
 * @param label  the item's label, e.g. {@code TW-A5}
 * @param choice the reading chosen, e.g. "(a) working days"
 * @param why    the reason
 */
public record Interpretation(String label, String choice, String why) {

    public Interpretation {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(why, "why");
    }
}
