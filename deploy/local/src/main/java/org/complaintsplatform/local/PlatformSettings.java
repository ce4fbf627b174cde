package org.complaintsplatform.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.complaintsplatform.testsupport.PostgresServer;
import org.jspecify.annotations.Nullable;

/**
 * How to start the local platform.
 *
 * @param postgres              an external server, or null for the embedded one
 * @param kafkaBootstrapServers an external broker, or null for the embedded one
 * @param randomPorts           HTTP ports chosen by the OS (tests) instead of 8081-8085 and 8090
 * @param serviceClientSecret   the secret the services present to the development issuer for their own tokens
 * @param masterKey             workflow-service's master key (base64, 32 bytes) that wraps each complaint's data key
 * @param statusSecretKey       intake-service's key (base64, 32 bytes) from which portals' status secrets are derived
 * @param extraArguments        Spring arguments given to every service, e.g. {@code --logging.level.root=WARN}
 */
public record PlatformSettings(
        Path dataDirectory,
        @Nullable PostgresServer postgres,
        int postgresPort,
        @Nullable String kafkaBootstrapServers,
        int kafkaPort,
        int kafkaControllerPort,
        boolean randomPorts,
        String serviceClientSecret,
        String masterKey,
        String statusSecretKey,
        List<String> extraArguments) {

    static final int POSTGRES_PORT = 15432;
    static final int KAFKA_PORT = 9092;
    static final int KAFKA_CONTROLLER_PORT = 9093;
    static final int ISSUER_PORT = 8090;

    /**
     * Embedded servers on the documented ports with data under {@code dataDirectory}, unless
     * {@code COMPLAINTS_POSTGRES_URL} (with {@code COMPLAINTS_POSTGRES_USER} and {@code COMPLAINTS_POSTGRES_PASSWORD};
     * a user allowed to create databases) or {@code COMPLAINTS_KAFKA_BOOTSTRAP} name external ones.
     * {@code COMPLAINTS_DATA_DIR} moves the data folder. {@code COMPLAINTS_SERVICE_CLIENT_SECRET} sets the
     * services' client secret; without it each run makes a random one, so no known secret ever guards personal data.
     * {@code COMPLAINTS_MASTER_KEY} sets workflow's master key and {@code COMPLAINTS_INTAKE_STATUS_SECRET_KEY}
     * intake's status-secret key; without them each is made on the first run and kept beside the data it
     * protects ({@code <data>/workflow-master-key}, {@code <data>/intake-status-secret-key}).
     */
    public static PlatformSettings fromEnvironment(Map<String, String> env, Path defaultDataDirectory, List<String> arguments) {
        String postgresUrl = env.get("COMPLAINTS_POSTGRES_URL");
        PostgresServer external = null;
        if (postgresUrl != null && !postgresUrl.isBlank()) {
            external = PostgresServer.external(postgresUrl, env.getOrDefault("COMPLAINTS_POSTGRES_USER", "postgres"),
                    env.getOrDefault("COMPLAINTS_POSTGRES_PASSWORD", ""));
        }
        String kafka = env.get("COMPLAINTS_KAFKA_BOOTSTRAP");
        Path data = env.containsKey("COMPLAINTS_DATA_DIR") ? Path.of(env.get("COMPLAINTS_DATA_DIR")) : defaultDataDirectory;
        String secret = env.get("COMPLAINTS_SERVICE_CLIENT_SECRET");
        return new PlatformSettings(data, external, POSTGRES_PORT, kafka == null || kafka.isBlank() ? null : kafka,
                KAFKA_PORT, KAFKA_CONTROLLER_PORT, false, secret == null || secret.isBlank() ? randomSecret() : secret,
                env.containsKey("COMPLAINTS_MASTER_KEY") ? env.get("COMPLAINTS_MASTER_KEY") : keptKey(data, "workflow-master-key"),
                env.containsKey("COMPLAINTS_INTAKE_STATUS_SECRET_KEY") ? env.get("COMPLAINTS_INTAKE_STATUS_SECRET_KEY")
                        : keptKey(data, "intake-status-secret-key"),
                arguments);
    }

    /** 32 random bytes in base64: a master or HMAC key. */
    public static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static String keptKey(Path data, String name) {
        Path file = data.resolve(name);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(data);
                Files.writeString(file, randomKey(), StandardOpenOption.CREATE_NEW);
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep a key in " + file, e);
        }
    }

    /** 32 random bytes in hex: a client secret for one run. */
    public static String randomSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }
}
