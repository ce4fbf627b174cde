package org.complaintsplatform.reporting.rest;

import java.time.LocalDate;
import java.util.Map;

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
        long acknowledgedOnTime) {
}
