package org.complaintsplatform.procedures;

/** What a {@link LateAcceptance} does to a late complaint. */
public enum LateAcceptanceEffect {
    /** Accepted however late: nobody exercises discretion. */
    ACCEPTED,
    /** The time limit counts from the day the complainant became aware of the events. */
    COUNTED_FROM_AWARENESS,
    /** A reason the decision-maker weighs when exercising discretion. */
    CONSIDERED
}
