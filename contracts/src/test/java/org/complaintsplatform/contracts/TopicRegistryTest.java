package org.complaintsplatform.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TopicRegistryTest {

    private final TopicRegistry registry = TopicRegistry.load();

    @Test
    void everyTopicCarriesAtLeastOneTypeAndHasADeadLetterTopicWithAsManyPartitions() {
        assertThat(registry.topics()).isNotEmpty().allSatisfy(topic -> {
            assertThat(topic.types()).as(topic.name()).isNotEmpty();
            TopicDefinition dlt = registry.find(topic.name() + ".dlt").orElseThrow();
            assertThat(dlt.partitions()).isEqualTo(topic.partitions());
            assertThat(dlt.retention()).isEqualTo(Duration.ofDays(30));
        });
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventTypeIsDeclaredOnTheTopicItNames(EventType type) {
        assertThat(registry.find(type.topic()).orElseThrow().types()).contains(type);
    }

    @Test
    void topicNamesFollowTheStreamPattern() {
        assertThat(registry.topics()).allSatisfy(topic ->
                assertThat(topic.name()).matches("complaints\\.[a-z]+(-[a-z]+)*\\.v[0-9]+"));
    }

    @Test
    void submissionsHoldPersonalDataSoAreKeptSevenDays() {
        assertThat(registry.find(Topics.SUBMISSIONS).orElseThrow().retentionMs())
                .isEqualTo(Duration.ofDays(7).toMillis());
    }

    @Test
    void publicEventTopicsKeepEveryEventSoProjectionsCanBeRebuilt() {
        assertThat(registry.topics())
                .filteredOn(topic -> !topic.name().equals(Topics.SUBMISSIONS))
                .allSatisfy(topic -> assertThat(topic.retentionMs()).as(topic.name()).isEqualTo(-1));
    }
}
