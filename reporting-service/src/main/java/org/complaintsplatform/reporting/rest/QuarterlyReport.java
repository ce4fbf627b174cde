package org.complaintsplatform.reporting.rest;

import java.time.LocalDate;
import java.util.Map;

/**
 * The quarterly figures as JSON.
 *
 * @param acknowledgedOnTime           acknowledged on or before the due date; only acknowledgements with a due date count
 * @param acknowledgedWithoutTimescale acknowledged where the procedure sets no acknowledgement timescale (e.g. BCP)
 */
public record QuarterlyReport(
        String tenantId,
        int year,
        int quarter,
        String financialYear,
        LocalDate periodStart,
        LocalDate periodEnd,
        long received,
        Map<String, Long> receivedByFeedbackType,
        long acknowledged,
        long acknowledgedOnTime,
        long acknowledgedWithoutTimescale) {
}
