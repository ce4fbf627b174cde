package org.complaintsplatform.benchmarks;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import io.cloudevents.CloudEvent;
import org.complaintsplatform.contracts.ComplainantRole;
import org.complaintsplatform.contracts.FeedbackType;
import org.complaintsplatform.contracts.Route;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.contracts.complaint.ComplaintReceived;
import org.complaintsplatform.deadline.DeadlineApplication;
import org.complaintsplatform.testsupport.TestInfrastructure;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Schedules N acknowledgement deadlines through deadline-service's own consumer code (one transaction per
 * ComplaintReceived: row, two db-scheduler timers, outbox row, processed id), then moves the service clock
 * past their due dates and lets db-scheduler fire them all. Prints the scheduling rate against the raw
 * single-row INSERT rate of the same PostgreSQL, the firing lag, and the live heap with N open deadlines
 * vs none. Usage: {@code DeadlineBenchmark [deadlines, default 100000] [--preloaded=M]}.
 *
 * <p>{@code --preloaded=M} first writes M more open deadlines straight into the service's tables, each as the
 * listener would leave it (row and both timers), due in June 2027, long after the week that fires. Scheduling a
 * million through the listener takes hours on a small machine; preloading them takes a minute and puts the same
 * rows under the heap measure and under db-scheduler's polling while the N fire.
 */
public final class DeadlineBenchmark {

