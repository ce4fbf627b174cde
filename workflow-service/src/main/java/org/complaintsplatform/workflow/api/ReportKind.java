package org.complaintsplatform.workflow.api;

/** Which version of an investigation report. */
public enum ReportKind {
    /** For the factual-accuracy check, where the procedure has one. */
    DRAFT,
    FINAL
}
