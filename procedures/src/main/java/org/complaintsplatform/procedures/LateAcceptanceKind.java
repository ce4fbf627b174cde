package org.complaintsplatform.procedures;

/** Why a late complaint may still be taken, as the seeds state it. */
public enum LateAcceptanceKind {
    /** The complainant was under 18 when the events took place. */
    CHILD_AT_THE_TIME,
    /** A child or young person could not, or did not feel confident to, complain in time. */
    CHILD_UNABLE_TO_COMPLAIN_IN_TIME,
    /** The complainant did not know of the events until recently. */
    UNAWARE_UNTIL_RECENTLY,
    /** It would not have been reasonable to complain sooner, and the complaint can still be dealt with fairly. */
    NOT_REASONABLE_TO_COMPLAIN_SOONER
}
