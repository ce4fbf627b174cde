package org.complaintsplatform.procedures;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One organisation using the platform, bound to one version of its procedure profile.
 *
 * @param referencePrefix the first part of its complaint references, e.g. {@code CAM} in {@code CAM-2026-000123}
 */
public record Tenant(String id, String profileId, int profileVersion, Division division, String referencePrefix) {

    private static final Pattern ID = Pattern.compile("[a-z0-9-]{2,40}");
    private static final Pattern PREFIX = Pattern.compile("[A-Z]{2,6}");

    public Tenant {
        Objects.requireNonNull(division, "division");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("tenant id '" + id + "' must match " + ID);
        }
        if (!PREFIX.matcher(referencePrefix).matches()) {
            throw new IllegalArgumentException("reference prefix '" + referencePrefix + "' of tenant " + id + " must match " + PREFIX);
        }
        if (profileVersion < 1) {
            throw new IllegalArgumentException("profile version of tenant " + id + " must be at least 1");
        }
    }
}
