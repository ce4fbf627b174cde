package org.complaintsplatform.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import org.complaintsplatform.contracts.ComplainantRole;
import org.complaintsplatform.contracts.ContactPreference;
import org.complaintsplatform.contracts.FeedbackType;
import org.complaintsplatform.contracts.Route;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.contracts.cloudevents.EventIds;
import org.complaintsplatform.contracts.complaint.ComplaintReceived;
import org.complaintsplatform.contracts.complaint.DueDate;
import org.complaintsplatform.contracts.complaint.Strictness;
import org.complaintsplatform.contracts.correspondence.CorrespondenceDetails;
import org.complaintsplatform.notification.StallingSmtpServer.StallPoint;
import org.complaintsplatform.notification.kafka.ComplaintEventsDelivery;
import org.complaintsplatform.testsupport.TestInfrastructure;
import org.complaintsplatform.testsupport.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The service dies after it has written a letter (rendered, stored PENDING, its event marked processed, all
 * committed) and before or during the SMTP send; a new instance on the same database and broker sends it, and
 * exactly one e-mail arrives. The fault is real: the mail server stops answering at the chosen point of the
 * exchange, and the service's context is closed while its dispatcher is blocked on the socket, so the
 * dispatcher's transaction never commits (the connection pool aborts its connection as it closes).
 *
 * <p>The service is started by hand, twice, with a database of its own and without its Kafka consumer (the test
 * hands the event to the listener, as the container would): the shared context of the other ITs cannot be
 * stopped, and a second consumer in the group would take their records. The record path through Kafka,
 * redelivery included, is NotificationServiceIT's.
 */
class KillBetweenRenderAndSendIT {

    /** 00:30 on 1 July in London: the letter is dated 1 July 2026. */
    private static final Instant NOW = Instant.parse("2026-06-30T23:30:00Z");
    private static final String TENANT = "cambridgeshire";

    private static WorkflowStub workflow;
    private static Mailbox mailbox;

    private final CloudEventCodec codec = new CloudEventCodec();
    private ConfigurableApplicationContext service;

    @Configuration(proxyBeanMethods = false)
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @BeforeAll
    static void servers() {
        workflow = WorkflowStub.start(URI.create(TestInfrastructure.issuer().jwkSetUri()));
        mailbox = Mailbox.start();
    }

