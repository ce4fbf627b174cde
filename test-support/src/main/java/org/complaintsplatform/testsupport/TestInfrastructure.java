package org.complaintsplatform.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The PostgreSQL server and Kafka broker shared by every test in a JVM, started on first use.
 * By default both are embedded; {@code COMPLAINTS_TEST_JDBC_URL} (with {@code COMPLAINTS_TEST_JDBC_USER}
 * and {@code COMPLAINTS_TEST_JDBC_PASSWORD}) and {@code COMPLAINTS_TEST_KAFKA_BOOTSTRAP} point them at
 * external servers instead.
 */
public final class TestInfrastructure {

    private static final String SERVICE_CLIENT_SECRET = "test-service-client-secret";

    private static @Nullable PostgresServer postgres;
    private static @Nullable KafkaBroker kafka;
    private static @Nullable DevelopmentIssuer issuer;

    private TestInfrastructure() {
    }

    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            String url = System.getenv("COMPLAINTS_TEST_JDBC_URL");
            if (url == null || url.isBlank()) {
                postgres = PostgresServer.startEmbedded(null, 0);
            } else {
                postgres = PostgresServer.external(url, env("COMPLAINTS_TEST_JDBC_USER", "postgres"),
                        env("COMPLAINTS_TEST_JDBC_PASSWORD", ""));
            }
        }
        return postgres;
    }

    /** The shared embedded broker, which tests may stop and restart; absent when Kafka is external. */
    public static synchronized @Nullable KafkaBroker embeddedKafka() {
        if (externalKafka() == null && kafka == null) {
            try {
                Path logDirectory = Files.createTempDirectory("complaints-test-kafka");
                kafka = KafkaBroker.start(logDirectory, 0, 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return kafka;
    }

    /** The token issuer every service in the test JVM trusts. */
    public static synchronized DevelopmentIssuer issuer() {
        if (issuer == null) {
            issuer = DevelopmentIssuer.start(0, SERVICE_CLIENT_SECRET);
        }
        return issuer;
    }

    public static String kafkaBootstrapServers() {
        String external = externalKafka();
        if (external != null) {
            return external;
        }
        KafkaBroker broker = embeddedKafka();
        return broker == null ? "" : broker.bootstrapServers();
    }

    /**
     * Spring Boot properties that point one service at the shared servers, with a database of its own.
     * Use them from a {@code @DynamicPropertySource} method.
     */
    public static Map<String, String> springProperties(String database) {
        PostgresServer server = postgres();
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", server.createDatabaseIfMissing(database));
        properties.put("spring.datasource.username", server.user());
        properties.put("spring.datasource.password", server.password());
        properties.put("spring.kafka.bootstrap-servers", kafkaBootstrapServers());
        properties.putAll(issuer().serviceProperties());
        return properties;
    }

    private static @Nullable String externalKafka() {
        String bootstrap = System.getenv("COMPLAINTS_TEST_KAFKA_BOOTSTRAP");
        return bootstrap == null || bootstrap.isBlank() ? null : bootstrap;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
