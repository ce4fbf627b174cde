package org.complaintsplatform.contracts.complaint;

/** Which version of an investigation report. */
public enum ReportKind {
    DRAFT,
    FINAL
}
