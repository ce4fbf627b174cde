package org.complaintsplatform.procedures;

/** What an acknowledgement letter must tell the complainant. */
public enum LetterContent {
    ROUTE,
    RESPONDING_MANAGER,
    RESPONSE_DUE_DATE,
    RIGHT_TO_NEXT_STAGE,
    PROCEDURE_DETAILS
}
