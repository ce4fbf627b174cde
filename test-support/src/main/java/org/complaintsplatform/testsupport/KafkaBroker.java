package org.complaintsplatform.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.common.utils.Time;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node KRaft Kafka broker (combined broker and controller) inside the JVM. It can be
 * stopped and started again on the same port with its data, which restart and outage tests need.
 * Topics are never auto-created: services create theirs from the topic registry.
 * <p>
 * {@link #startSecured} runs it as production should: clients authenticate with SASL/SCRAM-SHA-512
 * over TLS and the KRaft {@code StandardAuthorizer} refuses whatever no ACL allows.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);

    /** The SASL mechanism of the secured broker's client listener. */
    public static final String SASL_MECHANISM = "SCRAM-SHA-512";
    /** The secured broker's super user: the broker itself and the operator who provisions users and ACLs. */
    public static final String ADMIN_USER = "admin";

    /** Passwords go into JAAS and {@code --add-scram} text unquoted: keep them to characters that need no escaping. */
    private static final Pattern PLAIN_PASSWORD = Pattern.compile("[A-Za-z0-9_-]{8,}");
    private static final String SCRAM_LOGIN = "org.apache.kafka.common.security.scram.ScramLoginModule";
    private static final String PLAIN_LOGIN = "org.apache.kafka.common.security.plain.PlainLoginModule";

    private final Path logDirectory;
    private final int port;
    private final int controllerPort;
    private final @Nullable Security security;
    private @Nullable KafkaRaftServer server;

    private KafkaBroker(Path logDirectory, int port, int controllerPort, @Nullable Security security) {
        this.logDirectory = logDirectory;
        this.port = port;
        this.controllerPort = controllerPort;
        this.security = security;
    }

    /**
     * @param logDirectory kept across restarts; formatted on first use
     * @param port           0 for a free port, chosen once and kept for restarts
     * @param controllerPort the KRaft controller's port, likewise
     */
    public static KafkaBroker start(Path logDirectory, int port, int controllerPort) {
        KafkaBroker broker = new KafkaBroker(logDirectory, port == 0 ? freePort() : port,
                controllerPort == 0 ? freePort() : controllerPort, null);
        broker.start();
        return broker;
    }

    /**
     * Starts a broker on free ports whose client listener takes only SASL/SCRAM-SHA-512 over TLS (a
     * self-signed certificate for {@code localhost}, made with the JDK's keytool beside the log
     * directory) and whose {@code StandardAuthorizer} allows nothing without an ACL, except to
     * {@link #ADMIN_USER}. The controller listener takes SASL/PLAIN from the admin only: KRaft
     * controllers cannot use SCRAM.
     *
     * @param adminPassword at least 8 letters, digits, {@code _} or {@code -}
     */
    public static KafkaBroker startSecured(Path logDirectory, String adminPassword) {
        if (!PLAIN_PASSWORD.matcher(adminPassword).matches()) {
            throw new IllegalArgumentException("the admin password must match " + PLAIN_PASSWORD);
        }
        Path tlsDirectory = logDirectory.resolveSibling(logDirectory.getFileName() + "-tls");
        KafkaBroker broker = new KafkaBroker(logDirectory, freePort(), freePort(),
                Security.create(tlsDirectory, adminPassword));
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
        log.info("Kafka broker listening on {} (data in {}{})", bootstrapServers(), logDirectory,
                security == null ? "" : ", SASL_SSL with ACLs");
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

    /**
     * What a Kafka client needs to reach the secured broker as {@code user}: bootstrap servers,
     * {@code SASL_SSL}, SCRAM-SHA-512 with the user's JAAS line, and the broker's certificate as trust store.
     */
    public Map<String, Object> clientProperties(String user, String password) {
        Security secured = requireSecured();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        properties.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
        properties.put(SaslConfigs.SASL_MECHANISM, SASL_MECHANISM);
        properties.put(SaslConfigs.SASL_JAAS_CONFIG, jaas(SCRAM_LOGIN, user, password));
        properties.put(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, secured.trustStore().toString());
        properties.put(SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, secured.adminPassword());
        properties.put(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, "PKCS12");
        return properties;
    }

    /** {@link #clientProperties} of the super user, for an {@link Admin} that provisions users and ACLs. */
    public Map<String, Object> adminProperties() {
        Security secured = requireSecured();
        return clientProperties(ADMIN_USER, secured.adminPassword());
    }

    /** Creates or replaces a SCRAM-SHA-512 user; it has no rights until ACLs give it some. */
    public void createUser(String user, String password) {
        try (Admin admin = Admin.create(adminProperties())) {
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(user,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), password))).all().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating Kafka user " + user, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create Kafka user " + user, e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private Security requireSecured() {
        if (security == null) {
            throw new IllegalStateException("this broker was started without authentication (use startSecured)");
        }
        return security;
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        p.put("controller.listener.names", "CONTROLLER");
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
        if (security == null) {
            p.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
            p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
            p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
            p.put("inter.broker.listener.name", "PLAINTEXT");
        } else {
            secure(p, security);
        }
        return p;
    }

    private void secure(Properties p, Security secured) {
        String password = secured.adminPassword();
        p.put("listeners", "CLIENT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.put("advertised.listeners", "CLIENT://localhost:" + port);
        p.put("listener.security.protocol.map", "CLIENT:SASL_SSL,CONTROLLER:SASL_PLAINTEXT");
        p.put("inter.broker.listener.name", "CLIENT");
        p.put("sasl.mechanism.inter.broker.protocol", SASL_MECHANISM);
        p.put("listener.name.client.sasl.enabled.mechanisms", SASL_MECHANISM);
        // Server side SCRAM ignores the user and password; the broker uses them when it is its own client.
        p.put("listener.name.client.scram-sha-512.sasl.jaas.config", jaas(SCRAM_LOGIN, ADMIN_USER, password));
        p.put("sasl.mechanism.controller.protocol", "PLAIN");
        p.put("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        p.put("listener.name.controller.plain.sasl.jaas.config", PLAIN_LOGIN + " required username=\"" + ADMIN_USER
                + "\" password=\"" + password + "\" user_" + ADMIN_USER + "=\"" + password + "\";");
        p.put("ssl.keystore.location", secured.keyStore().toString());
        p.put("ssl.keystore.password", password);
        p.put("ssl.key.password", password);
        p.put("ssl.keystore.type", "PKCS12");
        p.put("ssl.truststore.location", secured.trustStore().toString());
        p.put("ssl.truststore.password", password);
        p.put("ssl.truststore.type", "PKCS12");
        p.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        p.put("super.users", "User:" + ADMIN_USER);
        p.put("allow.everyone.if.no.acl.found", "false");
    }

    private static String jaas(String loginModule, String user, String password) {
        return loginModule + " required username=\"" + user + "\" password=\"" + password + "\";";
    }

    private void format(Properties properties) {
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return; // formatted before: keep its cluster id, data and users
        }
        try {
            Files.createDirectories(logDirectory);
            Path config = logDirectory.resolveSibling(logDirectory.getFileName() + ".properties");
            try (var out = Files.newOutputStream(config)) {
                properties.store(out, "written by KafkaBroker for kafka-storage format");
            }
            List<String> arguments = new ArrayList<>(List.of("format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()));
            if (security != null) {
                // The broker's own SCRAM credential must exist before it can talk to itself.
                arguments.addAll(List.of("--add-scram",
                        SASL_MECHANISM + "=[name=" + ADMIN_USER + ",password=" + security.adminPassword() + "]"));
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            StorageTool.execute(arguments.toArray(String[]::new), new PrintStream(output, true, StandardCharsets.UTF_8));
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

    /** The secured broker's TLS key material and admin password, which also protects its key stores. */
    private record Security(Path keyStore, Path trustStore, String adminPassword) {

        /** Makes a self-signed certificate for localhost once; a restarted broker keeps it. */
        static Security create(Path directory, String adminPassword) {
            Security security = new Security(directory.resolve("broker.p12"), directory.resolve("truststore.p12"), adminPassword);
            if (Files.exists(security.trustStore())) {
                return security;
            }
            try {
                Files.createDirectories(directory);
                Path certificate = directory.resolve("broker.pem");
                String password = security.adminPassword();
                keytool("-genkeypair", "-alias", "broker", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "3650",
                        "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                        "-keystore", security.keyStore().toString(), "-storetype", "PKCS12", "-storepass", password);
                keytool("-exportcert", "-rfc", "-alias", "broker", "-file", certificate.toString(),
                        "-keystore", security.keyStore().toString(), "-storepass", password);
                keytool("-importcert", "-noprompt", "-alias", "broker", "-file", certificate.toString(),
                        "-keystore", security.trustStore().toString(), "-storetype", "PKCS12", "-storepass", password);
                return security;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make the broker's certificate in " + directory, e);
            }
        }

        private static void keytool(String... arguments) throws IOException {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
            command.addAll(List.of(arguments));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try {
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (process.waitFor() != 0) {
                    throw new IOException("keytool " + arguments[0] + " failed: " + output.strip());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while running keytool", e);
            }
        }
    }
}
