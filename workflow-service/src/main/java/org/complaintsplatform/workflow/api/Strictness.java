package org.complaintsplatform.workflow.api;

/** Whether missing a due date breaches the procedure ("within", "must") or only misses an aim ("normally"). */
public enum Strictness {
    LIMIT,
    TARGET
}
