package org.complaintsplatform.intake;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.complaintsplatform.testsupport.TestInfrastructure;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One application context for every integration test class: a second context would put a second
 * consumer in the same groups, and records would be split between them.
 */
@AutoConfigureObservability(tracing = false) // Boot disables metrics export in tests; the prometheus endpoint is checked
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=intake-service",
        "complaints.intake.status-secret.key=" + IntakeIntegrationTest.STATUS_SECRET_KEY})
@Import(IntakeIntegrationTest.FixedClock.class)
abstract class IntakeIntegrationTest {

    /** 32 bytes, base64: only for tests. */
    static final String STATUS_SECRET_KEY = "dGVzdC1vbmx5IHN0YXR1cyBzZWNyZXQga2V5IGZvciBpbnRha2U=";

    /** 16:45 on 22 December 2026 in London (GMT). */
    static final Instant NOW = Instant.parse("2026-12-22T16:45:00Z");

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    /** One uploaded part, as a portal sends it: {@code field} is the part's name, which the API expects to be "file". */
    static Multipart multipart(String field, String filename, String type, byte[] content) {
        String boundary = "----intake-test-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Multipart("multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    record Multipart(String contentType, byte[] body) {
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.springProperties("intake").forEach((k, v) -> registry.add(k, () -> v));
    }
}
