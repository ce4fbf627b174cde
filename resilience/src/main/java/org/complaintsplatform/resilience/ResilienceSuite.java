package org.complaintsplatform.resilience;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.local.PlatformService;
import org.complaintsplatform.local.PlatformSettings;
import org.complaintsplatform.local.ProcessPlatform;
import org.complaintsplatform.testsupport.ConsumerGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The fault-injection suite of issue #12. Starts the platform in its processes mode (PostgreSQL, the broker,
 * the issuer and an SMTP server here; each service its own JVM) in a fresh data directory, drives complaints
 * of all five organisations over REST while it injects each fault once, waits until the platform has caught
 * up, checks what it holds and prints one summary line. Exits 1 on anything lost or duplicated, a poison
 * record not dead-lettered or relayed to a council, or a fault that failed to inject.
 * <p>
 * {@code ResilienceSuite [ci|full] [--complaints=N]}: ci (default) 100 complaints, full 1,000.
 */
public final class ResilienceSuite {

    private static final Logger log = LoggerFactory.getLogger(ResilienceSuite.class);
    private static final List<String> TOPICS = List.of(Topics.SUBMISSIONS, Topics.COMPLAINT_EVENTS,
            Topics.DEADLINE_EVENTS, Topics.NOTIFICATION_EVENTS);
    private static final List<String> CONSUMER_GROUPS = List.of("workflow-service", "deadline-service",
            "notification-service", "reporting-service");
    private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(5);

    private record Mode(String name, int complaints, Duration interval) {

        static Mode of(String[] args) {
            Mode mode = new Mode("ci", 100, Duration.ofMillis(2500));
            for (String arg : args) {
                if (arg.equals("full")) {
                    mode = new Mode("full", 1000, Duration.ofMillis(300));
                } else if (arg.startsWith("--complaints=")) {
                    mode = new Mode(mode.name(), Integer.parseInt(arg.substring("--complaints=".length())), mode.interval());
                } else if (!arg.equals("ci")) {
                    throw new IllegalArgumentException("usage: ResilienceSuite [ci|full] [--complaints=N], not " + arg);
                }
            }
            return mode;
        }
    }

    private ResilienceSuite() {
    }

