package org.complaintsplatform.procedures;

public enum InvestigatorRole {
    /** Investigates at Stage 2 and writes the main report (IO). */
    INVESTIGATING_OFFICER,
    /** Oversees a statutory Stage 2 investigation and writes a short report on it (IP). */
    INDEPENDENT_PERSON
}
