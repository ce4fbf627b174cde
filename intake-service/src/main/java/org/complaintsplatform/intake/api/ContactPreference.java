package org.complaintsplatform.intake.api;

/** How the complainant wants letters to reach them. */
public enum ContactPreference {
    EMAIL,
    POST
}
