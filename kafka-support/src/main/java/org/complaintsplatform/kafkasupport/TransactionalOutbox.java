package org.complaintsplatform.kafkasupport;

import java.sql.Timestamp;

import io.cloudevents.CloudEvent;
import org.complaintsplatform.contracts.EventType;
import org.complaintsplatform.contracts.IntegrationEvent;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes an event in the same database transaction as the state it describes; {@link OutboxRelay}
 * sends it to Kafka after commit. A crash between the two loses nothing and at worst sends twice,
 * with the same CloudEvent id, which consumers skip.
 */
public class TransactionalOutbox {

    private final JdbcTemplate jdbc;
    private final CloudEventCodec codec;
    private final String source;
    private final OutboxRelay relay;

    public TransactionalOutbox(JdbcTemplate jdbc, CloudEventCodec codec, String source, OutboxRelay relay) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.source = source;
        this.relay = relay;
    }

    /** @param eventId the CloudEvent id: the same fact must always get the same id */
    public void append(IntegrationEvent event, String eventId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("the outbox must be written in the transaction of the state it describes");
        }
        CloudEvent cloudEvent = codec.encode(event, eventId, source);
        jdbc.update("""
                INSERT INTO outbox_message (topic, message_key, event_id, event_type, source, subject, occurred_at, dataschema, tenant, payload)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                EventType.of(event).topic(), event.complaintId().toString(), cloudEvent.getId(), cloudEvent.getType(),
                source, cloudEvent.getSubject(), Timestamp.from(event.occurredAt()),
                String.valueOf(cloudEvent.getDataSchema()), event.tenantId(), cloudEvent.getData().toBytes());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.wakeUp();
            }
        });
    }
}
