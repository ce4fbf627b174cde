package org.complaintsplatform.notification.api;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What one letter says: the parts every letter has, and the facts of its type.
 *
 * @param complaintsManager who signs, in the organisation's words
 * @param complainantName   absent when workflow holds no name; the letter then greets "Sir or Madam"
 * @param facts             the template's own variables; {@link LocalDate} values are written as {@code 29 December 2026}
 * @param briefInformationOnly the complainant may be told only brief information until signed consent: no findings
 */
public record LetterContent(
        LetterType type,
        String organisation,
        String complaintsManager,
        LocalDate letterDate,
        String reference,
        @Nullable String complainantName,
        Map<String, @Nullable Object> facts,
        boolean briefInformationOnly) {

    public LetterContent {
        // facts may be null (a date the event does not carry); templates test for them
        facts = Collections.unmodifiableMap(new HashMap<>(facts));
    }
}
