package org.complaintsplatform.workflow.api;

import org.jspecify.annotations.Nullable;

/**
 * The advocate or representative a complainant names when submitting, who gets copies of letters: personal data,
 * kept only in this service. Not the advocacy service a caseworker assigns ({@link AssignAdvocate}).
 */
public record NamedAdvocate(
        String name,
        @Nullable String organisation,
        @Nullable String email,
        @Nullable String telephone,
        @Nullable String postalAddress) {
}
