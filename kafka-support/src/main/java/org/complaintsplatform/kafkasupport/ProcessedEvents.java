package org.complaintsplatform.kafkasupport;

import java.sql.PreparedStatement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
        requireTransaction();
        boolean first = jdbc.update("INSERT INTO processed_event (consumer, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                consumer, eventId) == 1;
        if (!first) {
            log.debug("{} skips {}: already processed", consumer, eventId);
        }
        return first;
    }

    /**
     * Records a batch of events for this consumer in one statement, for listeners that take a poll at a time.
     *
     * @param eventIds without repeats
     * @return those recorded now; the others were processed before and must be skipped
     */
    public Set<String> markProcessed(String consumer, List<String> eventIds) {
        requireTransaction();
        return new HashSet<>(jdbc.query(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO processed_event (consumer, event_id)
                    SELECT ?, unnest(?::varchar[])
                    ON CONFLICT DO NOTHING
                    RETURNING event_id""");
            insert.setString(1, consumer);
            insert.setArray(2, connection.createArrayOf("varchar", eventIds.toArray()));
            return insert;
        }, (rs, row) -> rs.getString(1)));
    }

    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("markProcessed must run in the transaction of the effect it guards");
        }
    }
}
