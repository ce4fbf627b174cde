package org.complaintsplatform.deadline.kafka;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import io.cloudevents.CloudEvent;
import org.complaintsplatform.contracts.ComplainantRole;
import org.complaintsplatform.contracts.FeedbackType;
import org.complaintsplatform.contracts.IntegrationEvent;
import org.complaintsplatform.contracts.Route;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.contracts.complaint.ComplaintAcknowledged;
import org.complaintsplatform.contracts.complaint.ComplaintClosed;
import org.complaintsplatform.contracts.complaint.ComplaintEscalated;
import org.complaintsplatform.contracts.complaint.ComplaintReceived;
import org.complaintsplatform.contracts.complaint.ComplaintResumed;
import org.complaintsplatform.contracts.complaint.ComplaintSuspended;
import org.complaintsplatform.contracts.complaint.DueDate;
import org.complaintsplatform.contracts.complaint.EscalationRequested;
import org.complaintsplatform.contracts.complaint.ExtensionCondition;
import org.complaintsplatform.contracts.complaint.PausedDueDate;
import org.complaintsplatform.contracts.complaint.StageExtended;
import org.complaintsplatform.contracts.complaint.StageResponded;
import org.complaintsplatform.contracts.complaint.Strictness;
import org.complaintsplatform.contracts.complaint.SuspensionGround;
import org.complaintsplatform.contracts.deadline.CancellationReason;
import org.complaintsplatform.contracts.deadline.DeadlineApproaching;
import org.complaintsplatform.contracts.deadline.DeadlineCancelled;
import org.complaintsplatform.contracts.deadline.DeadlineExtended;
import org.complaintsplatform.contracts.deadline.DeadlineMissed;
import org.complaintsplatform.contracts.deadline.DeadlinePaused;
import org.complaintsplatform.contracts.deadline.DeadlineResumed;
import org.complaintsplatform.deadline.DeadlineApplication;
import org.complaintsplatform.testsupport.TestInfrastructure;
import org.complaintsplatform.testsupport.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A complaint's whole path and a restart, against a real PostgreSQL and Kafka, with a clock the test
 * moves (it ticks, as db-scheduler needs). The service's context is started by hand so that it can be
 * stopped and started again; its Kafka listener does not start and the test hands each complaint event
 * to it directly (the record path through Kafka is covered by DeadlineServiceIT), while what it publishes
 * goes through the outbox to the real topic.
 */
class DeadlineLifecycleIT {

