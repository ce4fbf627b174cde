package org.complaintsplatform.reporting;

import org.complaintsplatform.testsupport.TestInfrastructure;
import org.complaintsplatform.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One reporting-service context, on database {@code reporting} and consumer group {@code reporting-service},
 * for the integration test classes that share them; {@link SeededHistoryReportsIT} keeps its own apart.
 */
@SpringBootTest(
        classes = ReportingApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=reporting-service")
abstract class ReportingIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.springProperties("reporting").forEach((key, value) -> registry.add(key, () -> value));
    }

    @Autowired
    TestRestTemplate http;

    /** Requests without a token of their own go as a member of the path's organisation holding every role. */
    @BeforeEach
    void authenticateRequests() {
        if (http.getRestTemplate().getInterceptors().isEmpty()) {
            http.getRestTemplate().getInterceptors().add(TestTokens.interceptor());
        }
    }
}
