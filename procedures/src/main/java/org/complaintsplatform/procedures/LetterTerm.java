package org.complaintsplatform.procedures;

/** Glossary terms whose organisation-specific wording letters use. */
public enum LetterTerm {
    COMPLAINTS_MANAGER,
    STAGE_1,
    STAGE_2,
    STAGE_3,
    STATEMENT_OF_COMPLAINT,
    INVESTIGATING_OFFICER,
    ADJUDICATION,
    PANEL,
    OMBUDSMAN
}
