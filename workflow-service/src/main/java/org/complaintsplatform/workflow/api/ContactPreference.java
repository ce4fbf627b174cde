package org.complaintsplatform.workflow.api;

/** How letters reach the complainant. Kept apart from the public contract so the two can change independently. */
public enum ContactPreference {
    EMAIL,
    POST
}
