package org.complaintsplatform.contracts.cloudevents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventIdsTest {

    @Test
    void reprocessingACauseDerivesTheSameId() {
        assertThat(EventIds.derived("cause-1", "deadline-set")).isEqualTo(EventIds.derived("cause-1", "deadline-set"));
    }

    @Test
    void eachEffectOfACauseHasItsOwnId() {
        assertThat(EventIds.derived("cause-1", "deadline-set")).isNotEqualTo(EventIds.derived("cause-1", "letter-sent"));
        assertThat(EventIds.derived("cause-1", "deadline-set")).isNotEqualTo(EventIds.derived("cause-2", "deadline-set"));
    }

    @Test
    void idIsAUuidSoItFitsEveryConsumersColumn() {
        assertThat(EventIds.derived("cause-1", "letter-sent")).isEqualTo(EventIds.derivedUuid("cause-1", "letter-sent").toString())
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }
}
