package org.complaintsplatform.reporting.rest;

import java.util.Locale;

/** Contract names as words for the report document: {@code FOSTER_CARER} reads "Foster carer". Public for Thymeleaf. */
public final class Words {

    public String of(String name) {
        String lower = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
