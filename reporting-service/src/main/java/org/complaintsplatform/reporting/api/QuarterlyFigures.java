package org.complaintsplatform.reporting.api;

import java.util.Map;

/**
 * Counts over the complaints received in a period.
 *
 * @param receivedByFeedbackType only the feedback types received in the period; an absent type means none
 * @param acknowledgedOnTime     acknowledged on or before the acknowledgement due date
 */
public record QuarterlyFigures(
        long received,
        Map<String, Long> receivedByFeedbackType,
        long acknowledged,
        long acknowledgedOnTime) {

    public QuarterlyFigures {
        receivedByFeedbackType = Map.copyOf(receivedByFeedbackType);
    }
}
