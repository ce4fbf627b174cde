package org.complaintsplatform.workflow.api;

/** The independent roles of a Stage 2 investigation. */
public enum InvestigatorRole {
    /** Investigates and writes the main report (IO). */
    INVESTIGATING_OFFICER,
    /** Oversees a statutory investigation and reports on its fairness (IP); may not be a member, officer or their spouse. */
    INDEPENDENT_PERSON
}
