package org.complaintsplatform.reporting.api;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FinancialQuarterTest {

    @ParameterizedTest(name = "{0} Q{1} is {2} to {3} of {4}")
    @CsvSource({
            "2026, 1, 2026-04-01, 2026-06-30, 2026-27",
            "2026, 2, 2026-07-01, 2026-09-30, 2026-27",
            "2026, 3, 2026-10-01, 2026-12-31, 2026-27",
            "2026, 4, 2027-01-01, 2027-03-31, 2026-27",
            // the quarter 4 that ends in a leap year's March, and a century boundary
            "2027, 4, 2028-01-01, 2028-03-31, 2027-28",
            "2099, 1, 2099-04-01, 2099-06-30, 2099-00"
    })
    void quartersFollowTheFinancialYearThatStartsOnTheFirstOfApril(int year, int quarter, LocalDate start,
                                                                    LocalDate end, String financialYear) {
        FinancialQuarter period = new FinancialQuarter(year, quarter);

        assertThat(period.start()).isEqualTo(start);
        assertThat(period.end()).isEqualTo(end);
        assertThat(period.financialYear()).isEqualTo(financialYear);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, -1})
    void aFinancialYearHasOnlyFourQuarters(int quarter) {
        assertThatThrownBy(() -> new FinancialQuarter(2026, quarter))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quarters 1 to 4");
    }

    @Test
    void consecutiveQuartersLeaveNoGap() {
        for (int quarter = 1; quarter < 4; quarter++) {
            assertThat(new FinancialQuarter(2026, quarter + 1).start())
                    .isEqualTo(new FinancialQuarter(2026, quarter).end().plusDays(1));
        }
        assertThat(new FinancialQuarter(2027, 1).start()).isEqualTo(new FinancialQuarter(2026, 4).end().plusDays(1));
    }
}
