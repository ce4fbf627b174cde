package org.complaintsplatform.workflow;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.cloudevents.CloudEvent;
import org.complaintsplatform.testsupport.TestInfrastructure;
import org.complaintsplatform.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One workflow-service context for every integration test class: separate contexts would run several
 * publishers and listeners against one database and broker, competing like separate instances.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=workflow-service", "COMPLAINTS_MASTER_KEY=" + WorkflowIntegrationTest.MASTER_KEY})
abstract class WorkflowIntegrationTest {

    /** 32 bytes of 7, in base64: a test key, never a real one. */
    static final String MASTER_KEY = "BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc=";

    /** Requests without a token of their own go as a member of the path's organisation holding every role. */
    @BeforeEach
    void authenticateRequests(@Autowired TestRestTemplate rest) {
        if (rest.getRestTemplate().getInterceptors().isEmpty()) {
            rest.getRestTemplate().getInterceptors().add(TestTokens.interceptor());
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.springProperties("workflow").forEach((key, value) -> registry.add(key, () -> value));
    }

    /** Publishing is at least once (a batch can be re-sent with the same ids): what counts is each id once, in order. */
    static List<CloudEvent> distinct(List<CloudEvent> events) {
        Set<String> seen = new LinkedHashSet<>();
        List<CloudEvent> first = new ArrayList<>();
        for (CloudEvent event : events) {
            if (seen.add(event.getId())) {
                first.add(event);
            }
        }
        return first;
    }
}
