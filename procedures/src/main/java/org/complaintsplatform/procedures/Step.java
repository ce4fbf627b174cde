package org.complaintsplatform.procedures;

/** A timed step within a stage, in the order they happen; a stage's deadlines are keyed by these. */
public enum Step {
    /** A complaint received elsewhere in the organisation reaches the complaints team. */
    FORWARD_TO_COMPLAINTS_TEAM,
    ACKNOWLEDGEMENT,
    /** The complaint is passed to the manager who will respond. */
    ALLOCATION,
    /** The advocacy service is told a child has complained, so that advocacy can be offered. */
    ADVOCACY_REFERRAL,
    INVESTIGATOR_APPOINTMENT,
    /** The investigator's report (the draft, where the seed has a draft and a final report). */
    INVESTIGATION_REPORT,
    /** Notice to the complainant that the stage will take longer than its standard timescale. */
    EXTENSION_NOTICE,
    FACTUAL_ACCURACY_CHECK,
    INDEPENDENT_PERSON_REPORT,
    /** The final reports go to the person who decides on them. */
    REPORTS_TO_DECISION_MAKER,
    /** The decision maker's response once the final reports reach them, besides the stage's overall RESPONSE limit. */
    DECISION_AFTER_REPORTS,
    PANEL_ORGANISED,
    PANEL_APPOINTED,
    PANEL_HELD,
    PANEL_INITIAL_RESPONSE,
    PANEL_FINDINGS,
    /** The stage's response reaches the complainant; for Stage 3, the response to the panel's findings. */
    RESPONSE,
    /** The letter confirming an outcome agreed during the stage. */
    OUTCOME_LETTER,
    /** A stage given one overall timescale with no steps, e.g. BCP's Stage 3 "around two months". */
    STAGE_COMPLETION
}
