package org.complaintsplatform.reporting.rest;

import java.util.Locale;
import java.util.Set;

/**
 * Contract names as words for the report document: {@code FOSTER_CARER} reads "Foster carer", an acronym such as
 * {@code LGSCO} stays as it is. Public for Thymeleaf.
 */
public final class Words {

    private static final Set<String> ACRONYMS = Set.of("LGSCO", "CQC", "NACCC", "NHS", "ICO");

    public String of(String name) {
        if (ACRONYMS.contains(name)) {
            return name;
        }
        String lower = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
