package org.complaintsplatform.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import org.complaintsplatform.testsupport.DevelopmentIssuer;
import org.complaintsplatform.testsupport.KafkaBroker;
import org.complaintsplatform.testsupport.PostgresServer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's {@code processes} mode: PostgreSQL, the broker and the development issuer in this JVM as in
 * {@link LocalPlatform}, and each service in a JVM of its own (this JVM's class path, the service's main
 * class), so that a service can really be killed ({@link #kill}: SIGKILL) and started again ({@link #start(PlatformService)}).
 * The embedded PostgreSQL and broker can be stopped and started again on the same ports and data.
 * Each service's output goes to {@code <data>/logs/<service>.log}.
 */
public final class ProcessPlatform implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProcessPlatform.class);
    /** Small heaps and a quick JIT: five service JVMs share two cores with the broker and the database. */
    private static final List<String> SERVICE_JVM_OPTIONS = List.of("-Xmx320m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError", "-Daxoniq.update-checker.disabled=true");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final PlatformSettings settings;
    private final Path logDirectory;
    private final @Nullable Path postgresData;
    private @Nullable PostgresServer embeddedPostgres;
    private final PostgresServer postgres;
    private final @Nullable KafkaBroker embeddedKafka;
    private final String bootstrap;
    private final DevelopmentIssuer issuer;
    private final Map<PlatformService, Integer> ports = new EnumMap<>(PlatformService.class);
    private final Map<PlatformService, List<String>> arguments = new EnumMap<>(PlatformService.class);
    private final Map<PlatformService, Process> processes = new EnumMap<>(PlatformService.class);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private boolean closed;

    private ProcessPlatform(PlatformSettings settings, @Nullable Path postgresData, PostgresServer postgres,
                            @Nullable KafkaBroker embeddedKafka, String bootstrap, DevelopmentIssuer issuer) {
        this.settings = settings;
        this.logDirectory = settings.dataDirectory().resolve("logs");
        this.postgresData = postgresData;
        this.embeddedPostgres = postgresData == null ? null : postgres;
        this.postgres = postgres;
        this.embeddedKafka = embeddedKafka;
        this.bootstrap = bootstrap;
        this.issuer = issuer;
    }

    /**
     * Starts the infrastructure a setting does not replace, then the five services (in parallel) and waits
     * until each answers its health check.
     *
     * @param serviceArguments more Spring arguments for one service, after {@link PlatformSettings#extraArguments()}
     */
    public static ProcessPlatform start(PlatformSettings settings, Map<PlatformService, List<String>> serviceArguments) {
        Path postgresData = settings.postgres() == null ? settings.dataDirectory().resolve("postgres") : null;
        PostgresServer postgres = postgresData == null ? settings.postgres()
                : PostgresServer.startEmbedded(postgresData, settings.postgresPort());
        KafkaBroker broker = settings.kafkaBootstrapServers() != null ? null
                : KafkaBroker.start(settings.dataDirectory().resolve("kafka"), settings.kafkaPort(), settings.kafkaControllerPort());
        DevelopmentIssuer issuer = DevelopmentIssuer.start(settings.randomPorts() ? 0 : PlatformSettings.ISSUER_PORT,
                settings.serviceClientSecret());
        ProcessPlatform platform = new ProcessPlatform(settings, postgresData, postgres, broker,
                broker != null ? broker.bootstrapServers() : settings.kafkaBootstrapServers(), issuer);
        try {
            Files.createDirectories(platform.logDirectory);
            for (PlatformService service : PlatformService.values()) {
                platform.ports.put(service, settings.randomPorts() ? freePort() : service.defaultPort());
            }
            for (PlatformService service : PlatformService.values()) {
                List<String> args = new ArrayList<>(LocalPlatform.springArguments(service, platform.port(service), postgres,
                        platform.bootstrap, issuer, platform.url(PlatformService.WORKFLOW)));
                args.addAll(settings.extraArguments());
                args.addAll(serviceArguments.getOrDefault(service, List.of()));
                platform.arguments.put(service, args);
                platform.launch(service);
            }
            for (PlatformService service : PlatformService.values()) {
                platform.awaitHealthy(service);
            }
        } catch (IOException e) {
            platform.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
        return platform;
    }

    /** Starts the service's process again (after {@link #kill}) and waits until it is healthy. */
    public synchronized void start(PlatformService service) {
        Process running = processes.get(service);
        if (running != null && running.isAlive()) {
            throw new IllegalStateException(service.serviceName() + " is running (pid " + running.pid() + ")");
        }
        launch(service);
        awaitHealthy(service);
    }

    /** {@code kill -9}: the process gets no chance to finish anything. Returns when it is gone. */
    public synchronized void kill(PlatformService service) {
        Process process = processes.get(service);
        if (process == null || !process.isAlive()) {
            throw new IllegalStateException(service.serviceName() + " is not running");
        }
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(service.serviceName() + " (pid " + process.pid() + ") survived SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while killing " + service.serviceName(), e);
        }
        log.info("Killed {} (pid {}, exit {})", service.serviceName(), process.pid(), process.exitValue());
    }

    /** The process id of the service's current process. */
    public long pid(PlatformService service) {
        return processes.get(service).pid();
    }

    /** Whether the embedded PostgreSQL runs here and can be stopped and started again; false for an external server. */
    public boolean postgresRestartable() {
        return postgresData != null;
    }

    /** Stops the embedded PostgreSQL (a fast shutdown: connections are cut); its data stay. */
    public synchronized void stopPostgres() {
        if (embeddedPostgres == null) {
            throw new IllegalStateException("PostgreSQL is external or already stopped");
        }
        embeddedPostgres.close();
        embeddedPostgres = null;
        log.info("PostgreSQL on port {} stopped", postgres.port());
    }

    /** Starts the embedded PostgreSQL again on the same port and data directory. */
    public synchronized void startPostgres() {
        if (postgresData == null || embeddedPostgres != null) {
            throw new IllegalStateException("PostgreSQL is external or running");
        }
        embeddedPostgres = PostgresServer.startEmbedded(postgresData, postgres.port());
        log.info("PostgreSQL on port {} started again", postgres.port());
    }

    /** The embedded broker, which can be stopped and started on the same port; null when Kafka is external. */
    public @Nullable KafkaBroker broker() {
        return embeddedKafka;
    }

    public String bootstrapServers() {
        return bootstrap;
    }

    /** The server every service's database is on (while it runs). */
    public PostgresServer postgres() {
        return postgres;
    }

    public DevelopmentIssuer issuer() {
        return issuer;
    }

    public String url(PlatformService service) {
        return "http://localhost:" + port(service);
    }

    public int port(PlatformService service) {
        return ports.get(service);
    }

    /** Where the service's output goes, kept across its restarts. */
    public Path logFile(PlatformService service) {
        return logDirectory.resolve(service.serviceName() + ".log");
    }

    /** Stops the services (SIGTERM to all, SIGKILL to those still running 30 s later), then the embedded servers. Once. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        processes.values().forEach(Process::destroy);
        Instant deadline = Instant.now().plusSeconds(30);
        for (Process process : processes.values()) {
            try {
                long left = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
                if (!process.waitFor(left, TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        processes.clear();
        issuer.close();
        if (embeddedKafka != null) {
            embeddedKafka.close();
        }
        if (embeddedPostgres != null) {
            embeddedPostgres.close();
            embeddedPostgres = null;
        }
    }

    private void launch(PlatformService service) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(SERVICE_JVM_OPTIONS);
        command.addAll(classPathAndMain(service.mainClass()));
        command.addAll(arguments.get(service));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile(service).toFile()));
        // secrets as environment variables, not arguments any user on the machine can read in ps
        builder.environment().putAll(LocalPlatform.secrets(service, issuer, settings));
        try {
            Process process = builder.start();
            processes.put(service, process);
            log.info("Started {} as pid {} on port {} (log: {})", service.serviceName(), process.pid(), port(service),
                    logFile(service));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + service.serviceName(), e);
        }
    }

    /**
     * This JVM's class path and the service's main class; when this JVM runs from the local platform's
     * executable jar, that jar with Spring Boot's {@code PropertiesLauncher} told which main class to run.
     */
    private static List<String> classPathAndMain(String mainClass) {
        String classPath = System.getProperty("java.class.path");
        if (isBootJar(classPath)) {
            return List.of("-Dloader.main=" + mainClass, "-cp", classPath,
                    "org.springframework.boot.loader.launch.PropertiesLauncher");
        }
        return List.of("-cp", classPath, mainClass);
    }

    private static boolean isBootJar(String classPath) {
        if (!classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)) {
            return false;
        }
        try (JarFile jar = new JarFile(classPath)) {
            return jar.getEntry("BOOT-INF/lib/") != null || jar.getEntry("BOOT-INF/classes/") != null;
        } catch (IOException e) {
            return false;
        }
    }

    private void awaitHealthy(PlatformService service) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        HttpRequest health = HttpRequest.newBuilder(URI.create(url(service) + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        while (Instant.now().isBefore(deadline)) {
            Process process = processes.get(service);
            if (!process.isAlive()) {
                throw new IllegalStateException(service.serviceName() + " exited with " + process.exitValue()
                        + " while starting; see " + logFile(service));
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    log.info("{} is healthy", service.serviceName());
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + service.serviceName(), e);
            }
            pause();
        }
        throw new IllegalStateException(service.serviceName() + " not healthy after " + START_TIMEOUT + "; see " + logFile(service));
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
