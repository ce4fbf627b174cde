package org.complaintsplatform.benchmarks;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.cloudevents.kafka.CloudEventSerializer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.complaintsplatform.contracts.TopicRegistry;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.reporting.ReportingApplication;
import org.complaintsplatform.testsupport.ConsumerGroups;
import org.complaintsplatform.testsupport.TestInfrastructure;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * How fast reporting-service rebuilds its projection from the topics, against how fast a bare
 * {@link KafkaConsumer} reads the same records. Loads generated complaint lifecycles of the five tenants
 * ({@link ComplaintHistory}: complaint and deadline events) onto a real broker, starts reporting-service with
 * its listeners stopped, then measures in the same JVM and run: (a) a raw consumer reading every record of
 * the topics the service listens to from offset zero, deserializing each CloudEvent (twice: cold, then warm;
 * the faster is the baseline); (b) the service's listeners started on the full topics, until its consumer
 * group has committed the end of every partition; (c) a rebuild through {@code POST /admin/projections/rebuild}
 * until every event is processed again, which must give the same projection. Usage:
 * {@code ReportingReplayBenchmark [complaint-topic events, default 20000] [--no-rebuild] [--property=value...]}, the
 * properties passed on to reporting-service (e.g. {@code --spring.kafka.consumer.max-poll-records=1000}).
 */
public final class ReportingReplayBenchmark {

    private static final long SEED = 20_261_123L;
    private static final Duration POLL = Duration.ofMillis(100);

    private ReportingReplayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long n = args.length > 0 && !args[0].startsWith("--") ? Long.parseLong(args[0]) : 20_000;
        boolean rebuild = !List.of(args).contains("--no-rebuild");
        List<String> serviceArguments = Arrays.stream(args).filter(arg -> arg.startsWith("--") && arg.contains("=")).toList();
        Map<String, String> infrastructure = TestInfrastructure.springProperties("reporting_bench");
        String bootstrap = infrastructure.get("spring.kafka.bootstrap-servers");
        createTopics(bootstrap);

        long loadStarted = System.nanoTime();
        ComplaintHistory history = load(bootstrap, n);
        double loadSeconds = seconds(loadStarted);

