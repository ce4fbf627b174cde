package org.complaintsplatform.intake.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ComplaintReferenceTest {

    @ParameterizedTest
    @CsvSource({
            "CAM, 2026, 1,       CAM-2026-000001",
            "CAM, 2026, 123,     CAM-2026-000123",
            "TW,  2027, 999999,  TW-2027-999999",
            "HER, 2026, 1000000, HER-2026-1000000",
    })
    void referenceIsPrefixYearAndAtLeastSixDigits(String prefix, int year, long number, String expected) {
        assertThat(ComplaintReference.of(prefix, year, number).value()).isEqualTo(expected);
    }

    @Test
    void numbersStartAtOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> ComplaintReference.of("CAM", 2026, 0));
    }

    @Test
    void yearHasFourDigits() {
        assertThatIllegalArgumentException().isThrownBy(() -> ComplaintReference.of("CAM", 26, 1));
    }

    @ParameterizedTest
    @CsvSource({
            "CAM-2026-000123,   true",
            "HER-2026-1000000,  true",
            "TW-2027-999999,    true",
            "cam-2026-000123,   false",
            "CAM-2026-123,      false",
            "CAM-26-000123,     false",
            "CAM-2026-000123 x, false",
            "CAMBRIDGE-2026-000123, false",
            "CAM-2026-00000000000000000001, false",
    })
    void aClientsValueIsAReferenceOnlyInTheShapeReferencesHave(String value, boolean wellFormed) {
        assertThat(ComplaintReference.isWellFormed(value)).isEqualTo(wellFormed);
    }

    @Test
    void referencePrintsAsItsValue() {
        assertThat(ComplaintReference.of("BCP", 2026, 7)).hasToString("BCP-2026-000007");
    }
}
