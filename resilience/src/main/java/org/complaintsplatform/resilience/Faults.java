package org.complaintsplatform.resilience;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.complaintsplatform.contracts.EventType;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.council.CouncilSubmissionCodec;
import org.complaintsplatform.contracts.council.CouncilTopics;
import org.complaintsplatform.local.PlatformService;
import org.complaintsplatform.local.ProcessPlatform;
import org.complaintsplatform.testsupport.KafkaBroker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Injects each fault once, in turn, while complaints are being driven; records what was really done.
 * A fault that could not be injected is recorded as skipped with the reason, never as injected.
 */
final class Faults {

    private static final Logger log = LoggerFactory.getLogger(Faults.class);

    /** One fault: what, when it started and ended, and whether it was injected. */
    record Fault(String name, Instant start, Instant end, boolean injected, String note) {
    }

    /** A record sent to a consumed topic that no consumer can process, identified by its key. */
    record Poison(String topic, String key, String kind) {
    }

    static final String NOT_A_CLOUD_EVENT = "not a CloudEvent";

    private final ProcessPlatform platform;
    private final MailServer mail;
    private final Duration outage;
    private final List<Fault> faults = new CopyOnWriteArrayList<>();
    private final List<Poison> poisons = new CopyOnWriteArrayList<>();

    Faults(ProcessPlatform platform, MailServer mail, Duration outage) {
        this.platform = platform;
        this.mail = mail;
        this.outage = outage;
    }

    List<Fault> faults() {
        return List.copyOf(faults);
    }

    List<Poison> poisons() {
        return List.copyOf(poisons);
    }

    /** When a fault of this kind was under way (start to end), for telling the SMTP window from a duplicate. */
    List<Fault> named(String prefix) {
        return faults.stream().filter(f -> f.injected() && f.name().startsWith(prefix)).toList();
    }

    /**
     * Every fault once, spread over the run: fault i of n waits until {@code (i + 1) / (n + 1)} of the complaints
     * have been started, so each one hits complaints at every step of their journey, however fast the machine.
     */
    void injectAll(IntSupplier started, int total) {
        List<Runnable> steps = new ArrayList<>();
        for (PlatformService service : PlatformService.values()) {
            steps.add(() -> run("kill -9 " + service.serviceName(), () -> {
                long pid = platform.pid(service);
                platform.kill(service);
                Portal.pause(Duration.ofSeconds(2));
                platform.start(service);
                return "pid " + pid + " killed, pid " + platform.pid(service) + " healthy";
            }));
        }
        steps.add(() -> run("kafka broker stop/start", () -> {
            KafkaBroker broker = platform.broker();
            if (broker == null) {
                throw new Skipped("the broker is external");
            }
            broker.stop();
            Portal.pause(outage);
            broker.start();
            return "down " + outage.toSeconds() + " s, same port and log directory";
        }));
        steps.add(() -> run("poison records", this::sendPoison));
        steps.add(() -> run("smtp down", () -> {
            mail.stop();
            Portal.pause(outage.multipliedBy(2));
            mail.start();
            return "refused connections for " + outage.multipliedBy(2).toSeconds() + " s";
        }));
        steps.add(() -> run("postgresql stop/start", () -> {
            if (!platform.postgresRestartable()) {
                throw new Skipped("PostgreSQL is external");
            }
            platform.stopPostgres();
            Portal.pause(outage);
            platform.startPostgres();
            return "down " + outage.toSeconds() + " s, same port and data directory";
        }));
        for (int i = 0; i < steps.size(); i++) {
            int due = (i + 1) * total / (steps.size() + 1);
            while (started.getAsInt() < due) {
                Portal.pause(Duration.ofMillis(200));
            }
            steps.get(i).run();
        }
    }

    private String sendPoison() {
        List<String> sent = new ArrayList<>();
        String council = CouncilTopics.inbound("cambridgeshire");
        Set<String> existing = topics();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            send(producer, sent, new Poison(Topics.SUBMISSIONS, "poison-" + UUID.randomUUID(), NOT_A_CLOUD_EVENT),
                    "{\"this\":\"is no CloudEvent\"}", List.of());
            send(producer, sent, new Poison(Topics.COMPLAINT_EVENTS, UUID.randomUUID().toString(), "breaks its schema"),
                    "{\"tenantId\":\"cambridgeshire\",\"complaintId\":42}",
                    ceHeaders(EventType.COMPLAINT_RECEIVED.ceType()));
            send(producer, sent, new Poison(Topics.DEADLINE_EVENTS, UUID.randomUUID().toString(), "unknown tenant"),
                    example(EventType.DEADLINE_MET).replace("\"cambridgeshire\"", "\"no-such-council\""),
                    ceHeaders(EventType.DEADLINE_MET.ceType()));
            send(producer, sent, new Poison(Topics.NOTIFICATION_EVENTS, UUID.randomUUID().toString(), NOT_A_CLOUD_EVENT),
                    "not even JSON", List.of());
            if (existing.contains(council) && existing.contains(Topics.deadLetterTopicOf(council))) {
                send(producer, sent, new Poison(council, UUID.randomUUID().toString(), "breaks its schema"),
                        "{\"tenantId\":\"cambridgeshire\",\"feedbackType\":\"NOT_A_TYPE\"}",
                        ceHeaders(CouncilSubmissionCodec.CE_TYPE));
            }
            producer.flush();
        }
        return String.join("; ", sent);
    }

    private void send(KafkaProducer<String, byte[]> producer, List<String> sent, Poison poison, String value,
                      List<RecordHeader> headers) {
        try {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(poison.topic(), null, poison.key(),
                    value.getBytes(StandardCharsets.UTF_8), new ArrayList<>(headers));
            producer.send(record).get(30, TimeUnit.SECONDS);
            poisons.add(poison);
            sent.add(poison.topic() + " (" + poison.kind() + ")");
        } catch (Exception e) {
            throw new IllegalStateException("cannot send a poison record to " + poison.topic(), e);
        }
    }

    /** Binary-mode CloudEvent headers of a real type, so the record reaches the listener and fails there. */
    private static List<RecordHeader> ceHeaders(String ceType) {
        return List.of(
                header("ce_specversion", "1.0"),
                header("ce_id", UUID.randomUUID().toString()),
                header("ce_source", "/resilience-suite"),
                header("ce_type", ceType),
                header("content-type", "application/json"));
    }

    private static RecordHeader header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String example(EventType type) {
        try (InputStream in = Faults.class.getClassLoader().getResourceAsStream(type.exampleResource())) {
            if (in == null) {
                throw new IllegalStateException("no example " + type.exampleResource());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Set<String> topics() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers()))) {
            return admin.listTopics().names().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot list topics", e);
        }
    }

    private void run(String name, Action action) {
        Instant start = Instant.now();
        log.info("fault: {} ...", name);
        try {
            String note = action.run();
            faults.add(new Fault(name, start, Instant.now(), true, note));
            log.info("fault: {} injected in {} s: {}", name, Duration.between(start, Instant.now()).toSeconds(), note);
        } catch (Skipped e) {
            faults.add(new Fault(name, start, Instant.now(), false, e.getMessage()));
            log.warn("fault: {} SKIPPED: {}", name, e.getMessage());
        } catch (RuntimeException e) {
            faults.add(new Fault(name, start, Instant.now(), false, "failed: " + e));
            log.error("fault: {} FAILED", name, e);
        }
    }

    @FunctionalInterface
    private interface Action {
        String run();
    }

    /** A fault this set-up cannot inject; the summary says so. */
    private static final class Skipped extends RuntimeException {
        Skipped(String reason) {
            super(reason);
        }
    }
}
