package org.complaintsplatform.reporting.api;

import java.time.LocalDate;

/**
 * An inclusive range of dates the figures are for: a financial quarter, a financial year or any range.
 *
 * @param label as the report names it, e.g. {@code 2026-27 Q1}, {@code 2026-27}, {@code 2026-04-01 to 2026-05-31}
 */
public record ReportPeriod(LocalDate start, LocalDate end, String label) {

    public ReportPeriod {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a period cannot end (" + end + ") before it starts (" + start + ")");
        }
    }

    public static ReportPeriod of(FinancialQuarter quarter) {
        return new ReportPeriod(quarter.start(), quarter.end(), quarter.financialYear() + " Q" + quarter.quarter());
    }

    /** The financial year that starts on 1 April of {@code year}. */
    public static ReportPeriod financialYear(int year) {
        FinancialQuarter first = new FinancialQuarter(year, 1);
        return new ReportPeriod(first.start(), new FinancialQuarter(year, 4).end(), first.financialYear());
    }

    public static ReportPeriod range(LocalDate from, LocalDate to) {
        return new ReportPeriod(from, to, from + " to " + to);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
