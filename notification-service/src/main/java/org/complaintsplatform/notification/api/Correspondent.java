package org.complaintsplatform.notification.api;

import org.jspecify.annotations.Nullable;

/** The complainant as a letter sees them, fetched at render time and kept no longer than the letter. */
public record Correspondent(
        @Nullable String name,
        @Nullable String email,
        @Nullable String postalAddress,
        Channel preferredChannel) {
}
