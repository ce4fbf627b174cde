package org.complaintsplatform.procedures;

import java.util.Objects;

/** An amount of time as a procedure states it, e.g. 10 working days or 24 hours. */
public record Timescale(int amount, TimescaleUnit unit) {

    public Timescale {
        Objects.requireNonNull(unit, "unit");
        if (amount < 0) {
            throw new IllegalArgumentException("a timescale cannot be negative: " + amount + " " + unit);
        }
    }

    public static Timescale workingDays(int amount) {
        return new Timescale(amount, TimescaleUnit.WORKING_DAYS);
    }

    public static Timescale hours(int amount) {
        return new Timescale(amount, TimescaleUnit.HOURS);
    }
}
