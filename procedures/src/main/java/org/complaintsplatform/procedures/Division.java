package org.complaintsplatform.procedures;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** A bank-holiday division of the United Kingdom, named by its key in gov.uk's {@code bank-holidays.json}. */
public enum Division {
    ENGLAND_AND_WALES("england-and-wales"),
    SCOTLAND("scotland"),
    NORTHERN_IRELAND("northern-ireland");

    private final String slug;

    Division(String slug) {
        this.slug = slug;
    }

    @JsonValue
    public String slug() {
        return slug;
    }

    @JsonCreator
    public static Division fromSlug(String slug) {
        return Arrays.stream(values())
                .filter(division -> division.slug.equals(slug))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown bank-holiday division '" + slug + "', expected one of england-and-wales, scotland, northern-ireland"));
    }
}