    private static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);
    private static final String TENANT = "cambridgeshire";

    @Configuration(proxyBeanMethods = false)
    static class MovableClock {
        @Bean
        @Primary
        Clock movableClock() {
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return Clock.offset(Clock.system(zone), OFFSET.get());
                }

                @Override
                public Instant instant() {
                    return Instant.now().plus(OFFSET.get());
                }
            };
        }
    }

    private DeadlineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 100_000;
        int preloaded = java.util.Arrays.stream(args).filter(arg -> arg.startsWith("--preloaded="))
                .mapToInt(arg -> Integer.parseInt(arg.substring("--preloaded=".length()))).findFirst().orElse(0);
        Map<String, String> infrastructure = TestInfrastructure.springProperties("deadline_bench_" + System.currentTimeMillis());
        setClock("2027-01-04T10:00:00Z");
        List<String> arguments = new ArrayList<>();
        infrastructure.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        arguments.addAll(List.of("--server.port=0", "--spring.kafka.listener.auto-startup=false",
                "--db-scheduler.polling-interval=PT0.5S", "--logging.level.root=WARN"));
        var app = DeadlineApplication.application();
        app.addPrimarySources(List.of(MovableClock.class));
        try (ConfigurableApplicationContext service = app.run(arguments.toArray(String[]::new))) {
            DataSource dataSource = service.getBean(DataSource.class);
            JdbcClient jdbc = service.getBean(JdbcClient.class);
            double rawPerSecond = rawInsertRate(dataSource, Math.min(n, 50_000));
            long heapNone = liveHeap();
            double preloadSeconds = preload(jdbc, preloaded);

            Object listener = service.getBean("complaintEventsListener");
            var on = listener.getClass().getMethod("on", CloudEvent.class);
            on.setAccessible(true);
            CloudEventCodec codec = service.getBean(CloudEventCodec.class);
            LocalDate firstDue = LocalDate.of(2027, 1, 11);
            long started = System.nanoTime();
            for (int i = 0; i < n; i++) {
                UUID complaintId = UUID.randomUUID();
                LocalDate dueOn = firstDue.plusDays(i % 5); // Monday to Friday of one week
                ComplaintReceived received = new ComplaintReceived(TENANT, complaintId, Instant.parse("2027-01-04T10:00:00Z"),
                        "CAM-2027-" + i, LocalDate.of(2027, 1, 4), FeedbackType.COMPLAINT, Route.STATUTORY, ComplainantRole.PARENT,
                        false, true, TENANT, 1, dueOn, List.of(), false);
                on.invoke(listener, codec.encode(received, UUID.randomUUID().toString(), "/workflow-service"));
            }
            double scheduledPerSecond = n / seconds(started);
            long open = jdbc.sql("SELECT count(*) FROM deadline WHERE status = 'OPEN'").query(Long.class).single();
            long heapOpen = liveHeap();

            // every deadline is over once the service's clock reaches Saturday 16th
            Instant jump = Instant.parse("2027-01-16T10:00:00Z");
            long fireStarted = System.nanoTime();
            setClock(jump.toString());
            while (jdbc.sql("SELECT count(*) FROM deadline WHERE status = 'OPEN'").query(Long.class).single() > preloaded) {
                Thread.sleep(500); // a driver waiting for the system under test, not a test waiting for time
            }
            double fireSeconds = seconds(fireStarted);
            List<Double> lag = jdbc.sql("""
                            SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM missed_at - :jump)),
                                   percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM missed_at - :jump))
                            FROM deadline WHERE status = 'MISSED'""")
                    .param("jump", java.sql.Timestamp.from(jump))
                    .query((rs, row) -> List.of(rs.getDouble(1), rs.getDouble(2)))
                    .single();

            System.out.printf("deadlines: %d (open after scheduling: %d), cores: %d, max heap: %d MB%n",
                    n, open, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            if (preloaded > 0) {
                System.out.printf("preloaded: %d open deadlines due in June 2027 with their %d timers, written in %.1f s;"
                                + " still open after the firing: %d%n", preloaded, 2L * preloaded, preloadSeconds,
                        jdbc.sql("SELECT count(*) FROM deadline WHERE status = 'OPEN'").query(Long.class).single());
            }
            System.out.printf("scheduled per second: %.0f%n", scheduledPerSecond);
            System.out.printf("raw single-row INSERT per second (same database, autocommit): %.0f%n", rawPerSecond);
            System.out.printf("ratio scheduled/raw: %.3f%n", scheduledPerSecond / rawPerSecond);
            System.out.printf("fired: %d in %.1f s (%.0f per second)%n", n, fireSeconds, n / fireSeconds);
            System.out.printf("firing lag after they all fell due at once: p50 %.2f s, p99 %.2f s%n", lag.get(0), lag.get(1));
            System.out.printf("live heap after full GC: none %d MB, %d open %d MB (difference %+d MB)%n",
                    heapNone >> 20, open, heapOpen >> 20, (heapOpen - heapNone) >> 20);
        }
        System.exit(0);
    }

    /**
     * M open acknowledgement deadlines of M complaints, due Monday to Friday of 7 to 11 June 2027, with the miss and
     * warning timers the listener would schedule (00:15 London after the due date, and a warning),
     * in three set-based statements (the warning two calendar days before: these never fire in the run).
     */
    private static double preload(JdbcClient jdbc, int rows) {
        if (rows == 0) {
            return 0;
        }
        long started = System.nanoTime();
        jdbc.sql("""
                        INSERT INTO deadline (id, tenant_id, complaint_id, stage, step, rule, due_on, status, set_at, source_ce_id)
                        SELECT gen_random_uuid(), :tenant, gen_random_uuid(), 1, 'ACKNOWLEDGEMENT', 'cambridgeshire-v1#acknowledgement',
                               DATE '2027-06-07' + (i % 5), 'OPEN', now(), 'preloaded-' || i
                        FROM generate_series(1, :rows) AS i""")
                .param("tenant", TENANT).param("rows", rows).update();
        jdbc.sql("""
                        INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, version)
                        SELECT 'deadline-due', id::text, ((due_on + 1)::timestamp + INTERVAL '15 minutes') AT TIME ZONE 'Europe/London', false, 1
                        FROM deadline WHERE source_ce_id LIKE 'preloaded-%'""").update();
        jdbc.sql("""
                        INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, version)
                        SELECT 'deadline-approaching', id::text, (due_on - 2)::timestamp AT TIME ZONE 'Europe/London', false, 1
                        FROM deadline WHERE source_ce_id LIKE 'preloaded-%'""").update();
        jdbc.sql("ANALYZE deadline").update();
        jdbc.sql("ANALYZE scheduled_tasks").update();
        return seconds(started);
    }

    /** The baseline: one-row INSERTs into a table shaped like {@code deadline}, each its own transaction. */
    private static double rawInsertRate(DataSource dataSource, int rows) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE IF NOT EXISTS raw_insert (id UUID PRIMARY KEY, tenant_id VARCHAR(40), due_on DATE)");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO raw_insert VALUES (?, ?, ?)")) {
                long started = System.nanoTime();
                for (int i = 0; i < rows; i++) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, TENANT);
                    insert.setObject(3, LocalDate.of(2027, 1, 11));
                    insert.executeUpdate();
                }
                return rows / seconds(started);
            }
        }
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

    private static void setClock(String instant) {
        OFFSET.set(Duration.between(Instant.now(), Instant.parse(instant)));
    }
}
