package org.complaintsplatform.reporting.rest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.procedures.Tenant;
import org.complaintsplatform.reporting.api.FinancialQuarter;
import org.complaintsplatform.reporting.api.PeriodFigures;
import org.complaintsplatform.reporting.api.ReportPeriod;
import org.complaintsplatform.reporting.query.ReportQueries;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.util.MimeTypeUtils;

/**
 * Figures per financial quarter, financial year or date range, as JSON (default), CSV ({@code Accept: text/csv}
 * or {@code format=csv}), or the report document as HTML or PDF ({@code Accept: text/html|application/pdf} or
 * {@code format=html|pdf}).
 */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/reports")
class ReportController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 9998;

    private final ReportQueries queries;
    private final Procedures procedures;
    private final ReportDocuments documents;

    ReportController(ReportQueries queries, Procedures procedures, ReportDocuments documents) {
        this.queries = queries;
        this.procedures = procedures;
        this.documents = documents;
    }

    /** @param year the calendar year the financial year starts in (2026 for 2026-27) */
    @GetMapping("/quarterly")
    ResponseEntity<?> quarterly(@PathVariable String tenantId,
                                @RequestParam(required = false) @Nullable Integer year,
                                @RequestParam(required = false) @Nullable Integer quarter,
                                @RequestParam(required = false) @Nullable String format,
                                @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
        Tenant tenant = tenant(tenantId);
        List<InvalidParameters.FieldError> errors = new ArrayList<>();
        checkYear(year, errors);
        if (quarter == null) {
            errors.add(new InvalidParameters.FieldError("quarter", "is required"));
        } else if (quarter < 1 || quarter > 4) {
            errors.add(new InvalidParameters.FieldError("quarter", "must be 1, 2, 3 or 4"));
        }
        Format chosen = Format.of(format, accept, errors);
        if (year == null || quarter == null || !errors.isEmpty()) {
            throw new InvalidParameters(errors);
        }
        FinancialQuarter financialQuarter = new FinancialQuarter(year, quarter);
        ReportPeriod period = ReportPeriod.of(financialQuarter);
        Report report = Report.of(tenantId, "QUARTER", year, quarter, financialQuarter.financialYear(), period,
                queries.figures(tenant, period));
        return respond(tenant, period, report, List.of(), chosen);
    }

    /** @param year the calendar year the financial year starts in: 2026 is 1 April 2026 to 31 March 2027 */
    @GetMapping("/annual")
    ResponseEntity<?> annual(@PathVariable String tenantId,
                             @RequestParam(required = false) @Nullable Integer year,
                             @RequestParam(required = false) @Nullable String format,
                             @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
        Tenant tenant = tenant(tenantId);
        List<InvalidParameters.FieldError> errors = new ArrayList<>();
        checkYear(year, errors);
        Format chosen = Format.of(format, accept, errors);
        if (year == null || !errors.isEmpty()) {
            throw new InvalidParameters(errors);
        }
        ReportPeriod period = ReportPeriod.financialYear(year);
        Report report = Report.of(tenantId, "FINANCIAL_YEAR", year, null, period.label(), period, queries.figures(tenant, period));
        List<ReportDocuments.QuarterReceived> quarters = new ArrayList<>();
        if (chosen.isDocument()) {
            for (int quarter = 1; quarter <= 4; quarter++) {
                PeriodFigures figures = queries.figures(tenant, ReportPeriod.of(new FinancialQuarter(year, quarter)));
                quarters.add(new ReportDocuments.QuarterReceived("Q" + quarter, figures.receivedByFeedbackType().getOrDefault("COMPLAINT", 0L)));
            }
        }
        return respond(tenant, period, report, quarters, chosen);
    }

    @GetMapping("/range")
    ResponseEntity<?> range(@PathVariable String tenantId,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
                            @RequestParam(required = false) @Nullable String format,
                            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
        Tenant tenant = tenant(tenantId);
        List<InvalidParameters.FieldError> errors = new ArrayList<>();
        if (from == null) {
            errors.add(new InvalidParameters.FieldError("from", "is required (yyyy-MM-dd)"));
        }
        if (to == null) {
            errors.add(new InvalidParameters.FieldError("to", "is required (yyyy-MM-dd)"));
        } else if (from != null && to.isBefore(from)) {
            errors.add(new InvalidParameters.FieldError("to", "must not be before from"));
        }
        Format chosen = Format.of(format, accept, errors);
        if (from == null || to == null || !errors.isEmpty()) {
            throw new InvalidParameters(errors);
        }
        ReportPeriod period = ReportPeriod.range(from, to);
        Report report = Report.of(tenantId, "RANGE", null, null, null, period, queries.figures(tenant, period));
        return respond(tenant, period, report, List.of(), chosen);
    }

    private ResponseEntity<?> respond(Tenant tenant, ReportPeriod period, Report report,
                                      List<ReportDocuments.QuarterReceived> quarters, Format format) {
        return switch (format) {
            case JSON -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
            case CSV -> ResponseEntity.ok().contentType(TEXT_CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName(report) + ".csv\"")
                    .body(ReportCsv.of(report));
            case HTML -> ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .body(documents.html(procedures.profile(tenant).organisation(), period, report, quarters));
            case PDF -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName(report) + ".pdf\"")
                    .body(documents.pdf(procedures.profile(tenant).organisation(), period, report, quarters));
        };
    }

    private static String fileName(Report report) {
        return report.tenantId() + "-complaints-" + report.periodStart() + "-" + report.periodEnd();
    }

    private Tenant tenant(String tenantId) {
        return procedures.tenant(tenantId).orElseThrow(() -> new UnknownTenant(tenantId));
    }

    private static void checkYear(@Nullable Integer year, List<InvalidParameters.FieldError> errors) {
        if (year == null) {
            errors.add(new InvalidParameters.FieldError("year", "is required"));
        } else if (year < FIRST_YEAR || year > LAST_YEAR) {
            errors.add(new InvalidParameters.FieldError("year", "must be between " + FIRST_YEAR + " and " + LAST_YEAR));
        }
    }

    enum Format {
        JSON, CSV, HTML, PDF;

        boolean isDocument() {
            return this == HTML || this == PDF;
        }

        /** {@code format} wins over {@code Accept}; without either, JSON. */
        static Format of(@Nullable String format, @Nullable String accept, List<InvalidParameters.FieldError> errors) {
            if (format != null) {
                try {
                    return valueOf(format.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    errors.add(new InvalidParameters.FieldError("format", "must be json, csv, html or pdf"));
                    return JSON;
                }
            }
            if (accept == null) {
                return JSON;
            }
            List<MediaType> accepted;
            try {
                accepted = new ArrayList<>(MediaType.parseMediaTypes(accept));
            } catch (InvalidMediaTypeException e) {
                return JSON;
            }
            MimeTypeUtils.sortBySpecificity(accepted);
            for (MediaType type : accepted) {
                if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()) {
                    return JSON;
                }
                if (type.isCompatibleWith(TEXT_CSV) && !type.isWildcardSubtype()) {
                    return CSV;
                }
                if (type.isCompatibleWith(MediaType.APPLICATION_PDF) && !type.isWildcardSubtype()) {
                    return PDF;
                }
                if (type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardSubtype()) {
                    return HTML;
                }
            }
            return JSON;
        }
    }
}
