package org.complaintsplatform.workflow.rest;

import org.jspecify.annotations.Nullable;

/** A complaint's version as an entity tag: {@code "7"} (weak tags {@code W/"7"} are accepted too). */
final class ETags {

    private ETags() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    static @Nullable Long version(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() < 3 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
            throw new InvalidIfMatch(ifMatch);
        }
        try {
            return Long.parseLong(tag.substring(1, tag.length() - 1));
        } catch (NumberFormatException e) {
            throw new InvalidIfMatch(ifMatch);
        }
    }

    /** Answers 400: the header is not a version this API handed out. */
    static class InvalidIfMatch extends RuntimeException {

        InvalidIfMatch(String header) {
            super("If-Match must be a complaint version as given in the ETag, e.g. \"3\"; got " + header);
        }
    }
}
