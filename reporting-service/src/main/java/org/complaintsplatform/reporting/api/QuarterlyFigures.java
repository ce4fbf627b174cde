package org.complaintsplatform.reporting.api;

import java.util.Map;

/**
 * Counts over the representations received in a period.
 *
 * @param receivedByFeedbackType       only the feedback types received in the period; an absent type means none
 * @param acknowledgedOnTime           acknowledged on or before an acknowledgement due date; never counts one without a due date
 * @param acknowledgedWithoutTimescale acknowledged where the procedure sets no timescale (no due date), so neither on time nor late
 */
public record QuarterlyFigures(
        long received,
        Map<String, Long> receivedByFeedbackType,
        long acknowledged,
        long acknowledgedOnTime,
        long acknowledgedWithoutTimescale) {

    public QuarterlyFigures {
        receivedByFeedbackType = Map.copyOf(receivedByFeedbackType);
    }
}
