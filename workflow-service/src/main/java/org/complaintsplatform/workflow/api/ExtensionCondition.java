package org.complaintsplatform.workflow.api;

/** On what terms a stage takes longer than its standard timescale; the profile says which it allows. */
public enum ExtensionCondition {
    AGREED_WITH_COMPLAINANT,
    NOTIFIED_TO_COMPLAINANT,
    COMPLEX_CASE_NOTIFIED,
    COMPLEX_CASE_FROM_OUTSET
}
