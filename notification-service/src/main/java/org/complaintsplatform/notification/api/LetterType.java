package org.complaintsplatform.notification.api;

import java.util.Locale;

/** The letters the service writes; each has a template of the same name under {@code letters/}. */
public enum LetterType {
    ACKNOWLEDGEMENT;

    /** The template's file name without extension, e.g. {@code acknowledgement}. */
    public String templateName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
