package org.complaintsplatform.kafkasupport.it;

import io.cloudevents.CloudEvent;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.kafkasupport.ProcessedEvents;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A minimal service using kafka-support the way the real ones do; kept out of the auto-configuration's package so it is not component-scanned. */
@SpringBootApplication
class KafkaSupportTestApplication {

    @Component
    static class EffectListener {

        private final ProcessedEvents processedEvents;
        private final CloudEventCodec codec;
        private final JdbcTemplate jdbc;

        EffectListener(ProcessedEvents processedEvents, CloudEventCodec codec, JdbcTemplate jdbc) {
            this.processedEvents = processedEvents;
            this.codec = codec;
            this.jdbc = jdbc;
        }

        @KafkaListener(topics = Topics.DEADLINE_EVENTS, groupId = "kafka-support-test")
        @Transactional
        public void on(CloudEvent event) {
            if (processedEvents.markProcessed("kafka-support-test", event.getId())) {
                codec.decode(event);
                jdbc.update("INSERT INTO effect (event_id) VALUES (?)", event.getId());
            }
        }
    }
}
