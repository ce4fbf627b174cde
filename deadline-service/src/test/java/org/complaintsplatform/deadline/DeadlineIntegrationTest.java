package org.complaintsplatform.deadline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.complaintsplatform.testsupport.TestInfrastructure;
import org.complaintsplatform.testsupport.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.client.RestTemplateCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One application context for every integration test class that runs the service in the test's own context:
 * a second context would put a second consumer in the group, and records would be split between them.
 * Its clock (which db-scheduler shares) starts at {@link #NOW} and ticks: a deadline due before NOW has
 * already passed, so its timer fires on the next poll. It must tick: db-scheduler waits between polls by
 * its clock, and a fixed clock stops its polling.
 */
@SpringBootTest(
        classes = DeadlineApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.config.name=deadline-service",
                "db-scheduler.polling-interval=PT0.2S",
                "complaints.kafka.retry.max-retries=1",
                "complaints.kafka.retry.initial-interval=PT0.1S"})
@Import({DeadlineIntegrationTest.ShiftedClock.class, DeadlineIntegrationTest.Tokens.class})
abstract class DeadlineIntegrationTest {

    static final Instant NOW = Instant.parse("2027-01-11T10:00:00Z");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.springProperties("deadline").forEach((key, value) -> registry.add(key, () -> value));
    }

    @TestConfiguration
    static class ShiftedClock {
        @Bean
        @Primary
        Clock shiftedClock() {
            return Clock.offset(Clock.system(ZoneOffset.UTC), Duration.between(Instant.now(), NOW));
        }
    }

    /** The TestRestTemplate sends a token of the path's tenant holding every organisation role. */
    @TestConfiguration
    static class Tokens {
        @Bean
        RestTemplateCustomizer testTokens() {
            return restTemplate -> restTemplate.getInterceptors().add(TestTokens.interceptor());
        }
    }
}
