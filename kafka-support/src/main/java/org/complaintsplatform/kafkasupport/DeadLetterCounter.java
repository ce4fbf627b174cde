package org.complaintsplatform.kafkasupport;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Counts records sent to dead-letter topics, per source topic, so operators can alert on any. */
class DeadLetterCounter {

    private final MeterRegistry meters;

    DeadLetterCounter(MeterRegistry meters) {
        this.meters = meters;
    }

    void deadLettered(String topic) {
        Counter.builder("complaints.kafka.dead.letters")
                .description("Records sent to a dead-letter topic after failing")
                .tag("topic", topic)
                .register(meters)
                .increment();
    }
}
