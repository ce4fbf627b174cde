package org.complaintsplatform.contracts.complaint;

/** On what terms a stage took longer than its standard timescale. */
public enum ExtensionCondition {
    AGREED_WITH_COMPLAINANT,
    NOTIFIED_TO_COMPLAINANT,
    COMPLEX_CASE_NOTIFIED,
    COMPLEX_CASE_FROM_OUTSET
}