    private static final String CAM = "cambridgeshire";
    private static final String RULE = "cambridgeshire-v1#routes[STATUTORY_CHILDREN].stages[%d].deadlines.%s";
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** How far the service clock is from the wall clock; the clock keeps ticking from there. */
    private static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);

    private final CloudEventCodec codec = new CloudEventCodec();
    private ConfigurableApplicationContext service;

    @Configuration(proxyBeanMethods = false)
    static class MovableClock {
        @Bean
        @Primary
        Clock movableClock() {
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return Clock.offset(Clock.system(zone), OFFSET.get());
                }

                @Override
                public Instant instant() {
                    return Instant.now().plus(OFFSET.get());
                }
            };
        }
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void aComplaintsPathFromReceiptToClosureGivesExactlyTheDeadlinesAndEventsItsDueDatesSay() {
        setClock("2026-12-22T10:00:00Z");
        start();
        UUID complaintId = UUID.randomUUID();
        DueDate stage1Response = due(1, "RESPONSE", "2027-01-08");

        // received on Tuesday 22 December 2026: acknowledge by the 29th (Christmas and Boxing Day substitute between)
        handle(received(complaintId, LocalDate.of(2026, 12, 29), stage1Response));
        // the lead time of 2 working days before the 29th starts on Wednesday the 23rd
        setClock("2026-12-23T09:00:00Z");
        DeadlineApproaching approaching = await().atMost(WAIT).until(() -> published(complaintId, DeadlineApproaching.class),
                events -> events.size() == 1).getFirst();
        assertThat(approaching.step()).isEqualTo("ACKNOWLEDGEMENT");
        assertThat(approaching.dueOn()).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(approaching.workingDaysLeft()).as("the 24th and the 29th").isEqualTo(2);

        handle(new ComplaintAcknowledged(CAM, complaintId, at("2026-12-23T09:30:00Z"), LocalDate.of(2026, 12, 23),
                LocalDate.of(2026, 12, 29), UUID.randomUUID()));
        handle(new StageExtended(CAM, complaintId, at("2027-01-06T10:00:00Z"), 1, ExtensionCondition.COMPLEX_CASE_NOTIFIED,
                due(1, "RESPONSE", "2027-01-22")));
        handle(new StageResponded(CAM, complaintId, at("2027-01-18T10:00:00Z"), LocalDate.of(2027, 1, 18), 1, List.of(),
                LocalDate.of(2027, 1, 22), due(2, "REQUEST_WINDOW", "2027-02-15")));
        handle(new EscalationRequested(CAM, complaintId, at("2027-02-10T10:00:00Z"), LocalDate.of(2027, 2, 10), 2,
                LocalDate.of(2027, 2, 15), true));
        handle(new ComplaintEscalated(CAM, complaintId, at("2027-02-10T11:00:00Z"), LocalDate.of(2027, 2, 10), 1, 2,
                List.of(due(2, "RESPONSE", "2027-03-17"))));
        handle(new ComplaintSuspended(CAM, complaintId, at("2027-03-05T10:00:00Z"), LocalDate.of(2027, 3, 5),
                SuspensionGround.CHILD_PROTECTION_ENQUIRY, List.of(new PausedDueDate(due(2, "RESPONSE", "2027-03-17"), 8))));
        // resumed on Thursday 25 March 2027: 8 working days skip Good Friday and Easter Monday
        handle(new ComplaintResumed(CAM, complaintId, at("2027-03-25T10:00:00Z"), LocalDate.of(2027, 3, 25),
                List.of(due(2, "RESPONSE", "2027-04-08"))));
        handle(new ComplaintClosed(CAM, complaintId, at("2027-04-01T10:00:00Z"), LocalDate.of(2027, 4, 1), 2, List.of()));

        assertThat(rows(complaintId)).containsExactly(
                "1 ACKNOWLEDGEMENT 2026-12-29 MET 2026-12-23 cambridgeshire-v1#acknowledgement",
                "1 RESPONSE 2027-01-22 MET 2027-01-18 " + RULE.formatted(1, "RESPONSE"),
                "2 REQUEST_WINDOW 2027-02-15 MET 2027-02-10 " + RULE.formatted(2, "REQUEST_WINDOW"),
                "2 RESPONSE 2027-04-08 CANCELLED null " + RULE.formatted(2, "RESPONSE"));
        List<IntegrationEvent> events = await().atMost(WAIT).until(() -> published(complaintId, IntegrationEvent.class),
                published -> published.size() == 12);
        assertThat(events.stream().map(DeadlineLifecycleIT::describe).toList()).containsExactly(
                "DeadlineSet 1 ACKNOWLEDGEMENT 2026-12-29",
                "DeadlineSet 1 RESPONSE 2027-01-08",
                "DeadlineApproaching 1 ACKNOWLEDGEMENT 2026-12-29",
                "DeadlineMet 1 ACKNOWLEDGEMENT 2026-12-29",
                "DeadlineExtended 1 RESPONSE 2027-01-22",
                "DeadlineMet 1 RESPONSE 2027-01-22",
                "DeadlineSet 2 REQUEST_WINDOW 2027-02-15",
                "DeadlineMet 2 REQUEST_WINDOW 2027-02-15",
                "DeadlineSet 2 RESPONSE 2027-03-17",
                "DeadlinePaused 2 RESPONSE 2027-03-17",
                "DeadlineResumed 2 RESPONSE 2027-04-08",
                "DeadlineCancelled 2 RESPONSE 2027-04-08");
        assertThat(((DeadlineExtended) events.get(4)).previousDueOn()).isEqualTo(LocalDate.of(2027, 1, 8));
        assertThat(((DeadlinePaused) events.get(9)).workingDaysLeft()).isEqualTo(8);
        assertThat(((DeadlineResumed) events.get(10)).previousDueOn()).isEqualTo(LocalDate.of(2027, 3, 17));
        assertThat(((DeadlineCancelled) events.get(11)).reason()).isEqualTo(CancellationReason.CLOSED);
        assertThat(((DeadlineResumed) events.get(10)).strictness()).isEqualTo(Strictness.LIMIT);
        assertThat(jdbc().sql("SELECT count(*) FROM scheduled_tasks WHERE task_instance IN (SELECT id::text FROM deadline"
                + " WHERE complaint_id = ?)").param(complaintId).query(Long.class).single()).as("no timer left").isZero();
    }

    @Test
    void deadlinesThatFellDueWhileTheServiceWasDownFireOnceOnStartWithTheirOriginalDueDates() {
        setClock("2026-12-22T10:00:00Z");
        start();
        UUID complaintId = UUID.randomUUID();
        handle(received(complaintId, LocalDate.of(2026, 12, 29), due(1, "RESPONSE", "2027-01-08")));
        assertThat(rows(complaintId)).hasSize(2);

        service.close();
        service = null;
        setClock("2027-01-11T10:00:00Z");
        start();

        await().atMost(WAIT).until(() -> rows(complaintId).stream().allMatch(row -> row.contains(" MISSED ")));
        List<DeadlineMissed> missed = await().atMost(WAIT).until(() -> published(complaintId, DeadlineMissed.class),
                events -> events.size() == 2);
        assertThat(missed).extracting(DeadlineMissed::dueOn)
                .containsExactlyInAnyOrder(LocalDate.of(2026, 12, 29), LocalDate.of(2027, 1, 8));
        assertThat(missed).allMatch(event -> !event.occurredAt().isBefore(at("2027-01-11T10:00:00Z")));

        service.close();
        service = null;
        start(); // a second restart finds nothing left to fire
        await().atMost(WAIT).until(() -> jdbc().sql("SELECT count(*) FROM outbox_message").query(Long.class).single() == 0);
        assertThat(published(complaintId, DeadlineMissed.class)).hasSize(2);
        assertThat(published(complaintId, DeadlineApproaching.class)).as("no warning for a deadline already over").isEmpty();
    }

    // --- helpers

    private void start() {
        List<String> args = new ArrayList<>();
        TestInfrastructure.springProperties("deadline_lifecycle").forEach((key, value) -> args.add("--" + key + "=" + value));
        args.addAll(List.of("--server.port=0", "--db-scheduler.polling-interval=PT0.2S",
                "--spring.kafka.listener.auto-startup=false", "--complaints.kafka.outbox.poll-interval=PT0.2S"));
        var app = DeadlineApplication.application();
        app.addPrimarySources(List.of(MovableClock.class));
        service = app.run(args.toArray(String[]::new));
    }

    private static void setClock(String instant) {
        OFFSET.set(Duration.between(Instant.now(), Instant.parse(instant)));
    }

    private void handle(IntegrationEvent event) {
        service.getBean(ComplaintEventsListener.class).on(codec.encode(event, UUID.randomUUID().toString(), "/workflow-service"));
    }

    private JdbcClient jdbc() {
        return service.getBean(JdbcClient.class);
    }

    private List<String> rows(UUID complaintId) {
        return jdbc().sql("SELECT stage, step, due_on, status, met_on, rule FROM deadline WHERE complaint_id = ? ORDER BY stage, due_on")
                .param(complaintId)
                .query((rs, n) -> rs.getInt(1) + " " + rs.getString(2) + " " + rs.getObject(3) + " " + rs.getString(4) + " "
                        + rs.getObject(5) + " " + rs.getString(6))
                .list();
    }

    private <T> List<T> published(UUID complaintId, Class<T> type) {
        List<CloudEvent> records = TopicReader.cloudEvents(TestInfrastructure.kafkaBootstrapServers(), Topics.DEADLINE_EVENTS,
                event -> complaintId.toString().equals(event.getSubject()));
        return records.stream().map(codec::decode).filter(type::isInstance).map(type::cast).toList();
    }

    private static String describe(IntegrationEvent event) {
        Map<String, Object> fields = CloudEventCodec.contractMapper().convertValue(event, Map.class);
        return event.getClass().getSimpleName() + " " + fields.get("stage") + " " + fields.get("step") + " " + fields.get("dueOn");
    }

    private static ComplaintReceived received(UUID complaintId, LocalDate acknowledgementDueOn, DueDate... deadlines) {
        return new ComplaintReceived(CAM, complaintId, at("2026-12-22T10:00:00Z"), "CAM-2026-000042", LocalDate.of(2026, 12, 22),
                FeedbackType.COMPLAINT, Route.STATUTORY, ComplainantRole.PARENT, false, true, CAM, 1, acknowledgementDueOn,
                List.of(deadlines), false);
    }

    private static DueDate due(int stage, String step, String dueOn) {
        return new DueDate(stage, step, LocalDate.parse(dueOn), Strictness.LIMIT, RULE.formatted(stage, step));
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
