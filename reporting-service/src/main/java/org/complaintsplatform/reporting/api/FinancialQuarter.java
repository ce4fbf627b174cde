package org.complaintsplatform.reporting.api;

import java.time.LocalDate;

/**
 * A quarter of a UK financial year (1 April to 31 March). {@code year} is the calendar year the
 * financial year starts in: 2026 quarter 1 is April–June 2026 and quarter 4 is January–March 2027,
 * both of financial year 2026-27.
 */
public record FinancialQuarter(int year, int quarter) {

    public FinancialQuarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("a financial year has quarters 1 to 4, not " + quarter);
        }
    }

    public LocalDate start() {
        return LocalDate.of(year, 4, 1).plusMonths(3L * (quarter - 1));
    }

    /** The last day of the quarter, inclusive. */
    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    /** As the returns name it, e.g. {@code 2026-27}. */
    public String financialYear() {
        return "%d-%02d".formatted(year, (year + 1) % 100);
    }
}
