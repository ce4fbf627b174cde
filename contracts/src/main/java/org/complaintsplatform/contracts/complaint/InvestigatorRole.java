package org.complaintsplatform.contracts.complaint;

/** The author of an investigation report. */
public enum InvestigatorRole {
    INVESTIGATING_OFFICER,
    INDEPENDENT_PERSON
}
