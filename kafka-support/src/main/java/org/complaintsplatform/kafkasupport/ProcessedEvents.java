package org.complaintsplatform.kafkasupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes a consumer's effects exactly-once over at-least-once delivery: the CloudEvent id is
 * recorded in the same transaction as the effect, so a redelivered record finds it and does nothing.
 */
public class ProcessedEvents {

    private static final Logger log = LoggerFactory.getLogger(ProcessedEvents.class);

    private final JdbcTemplate jdbc;

    public ProcessedEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the event for this consumer.
     *
     * @return true the first time; false when it was processed before and must be skipped
     */
    public boolean markProcessed(String consumer, String eventId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("markProcessed must run in the transaction of the effect it guards");
        }
        boolean first = jdbc.update("INSERT INTO processed_event (consumer, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                consumer, eventId) == 1;
        if (!first) {
            log.debug("{} skips {}: already processed", consumer, eventId);
        }
        return first;
    }
}
