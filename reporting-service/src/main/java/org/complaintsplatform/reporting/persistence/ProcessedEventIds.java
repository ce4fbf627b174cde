package org.complaintsplatform.reporting.persistence;

import java.sql.PreparedStatement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * kafka-support's {@code processed_event} for many events in one statement: what its {@code ProcessedEvents}
 * does for one, at one round trip per poll instead of one per event.
 */
@Repository
public class ProcessedEventIds {

    private final JdbcTemplate jdbc;

    public ProcessedEventIds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the events for this consumer in the caller's transaction, which must be that of their effects.
     *
     * @param eventIds without repeats
     * @return those not recorded before; the others were processed already and must be skipped
     */
    public Set<String> markProcessed(String consumer, List<String> eventIds) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("markProcessed must run in the transaction of the effects it guards");
        }
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
}
