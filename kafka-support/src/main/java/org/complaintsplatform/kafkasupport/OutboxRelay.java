package org.complaintsplatform.kafkasupport;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends outbox rows to Kafka in insertion order, waits for every acknowledgement of a batch, then
 * deletes the batch. Woken at once after each commit; a short poll catches what a crash or a broker
 * outage left behind. Several instances may run: a transaction-scoped advisory lock lets one of them
 * publish at a time, so records of one complaint never overtake each other.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** The advisory lock key of the outbox publisher, the same in every instance sharing the database. */
    private static final long PUBLISHER_LOCK = 0x6f7574626f78L;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final KafkaTemplate<String, CloudEvent> kafka;
    private final KafkaSupportProperties.Outbox settings;
    private final Counter published;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private @Nullable Thread worker;

    public OutboxRelay(JdbcTemplate jdbc, TransactionTemplate transactions, KafkaTemplate<String, CloudEvent> kafka,
                       KafkaSupportProperties.Outbox settings, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafka = kafka;
        this.settings = settings;
        this.published = Counter.builder("complaints.outbox.published").description("Outbox records sent to Kafka")
                .register(meters);
        Gauge.builder("complaints.outbox.pending", this, OutboxRelay::pending)
                .description("Outbox records not yet acknowledged by Kafka")
                .register(meters);
    }

    public void wakeUp() {
        wakeUps.release();
    }

    /** Sends what is pending now, batch by batch; returns how many records were sent. */
    public int publishPending() {
        int total = 0;
        int sent;
        do {
            Integer batch = transactions.execute(status -> publishBatch());
            sent = batch == null ? 0 : batch;
            total += sent;
        } while (sent == settings.batchSize());
        return total;
    }

    private int publishBatch() {
        Boolean mine = jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class, PUBLISHER_LOCK);
        if (!Boolean.TRUE.equals(mine)) {
            return 0; // another instance is publishing; it will send these rows in order
        }
        List<OutboxRow> rows = jdbc.query("""
                SELECT id, topic, message_key, event_id, event_type, source, subject, occurred_at, dataschema, tenant, payload
                FROM outbox_message ORDER BY id LIMIT ?""",
                (rs, n) -> new OutboxRow(rs.getLong("id"), rs.getString("topic"), rs.getString("message_key"),
                        CloudEventBuilder.v1()
                                .withId(rs.getString("event_id"))
                                .withType(rs.getString("event_type"))
                                .withSource(URI.create(rs.getString("source")))
                                .withSubject(rs.getString("subject"))
                                .withTime(rs.getTimestamp("occurred_at").toInstant().atOffset(ZoneOffset.UTC))
                                .withExtension(CloudEventCodec.TENANT_EXTENSION, rs.getString("tenant"))
                                .withDataSchema(rs.getString("dataschema") == null ? null : URI.create(rs.getString("dataschema")))
                                .withDataContentType("application/json")
                                .withData("application/json", rs.getBytes("payload"))
                                .build()),
                settings.batchSize());
        if (rows.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<?>> acks = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            acks.add(kafka.send(new ProducerRecord<>(row.topic(), row.key(), row.event())));
        }
        try {
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
                    .get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not acknowledge the outbox batch; it stays for the next attempt", e);
        }
        jdbc.update("DELETE FROM outbox_message WHERE id = ANY(?)",
                (Object) rows.stream().map(OutboxRow::id).toArray(Long[]::new));
        published.increment(rows.size());
        return rows.size();
    }

    private double pending() {
        try {
            Long count = jdbc.queryForObject("SELECT count(*) FROM outbox_message", Long.class);
            return count == null ? 0 : count;
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private void run() {
        while (running) {
            try {
                publishPending();
                wakeUps.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Outbox relay could not publish; retrying in {}: {}", settings.pollInterval(), e.getMessage());
                sleepQuietly();
            }
        }
    }

    private void sleepQuietly() {
        try {
            TimeUnit.MILLISECONDS.sleep(settings.pollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        running = true;
        Thread thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = worker;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(settings.sendTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        worker = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private record OutboxRow(long id, String topic, String key, CloudEvent event) {
    }
}
