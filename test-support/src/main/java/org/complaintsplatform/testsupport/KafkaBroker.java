package org.complaintsplatform.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node KRaft Kafka broker (combined broker and controller) inside the JVM. It can be
 * stopped and started again on the same port with its data, which restart and outage tests need.
 * Topics are never auto-created: services create theirs from the topic registry.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);

    private final Path logDirectory;
    private final int port;
    private final int controllerPort;
    private @Nullable KafkaRaftServer server;

    private KafkaBroker(Path logDirectory, int port, int controllerPort) {
        this.logDirectory = logDirectory;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /**
     * @param logDirectory kept across restarts; formatted on first use
     * @param port           0 for a free port, chosen once and kept for restarts
     * @param controllerPort the KRaft controller's port, likewise
     */
    public static KafkaBroker start(Path logDirectory, int port, int controllerPort) {
        KafkaBroker broker = new KafkaBroker(logDirectory, port == 0 ? freePort() : port,
                controllerPort == 0 ? freePort() : controllerPort);
        broker.start();
        return broker;
    }


    public synchronized void start() {
        if (server != null) {
            return;
        }
        Properties properties = properties();
        format(properties);
        KafkaRaftServer raftServer = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
        raftServer.startup();
        server = raftServer;
        log.info("Kafka broker listening on {} (data in {})", bootstrapServers(), logDirectory);
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
        log.info("Kafka broker on {} stopped", bootstrapServers());
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        stop();
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        p.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDirectory.toAbsolutePath().toString());
        p.put("auto.create.topics.enable", "false");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("num.partitions", "1");
        // A single test broker: keep its background work small on a 2-core machine.
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("log.cleaner.enable", "false");
        return p;
    }

    private void format(Properties properties) {
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return; // formatted before: keep its cluster id and data
        }
        try {
            Files.createDirectories(logDirectory);
            Path config = logDirectory.resolveSibling(logDirectory.getFileName() + ".properties");
            try (var out = Files.newOutputStream(config)) {
                properties.store(out, "written by KafkaBroker for kafka-storage format");
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()},
                    new PrintStream(output, true, StandardCharsets.UTF_8));
            log.debug("kafka-storage format: {}", output.toString(StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot format Kafka log directory " + logDirectory, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
