package org.complaintsplatform.contracts;

/** How the complainant wants letters to reach them. */
public enum ContactPreference {
    EMAIL,
    POST
}