    @AfterAll
    static void stopServers() {
        workflow.close();
        mailbox.close();
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @ParameterizedTest
    @EnumSource(StallPoint.class)
    void letterWrittenBeforeTheServiceDiedIsEmailedExactlyOnceByTheRestartedService(StallPoint stallPoint) throws Exception {
        UUID complaintId = UUID.randomUUID();
        String address = "c-" + complaintId + "@example.org";
        workflow.knows(new CorrespondenceDetails(TENANT, complaintId, "CAM-2026-000140", false, "Ali Restart", address,
                "1 High Street, Cambridge CB1 1AA", ContactPreference.EMAIL, false));
        String ceId = UUID.randomUUID().toString();
        // received Monday 29 June 2026: the Stage 1 response within 10 working days is Monday 13 July
        CloudEvent event = codec.encode(new ComplaintReceived(TENANT, complaintId, Instant.parse("2026-06-29T14:05:00Z"),
                "CAM-2026-000140", LocalDate.of(2026, 6, 29), FeedbackType.COMPLAINT, Route.STATUTORY,
                ComplainantRole.PARENT, false, true, TENANT, 1, LocalDate.of(2026, 7, 2),
                List.of(new DueDate(1, "RESPONSE", LocalDate.of(2026, 7, 13), Strictness.LIMIT,
                        "cambridgeshire-v1#routes[STATUTORY_CHILDREN].stages[1].deadlines.RESPONSE")), false),
                ceId, "/workflow-service");
        UUID letterId = EventIds.derivedUuid(ceId, "letter:ACKNOWLEDGEMENT");
        String messageId = "<" + letterId + "@cambridgeshire.example>";

        mailbox.stop();
        String heldMessage;
        try (StallingSmtpServer stalling = StallingSmtpServer.on(mailbox.port(), stallPoint)) {
            ConfigurableApplicationContext first = start();
            ComplaintEventsDelivery.deliver(first, event);
            assertThat(stalling.awaitStalled(30)).as("the dispatcher is caught in its send").isTrue();
            assertThat(letter(first, complaintId)).containsEntry("status", "PENDING").containsEntry("attempts", 0)
                    .containsEntry("id", letterId).containsEntry("recipient", address)
                    .hasEntrySatisfying("pdf", pdf -> assertThat((byte[]) pdf).isNotEmpty());
            first.close();   // the service dies with the send in flight
            heldMessage = stalling.data();
        }
        if (stallPoint == StallPoint.END_OF_DATA) {
            // the interrupted attempt carried the Message-ID the delivered e-mail repeats
            assertThat(heldMessage).contains("Message-ID: " + messageId, "Subject: Acknowledgement (our reference CAM-2026-000140)");
        }
        mailbox.restart();

        service = start();
        ComplaintEventsDelivery.deliver(service, event);   // the dead instance never committed its offset: redelivered

        await().atMost(Duration.ofSeconds(30)).until(() -> letter(service, complaintId), row -> "SENT".equals(row.get("status")));
        await().atMost(Duration.ofSeconds(30)).during(Duration.ofSeconds(2)).until(() -> mailbox.to(address).size() == 1);
        assertThat(mailbox.to(address)).singleElement().satisfies(mail -> {
            assertThat(mail.messageId()).isEqualTo(messageId);
            assertThat(mail.subject()).isEqualTo("Acknowledgement (our reference CAM-2026-000140)");
            assertThat(mail.text()).contains("Dear Ali Restart,", "1 July 2026", "which we received on 29 June 2026",
                    "We will send you our Stage 1 response by 13 July 2026.");
            assertThat(Mailbox.pdfText(mail.pdf())).contains("Ali Restart", "Our reference: CAM-2026-000140",
                    "We will send you our Stage 1 response by 13 July 2026.");
        });
        assertThat(letter(service, complaintId)).containsEntry("attempts", 1).containsEntry("id", letterId);
        assertThat(jdbc(service).sql("SELECT count(*) FROM letter WHERE complaint_id = ?").param(complaintId)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(workflow.calls(complaintId)).isEqualTo(1);
        List<CloudEvent> announced = await().atMost(Duration.ofSeconds(30)).until(() -> letterSent(complaintId), r -> !r.isEmpty());
        assertThat(announced).singleElement().satisfies(sent ->
                assertThat(sent.getId()).isEqualTo(EventIds.derived(ceId, "letter-sent:ACKNOWLEDGEMENT")));
    }

    private ConfigurableApplicationContext start() {
        List<String> args = new ArrayList<>();
        TestInfrastructure.springProperties("notification_restart").forEach((key, value) -> args.add("--" + key + "=" + value));
        args.addAll(List.of("--server.port=0",
                "--spring.kafka.listener.auto-startup=false",
                "--complaints.kafka.outbox.poll-interval=PT0.2S",
                "--complaints.notification.workflow-base-url=" + workflow.baseUrl(),
                "--complaints.notification.mail.poll-interval=PT0.2S",
                "--complaints.notification.mail.from=complaints@cambridgeshire.example",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + mailbox.port(),
                "--spring.mail.properties.mail.smtp.localhost=localhost",
                // the stalled send must still be blocked when the service dies, not time out first
                "--spring.mail.properties.mail.smtp.timeout=120000",
                // a kill does not wait for the send in flight; a graceful stop would, up to this long per phase
                "--spring.lifecycle.timeout-per-shutdown-phase=PT0.5S"));
        var app = NotificationApplication.application();
        app.addPrimarySources(List.of(FixedClock.class));
        return app.run(args.toArray(String[]::new));
    }

    private static JdbcClient jdbc(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class);
    }

    private static Map<String, Object> letter(ConfigurableApplicationContext context, UUID complaintId) {
        return jdbc(context).sql("SELECT * FROM letter WHERE complaint_id = ?").param(complaintId).query().singleRow();
    }

    private static List<CloudEvent> letterSent(UUID complaintId) {
        return TopicReader.cloudEvents(TestInfrastructure.kafkaBootstrapServers(), Topics.NOTIFICATION_EVENTS).stream()
                .filter(record -> complaintId.toString().equals(record.key()))
                .map(record -> record.value())
                .toList();
    }
}