    public static void main(String[] args) throws Exception {
        Mode mode = Mode.of(args);
        Instant began = Instant.now();
        Path data = Files.createTempDirectory("complaints-resilience-");
        log.info("resilience suite, {} mode: {} complaints; data and service logs in {}", mode.name(), mode.complaints(), data);
        MailServer mail = new MailServer();
        ProcessPlatform platform;
        try {
            platform = ProcessPlatform.start(settings(data), Map.of(PlatformService.NOTIFICATION, List.of(
                    "--spring.mail.host=127.0.0.1",
                    "--spring.mail.port=" + mail.port(),
                    // retry a refused e-mail within seconds, not the production half-minute doubling to an hour
                    "--complaints.notification.mail.initial-backoff=PT2S",
                    "--complaints.notification.mail.max-backoff=PT10S")));
        } catch (RuntimeException e) {
            mail.close();
            throw e;
        }
        // also when the suite is interrupted: no service process, database or broker outlives it
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            platform.close();
            mail.close();
        }, "resilience-shutdown"));
        int exit;
        try {
            exit = run(mode, platform, mail, began, data);
        } catch (Exception e) {
            log.error("resilience suite broke off", e);
            System.out.println("resilience: mode=" + mode.name() + " BROKE OFF: " + e);
            exit = 2;
        }
        platform.close();
        mail.close();
        if (exit == 0) {
            // a passing run's databases and logs are not needed; a failing run's are kept for its findings
            FileSystemUtils.deleteRecursively(data);
        }
        System.exit(exit);
    }

    private static PlatformSettings settings(Path data) {
        return new PlatformSettings(data, null, 0, null, 0, 0, true, PlatformSettings.randomSecret(),
                PlatformSettings.randomKey(), PlatformSettings.randomKey(), List.of(
                "--complaints.kafka.retry.initial-interval=PT0.2S",
                // a killed consumer's partitions go to its successor after 10 s, not the default 45 s
                "--spring.kafka.consumer.properties.session.timeout.ms=10000",
                "--spring.kafka.consumer.properties.heartbeat.interval.ms=3000"));
    }

    private static int run(Mode mode, ProcessPlatform platform, MailServer mail, Instant began, Path data) throws Exception {
        Portal portal = new Portal(platform);
        Complaints complaints = new Complaints(portal);
        Faults faults = new Faults(platform, mail, Duration.ofSeconds(10));
        Thread injector = new Thread(() -> faults.injectAll(complaints::started, mode.complaints()),
                "fault-injector");
        injector.start();
        complaints.drive(mode.complaints(), mode.interval());
        injector.join();
        boolean settled = settle(platform);
        Verdict verdict = Verdict.of(platform, complaints.journeys(), complaints.replayMismatches(), mail.received(), faults);

        verdict.findings().forEach(finding -> System.out.println("  " + finding));
        List<Faults.Fault> all = faults.faults();
        for (Faults.Fault fault : all) {
            System.out.printf("  fault %-34s %s: %s%n", fault.name(), fault.injected() ? "injected" : "NOT INJECTED", fault.note());
        }
        long injected = all.stream().filter(Faults.Fault::injected).count();
        long accepted = complaints.journeys().stream().filter(j -> j.accepted).count();
        long escalated = complaints.journeys().stream().filter(j -> j.escalated).count();
        int poisons = faults.poisons().size();
        System.out.printf("resilience: mode=%s complaints=%d accepted=%d escalated=%d faults=%d/%d lost=%d duplicated=%d "
                        + "dead-lettered=%d/%d leaked-to-councils=%d smtp-window=%d ack-mails=%d deadlines-fired=%d redelivered=%d "
                        + "retries=%d settled=%s seconds=%d data=%s%n",
                mode.name(), mode.complaints(), accepted, escalated, injected, all.size(), verdict.lost(), verdict.duplicated(),
                verdict.deadLettered(), poisons, verdict.leaked(), verdict.smtpWindow(), verdict.acknowledgementMails(), verdict.deadlinesFired(),
                verdict.redelivered(), portal.retries(), settled, Duration.between(began, Instant.now()).toSeconds(), data);
        boolean failed = verdict.lost() > 0 || verdict.duplicated() > 0 || verdict.deadLettered() < poisons || verdict.leaked() > 0
                || all.stream().anyMatch(f -> !f.injected() && f.note().startsWith("failed"));
        return failed ? 1 : 0;
    }

    /** Waits until every consumer group has read every topic and no e-mail is waiting, or {@link #SETTLE_TIMEOUT}. */
    private static boolean settle(ProcessPlatform platform) {
        JdbcTemplate notification = new JdbcTemplate(platform.postgres().dataSource("notification"));
        Instant deadline = Instant.now().plus(SETTLE_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            try {
                Integer pending = notification.queryForObject(
                        "SELECT count(*) FROM letter WHERE status = 'PENDING' AND channel = 'EMAIL'", Integer.class);
                if (pending != null && pending == 0
                        && ConsumerGroups.caughtUp(platform.bootstrapServers(), CONSUMER_GROUPS, TOPICS)) {
                    // one more look after the outbox relays and Axon's publisher have had time to send what they hold
                    Portal.pause(Duration.ofSeconds(5));
                    if (ConsumerGroups.caughtUp(platform.bootstrapServers(), CONSUMER_GROUPS, TOPICS)) {
                        return true;
                    }
                }
            } catch (RuntimeException e) {
                log.warn("not settled yet: {}", e.toString());
            }
            Portal.pause(Duration.ofSeconds(2));
        }
        return false;
    }
}
