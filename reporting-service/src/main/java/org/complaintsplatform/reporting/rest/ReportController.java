package org.complaintsplatform.reporting.rest;

import java.util.ArrayList;
import java.util.List;

import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.reporting.api.FinancialQuarter;
import org.complaintsplatform.reporting.api.QuarterlyFigures;
import org.complaintsplatform.reporting.persistence.ComplaintFactRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/reports")
class ReportController {

    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 9998;

    private final ComplaintFactRepository facts;
    private final Procedures procedures;

    ReportController(ComplaintFactRepository facts, Procedures procedures) {
        this.facts = facts;
        this.procedures = procedures;
    }

    /** @param year the calendar year the financial year starts in (2026 for 2026-27) */
    @GetMapping("/quarterly")
    QuarterlyReport quarterly(@PathVariable String tenantId,
                              @RequestParam(required = false) @Nullable Integer year,
                              @RequestParam(required = false) @Nullable Integer quarter) {
        if (procedures.tenant(tenantId).isEmpty()) {
            throw new UnknownTenant(tenantId);
        }
        FinancialQuarter period = period(year, quarter);
        QuarterlyFigures figures = facts.figures(tenantId, period);
        return new QuarterlyReport(tenantId, period.year(), period.quarter(), period.financialYear(), period.start(),
                period.end(), figures.received(), figures.receivedByFeedbackType(), figures.acknowledged(),
                figures.acknowledgedOnTime(), figures.acknowledgedWithoutTimescale());
    }

    private static FinancialQuarter period(@Nullable Integer year, @Nullable Integer quarter) {
        List<InvalidParameters.FieldError> errors = new ArrayList<>();
        if (year == null) {
            errors.add(new InvalidParameters.FieldError("year", "is required"));
        } else if (year < FIRST_YEAR || year > LAST_YEAR) {
            errors.add(new InvalidParameters.FieldError("year", "must be between " + FIRST_YEAR + " and " + LAST_YEAR));
        }
        if (quarter == null) {
            errors.add(new InvalidParameters.FieldError("quarter", "is required"));
        } else if (quarter < 1 || quarter > 4) {
            errors.add(new InvalidParameters.FieldError("quarter", "must be 1, 2, 3 or 4"));
        }
        if (year == null || quarter == null || !errors.isEmpty()) {
            throw new InvalidParameters(errors);
        }
        return new FinancialQuarter(year, quarter);
    }
}
