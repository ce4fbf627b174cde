package org.complaintsplatform.reporting.api;

/** The decisions about a complaint that the projection keeps besides its stages. */
public enum DecisionKind {
    /** A complaint made after the time limit, accepted under the organisation's discretion or refused. */
    TIME_LIMIT,
    /** The whole complaint or part of it excluded from the procedure. */
    EXCLUSION,
    /** The complaint taken to the Ombudsman or another body the profile signposts. */
    OMBUDSMAN_REFERRAL,
    /** That body's decision on a referral. */
    OMBUDSMAN_OUTCOME
}
