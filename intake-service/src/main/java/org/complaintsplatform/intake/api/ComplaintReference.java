package org.complaintsplatform.intake.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A tenant's human reference for a representation, {@code <PREFIX>-<YYYY>-<NNNNNN>}, e.g. {@code CAM-2026-000123}:
 * the year is the London calendar year of receipt and the number counts per tenant and year, with
 * at least six digits.
 */
public record ComplaintReference(String value) {

    /** A tenant's prefix (procedures: 2 to 6 capitals), the year and a number that fits a long. */
    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2,6}-\\d{4}-\\d{6,19}");

    public ComplaintReference {
        Objects.requireNonNull(value, "value");
    }

    public static ComplaintReference of(String prefix, int year, long number) {
        if (number < 1) {
            throw new IllegalArgumentException("reference numbers start at 1, not " + number);
        }
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year " + year + " does not have four digits");
        }
        return new ComplaintReference(String.format("%s-%d-%06d", prefix, year, number));
    }

    /** Whether a value a client sent has the shape of a reference, before it is looked up. */
    public static boolean isWellFormed(String value) {
        return FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