        List<String> arguments = new ArrayList<>();
        infrastructure.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        arguments.addAll(List.of("--server.port=0", "--spring.kafka.listener.auto-startup=false", "--logging.level.root=WARN"));
        arguments.addAll(serviceArguments);
        try (ConfigurableApplicationContext service = ReportingApplication.application().run(arguments.toArray(String[]::new));
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            KafkaListenerEndpointRegistry listeners = service.getBean(KafkaListenerEndpointRegistry.class);
            List<String> topics = listeners.getListenerContainers().stream()
                    .flatMap(container -> Arrays.stream(container.getContainerProperties().getTopics()))
                    .distinct().sorted().toList();
            String group = service.getEnvironment().getRequiredProperty("spring.kafka.consumer.group-id");
            JdbcClient jdbc = service.getBean(JdbcClient.class);
            Map<TopicPartition, Long> ends = endOffsets(bootstrap, topics);
            long records = ends.values().stream().mapToLong(Long::longValue).sum();

            RawRead cold = rawRead(bootstrap, ends);
            RawRead warm = rawRead(bootstrap, ends);
            double rawPerSecond = Math.max(cold.perSecond(), warm.perSecond());
            long heapBefore = liveHeap();

            long replayStarted = System.nanoTime();
            listeners.getListenerContainers().forEach(MessageListenerContainer::start);
            awaitReplayed(admin, group, ends, jdbc, records);
            double replaySeconds = seconds(replayStarted);
            boolean caughtUp = ConsumerGroups.caughtUp(bootstrap, List.of(group), topics);
            Timing inListener = inListener(service);
            long heapAfter = liveHeap();
            Projection replayed = projection(jdbc);

            System.out.printf("events: %d on %s (%d lifecycles, %d tenants); %d deadline events also loaded, on a topic"
                            + " reporting-service does not consume; loaded in %.1f s%n",
                    records, topics, history.lifecycles(), history.tenants(), history.deadlineEvents(), loadSeconds);
            System.out.printf("cores: %d, max heap: %d MB, service arguments: %s%n", Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20, serviceArguments);
            System.out.printf("raw KafkaConsumer read per second (CloudEvents deserialized): cold %.0f, warm %.0f%n",
                    cold.perSecond(), warm.perSecond());
            System.out.printf("replay per second (reporting-service from offset zero, until caught up: %s): %.0f (%.1f s)%n",
                    caughtUp, records / replaySeconds, replaySeconds);
            System.out.printf("ratio replay/raw: %.3f%n", records / replaySeconds / rawPerSecond);
            System.out.printf("replay time in the listener: %.1f s over %d calls%n", inListener.seconds(), inListener.calls());
            System.out.printf("projection: %s%n", replayed);
            if (rebuild) {
                String token = TestInfrastructure.issuer().token("bench", null, List.of("admin"));
                String port = service.getEnvironment().getRequiredProperty("local.server.port");
                long rebuildStarted = System.nanoTime();
                HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder()
                                .uri(URI.create("http://localhost:" + port + "/admin/projections/rebuild"))
                                .header("Authorization", "Bearer " + token)
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 202) {
                    throw new IllegalStateException("rebuild answered " + response.statusCode() + ": " + response.body());
                }
                awaitReplayed(admin, group, ends, jdbc, records);
                double rebuildSeconds = seconds(rebuildStarted);
                Projection rebuilt = projection(jdbc);
                System.out.printf("rebuild per second (POST /admin/projections/rebuild until replayed): %.0f (%.1f s)%n",
                        records / rebuildSeconds, rebuildSeconds);
                System.out.printf("ratio rebuild/raw: %.3f%n", records / rebuildSeconds / rawPerSecond);
                System.out.printf("rebuilt projection identical: %s%n", rebuilt.equals(replayed));
            }
            System.out.printf("live heap after full GC: before replay %d MB, after %d MB (difference %+d MB)%n",
                    heapBefore >> 20, heapAfter >> 20, (heapAfter - heapBefore) >> 20);
        }
        System.exit(0);
    }

    /** As kafka-support does at a service's start-up: every registry topic with its partitions and a dead-letter topic. */
    private static void createTopics(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(TopicRegistry.load().topicsWithDeadLetters().stream()
                    .map(topic -> new NewTopic(topic.name(), topic.partitions(), (short) 1)
                            .configs(Map.of("retention.ms", Long.toString(topic.retentionMs()))))
                    .toList()).all().get();
        }
    }

    /** Produces the history in bulk: batched and pipelined, as fast as the broker takes it. */
    private static ComplaintHistory load(String bootstrap, long complaintTopicEvents) {
        CloudEventCodec codec = new CloudEventCodec();
        ComplaintHistory history = new ComplaintHistory(Procedures.loadDefault(), SEED);
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        AtomicReference<Exception> failure = new AtomicReference<>();
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(config, new StringSerializer(), new CloudEventSerializer())) {
            history.publish(complaintTopicEvents, published -> producer.send(new ProducerRecord<>(published.topic(),
                    published.event().complaintId().toString(),
                    codec.encode(published.event(), published.ceId(), published.source())), (metadata, exception) -> {
                if (exception != null) {
                    failure.compareAndSet(null, exception);
                }
            }));
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("loading the history failed", failure.get());
        }
        return history;
    }

    private static Map<TopicPartition, Long> endOffsets(String bootstrap, List<String> topics) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = topics.stream()
                    .flatMap(topic -> consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())))
                    .toList();
            return new HashMap<>(consumer.endOffsets(partitions));
        }
    }

    private record RawRead(long records, double seconds) {

        double perSecond() {
            return records / seconds;
        }
    }

    /** The baseline: one consumer with the client's default fetch settings, as the service's has, and no group. */
    private static RawRead rawRead(String bootstrap, Map<TopicPartition, Long> ends) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        long records = 0;
        long withId = 0;
        long started = System.nanoTime();
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new CloudEventDeserializer())) {
            consumer.assign(ends.keySet());
            consumer.seekToBeginning(ends.keySet());
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
                for (ConsumerRecord<String, CloudEvent> record : consumer.poll(POLL)) {
                    records++;
                    // touch what every listener reads first, so the deserialized event is used
                    if (record.value().getId() != null) {
                        withId++;
                    }
                }
            }
        }
        double seconds = seconds(started);
        if (withId != records) {
            throw new IllegalStateException(records - withId + " records without a CloudEvent id");
        }
        return new RawRead(records, seconds);
    }

    /**
     * Waits until the group has committed the end offset of every partition and the service has recorded every
     * event as processed (after a rebuild the old commits are at the end before the replay has begun).
     */
    private static void awaitReplayed(Admin admin, String group, Map<TopicPartition, Long> ends, JdbcClient jdbc,
                                      long records) throws Exception {
        while (true) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            boolean atEnd = ends.entrySet().stream().allMatch(end -> {
                OffsetAndMetadata offset = committed.get(end.getKey());
                return offset != null && offset.offset() >= end.getValue();
            });
            if (atEnd && processed(jdbc) >= records) {
                return;
            }
            Thread.sleep(POLL.toMillis()); // a driver waiting for the system under test, not a test waiting for time
        }
    }

    private record Timing(double seconds, long calls) {
    }

    /** spring-kafka's own timer of listener calls: the replay's time less polling, committing and idling. */
    private static Timing inListener(ConfigurableApplicationContext service) {
        Collection<Timer> timers = service.getBean(MeterRegistry.class).find("spring.kafka.listener").timers();
        return new Timing(timers.stream().mapToDouble(timer -> timer.totalTime(TimeUnit.SECONDS)).sum(),
                timers.stream().mapToLong(Timer::count).sum());
    }

    private static long processed(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM processed_event").query(Long.class).single();
    }

    /** What the projection holds: row counts and a digest of every row, to compare a rebuild with the first replay. */
    private record Projection(long complaintFacts, long stageFacts, long stepFacts, long decisionFacts, long processedEvents,
                              String digest) {
    }

    private static Projection projection(JdbcClient jdbc) {
        return jdbc.sql("""
                        SELECT (SELECT count(*) FROM complaint_fact), (SELECT count(*) FROM stage_fact),
                               (SELECT count(*) FROM step_fact), (SELECT count(*) FROM decision_fact),
                               (SELECT count(*) FROM processed_event),
                               md5((SELECT string_agg(c::text, '|' ORDER BY complaint_id) FROM complaint_fact c)
                                   || (SELECT string_agg(s::text, '|' ORDER BY complaint_id, stage) FROM stage_fact s)
                                   || COALESCE((SELECT string_agg(t::text, '|' ORDER BY complaint_id, step) FROM step_fact t), '')
                                   || COALESCE((SELECT string_agg(d::text, '|' ORDER BY event_id) FROM decision_fact d), ''))""")
                .query((rs, row) -> new Projection(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getString(6)))
                .single();
    }

    private static long liveHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }
}
