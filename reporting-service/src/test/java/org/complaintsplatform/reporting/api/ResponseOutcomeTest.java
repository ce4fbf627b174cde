package org.complaintsplatform.reporting.api;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseOutcomeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "UPHELD, UPHELD",
            "NOT_UPHELD UPHELD PARTLY_UPHELD, UPHELD",
            "PARTLY_UPHELD NOT_UPHELD, PARTLY_UPHELD",
            "PARTLY_UPHELD PARTLY_UPHELD, PARTLY_UPHELD",
            "NOT_UPHELD, NOT_UPHELD",
            "NOT_UPHELD NOT_UPHELD, NOT_UPHELD",
            "'', NOT_UPHELD"
    })
    void aResponseIsUpheldIfAnyPointIsAndPartlyUpheldIfAnyPointIsPartlyAndNoneUpheld(String points, ResponseOutcome expected) {
        List<String> outcomes = points.isBlank() ? List.of() : List.of(points.split(" "));

        assertThat(ResponseOutcome.of(outcomes)).isEqualTo(expected);
    }
}
