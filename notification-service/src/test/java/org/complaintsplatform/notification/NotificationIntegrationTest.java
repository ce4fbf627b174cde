package org.complaintsplatform.notification;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.complaintsplatform.contracts.ComplainantRole;
import org.complaintsplatform.contracts.ContactPreference;
import org.complaintsplatform.contracts.FeedbackType;
import org.complaintsplatform.contracts.IntegrationEvent;
import org.complaintsplatform.contracts.Route;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.contracts.complaint.ComplaintReceived;
import org.complaintsplatform.contracts.complaint.DueDate;
import org.complaintsplatform.contracts.correspondence.CorrespondenceDetails;
import org.complaintsplatform.testsupport.ConsumerGroups;
import org.complaintsplatform.testsupport.TestInfrastructure;
import org.complaintsplatform.testsupport.TestTokens;
import org.complaintsplatform.testsupport.TopicReader;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One notification-service context for every integration test class: separate contexts would run several
 * listeners and mail dispatchers against one database, broker and mailbox, competing like separate instances.
 * workflow-service and the mail server are real HTTP and SMTP servers, as long-lived as the context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=notification-service",
        "complaints.kafka.retry.initial-interval=PT0.1S",
        "complaints.kafka.retry.max-interval=PT0.2S",
        "complaints.notification.mail.poll-interval=PT0.2S",
        "complaints.notification.mail.initial-backoff=PT0.3S",
        "complaints.notification.mail.max-backoff=PT0.5S",
        "complaints.notification.mail.from=complaints@cambridgeshire.example",
        // JavaMail otherwise resolves this machine's canonical name for EHLO, which takes seconds here
        "spring.mail.properties.mail.smtp.localhost=localhost",
        "complaints.notification.tenants.cambridgeshire.staff-email=complaints-team@cambridgeshire.example",
        "complaints.notification.tenants.telford-wrekin.staff-email=complaints-team@telford-wrekin.example",
        "complaints.notification.tenants.bcp.staff-email=complaints-team@bcp.example",
        "complaints.notification.tenants.herefordshire.staff-email=complaints-team@herefordshire.example",
        "complaints.notification.tenants.core-assets.staff-email=complaints-team@core-assets.example"})
@Import(NotificationIntegrationTest.Doubles.class)
abstract class NotificationIntegrationTest {

    /** 00:30 on 1 July in London (BST): the letter is dated by the London calendar, not UTC's 30 June. */
    static final Instant NOW = Instant.parse("2026-06-30T23:30:00Z");
    static final String TENANT = "cambridgeshire";

    static final WorkflowStub workflow = WorkflowStub.start(URI.create(TestInfrastructure.issuer().jwkSetUri()));
    static final Mailbox mailbox = Mailbox.start();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.springProperties("notification").forEach((key, value) -> registry.add(key, () -> value));
        registry.add("complaints.notification.workflow-base-url", workflow::baseUrl);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", mailbox::port);
    }

    /** A fixed clock, and the servers stopped with the context rather than after the first test class. */
    static class Doubles {

        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }

        @Bean(destroyMethod = "close")
        WorkflowStub workflowStub() {
            return workflow;
        }

        @Bean(destroyMethod = "close")
        Mailbox mailbox() {
            return mailbox;
        }
    }

    @Autowired
    @Qualifier("cloudEventKafkaTemplate")
    KafkaTemplate<String, CloudEvent> kafka;

    @Autowired
    CloudEventCodec codec;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRestTemplate http;

    @BeforeAll
    static void patience() {
        Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
    }

    /** Requests without a token of their own go as a member of the path's organisation holding every role. */
    @BeforeEach
    void authenticateRequests() {
        if (http.getRestTemplate().getInterceptors().isEmpty()) {
            http.getRestTemplate().getInterceptors().add(TestTokens.interceptor());
        }
    }

    /** A Cambridgeshire complaint: acknowledged, within 3 working days, unless anonymous. */
    static ComplaintReceived received(UUID complaintId, String reference, boolean anonymous) {
        return received(complaintId, reference, anonymous, List.of());
    }

    static ComplaintReceived received(UUID complaintId, String reference, boolean anonymous, List<DueDate> deadlines) {
        return received(TENANT, complaintId, reference, FeedbackType.COMPLAINT, anonymous, !anonymous,
                anonymous ? null : LocalDate.of(2026, 7, 2), deadlines);
    }

    static ComplaintReceived received(String tenantId, UUID complaintId, String reference, FeedbackType type,
                                      boolean anonymous, boolean acknowledgementRequired, @Nullable LocalDate dueOn,
                                      List<DueDate> deadlines) {
        return new ComplaintReceived(tenantId, complaintId, Instant.parse("2026-06-29T14:05:00Z"), reference,
                LocalDate.of(2026, 6, 29), type, Route.STATUTORY, ComplainantRole.PARENT, anonymous,
                acknowledgementRequired, tenantId, 1, dueOn, deadlines, false);
    }

    /** One address per complaint, so each test reads only its own e-mails from the shared mailbox. */
    static String email(UUID complaintId) {
        return "c-" + complaintId + "@example.org";
    }

    static CorrespondenceDetails details(UUID complaintId, String name, ContactPreference preferred) {
        return details(TENANT, complaintId, name, preferred);
    }

    static CorrespondenceDetails details(String tenantId, UUID complaintId, String name, ContactPreference preferred) {
        return new CorrespondenceDetails(tenantId, complaintId, "CAM-2026-000000", false, name,
                email(complaintId), "1 High Street, Cambridge CB1 1AA", preferred, false);
    }

    void publish(IntegrationEvent event, String ceId) {
        publish(Topics.COMPLAINT_EVENTS, event, ceId);
    }

    void publish(String topic, IntegrationEvent event, String ceId) {
        try {
            kafka.send(new ProducerRecord<>(topic, event.complaintId().toString(),
                    codec.encode(event, ceId, "/workflow-service"))).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + ceId, e);
        }
    }

    /**
     * Waits until the service has committed every complaint event, so the effects of a record (or of its
     * redelivery) are final. Call it after the first effect is visible: a group that has committed
     * nothing yet counts as caught up.
     */
    void awaitConsumed() {
        await().until(() -> ConsumerGroups.caughtUp(bootstrapServers(), List.of("notification-service"), List.of(Topics.COMPLAINT_EVENTS)));
    }

    void awaitOutboxEmpty() {
        await().until(() -> jdbc.sql("SELECT count(*) FROM outbox_message").query(Long.class).single() == 0);
    }

    long letterCount(UUID complaintId) {
        return jdbc.sql("SELECT count(*) FROM letter WHERE complaint_id = ?").param(complaintId).query(Long.class).single();
    }

    /** Every record on the topic with this key, read from the beginning up to the current end. */
    static List<ConsumerRecord<String, CloudEvent>> records(String topic, String key) {
        return TopicReader.cloudEvents(bootstrapServers(), topic).stream()
                .filter(record -> key.equals(record.key()))
                .toList();
    }

    static String bootstrapServers() {
        return TestInfrastructure.kafkaBootstrapServers();
    }

    @Nullable Map<String, Object> letterRow(UUID complaintId) {
        return jdbc.sql("SELECT * FROM letter WHERE complaint_id = ?").param(complaintId).query().listOfRows()
                .stream().findFirst().orElse(null);
    }
}
