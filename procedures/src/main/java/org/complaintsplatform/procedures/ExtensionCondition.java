package org.complaintsplatform.procedures;

/** What allows a timescale to be extended. */
public enum ExtensionCondition {
    AGREED_WITH_COMPLAINANT,
    NOTIFIED_TO_COMPLAINANT,
    /** A complex case, notified to the complainant. */
    COMPLEX_CASE_NOTIFIED,
    /** A complex case, given the longer timescale from the outset. */
    COMPLEX_CASE_FROM_OUTSET
}
