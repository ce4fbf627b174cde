package org.complaintsplatform.workflow.api;

import org.jspecify.annotations.Nullable;

/** The person who complains and how to reach them: personal data, kept only in this service. */
public record Complainant(
        ComplainantRole role,
        @Nullable String name,
        @Nullable String email,
        @Nullable String postalAddress,
        ContactPreference preferredContact) {
}
