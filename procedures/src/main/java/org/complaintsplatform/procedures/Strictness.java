package org.complaintsplatform.procedures;

/** Whether missing a timescale is a breach or only worth a warning. */
public enum Strictness {
    /** The seed states a limit ("within", "must", "maximum"): missing it is a breach. */
    LIMIT,
    /** The seed states an aim ("usually", "normally", "we aim", "around"): missing it warns, it is no breach. */
    TARGET
}
