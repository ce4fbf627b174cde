package org.complaintsplatform.contracts;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One topic of the registry.
 *
 * @param retention how long records are kept; {@code null} keeps them for ever
 */
public record TopicDefinition(
        String name,
        String description,
        int partitions,
        @Nullable Duration retention,
        String producer,
        List<String> consumers,
        List<EventType> types) {

    /** Dead-letter topics keep records for 30 days: long enough to inspect and replay after a holiday. */
    public static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(30);

    public TopicDefinition deadLetterTopic() {
        return new TopicDefinition(Topics.deadLetterTopicOf(name), "Dead letters of " + name, partitions,
                DEAD_LETTER_RETENTION, producer, List.of(), List.of());
    }

    /** The {@code retention.ms} topic setting; -1 keeps every record. */
    public long retentionMs() {
        return retention == null ? -1 : retention.toMillis();
    }
}
