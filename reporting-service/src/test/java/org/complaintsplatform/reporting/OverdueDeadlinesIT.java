package org.complaintsplatform.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.complaintsplatform.contracts.ComplainantRole;
import org.complaintsplatform.contracts.FeedbackType;
import org.complaintsplatform.contracts.IntegrationEvent;
import org.complaintsplatform.contracts.Route;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.contracts.complaint.ComplaintAcknowledged;
import org.complaintsplatform.contracts.complaint.ComplaintEscalated;
import org.complaintsplatform.contracts.complaint.ComplaintReceived;
import org.complaintsplatform.contracts.complaint.ComplaintResumed;
import org.complaintsplatform.contracts.complaint.ComplaintSuspended;
import org.complaintsplatform.contracts.complaint.DueDate;
import org.complaintsplatform.contracts.complaint.Finding;
import org.complaintsplatform.contracts.complaint.InvestigationReportSubmitted;
import org.complaintsplatform.contracts.complaint.InvestigatorRole;
import org.complaintsplatform.contracts.complaint.Outcome;
import org.complaintsplatform.contracts.complaint.PausedDueDate;
import org.complaintsplatform.contracts.complaint.ReportKind;
import org.complaintsplatform.contracts.complaint.StageResponded;
import org.complaintsplatform.contracts.complaint.Strictness;
import org.complaintsplatform.contracts.complaint.SuspensionGround;
import org.complaintsplatform.contracts.complaint.TimeLimitDecided;
import org.complaintsplatform.reporting.persistence.ComplaintFactRepository;
import org.complaintsplatform.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The clocks overdue on a day, from the due dates the complaint events carried (what {@code complaints_deadlines_overdue}
 * gauges for today). BCP, whose complaints in {@link ReportingServiceIT} have no clock that can run out, in 2025, a
 * year that test does not report on; {@link SeededHistoryReportsIT}, which reads the same topic, leaves BCP out.
 */
class OverdueDeadlinesIT extends ReportingIntegrationTest {

    private static final String TENANT = "bcp";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    @Qualifier("cloudEventKafkaTemplate")
    KafkaTemplate<String, CloudEvent> kafka;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    ComplaintFactRepository complaints;

    @Test
    void aClockIsOverdueAfterItsDueDateUnmetAtTheStageTheComplaintIsAtUnlessTheComplaintIsOnHoldOrEnded() throws Exception {
        UUID unacknowledged = UUID.randomUUID();
        UUID dueOnTheDay = UUID.randomUUID();
        UUID atThePanel = UUID.randomUUID();
        UUID onHold = UUID.randomUUID();
        UUID resumed = UUID.randomUUID();
        UUID refused = UUID.randomUUID();
        UUID reportInLate = UUID.randomUUID();
        List<IntegrationEvent> events = List.of(
                // never acknowledged (due 6 May) nor answered (due 29 May): two clocks at Stage 1
                received(unacknowledged, "2025-04-29", "2025-05-06", due(1, "RESPONSE", "2025-05-29")),
                // due on 15 June, which is not overdue on 15 June
                received(dueOnTheDay, "2025-05-18", "2025-05-21", due(1, "RESPONSE", "2025-06-15")),
                acknowledged(dueOnTheDay, "2025-05-19", "2025-05-21"),
                // Stage 2's report never came, but Stage 2 was answered and escalated: only the panel, due 10 June, is left
                received(atThePanel, "2025-04-01", "2025-04-07", due(1, "RESPONSE", "2025-04-29")),
                acknowledged(atThePanel, "2025-04-02", "2025-04-07"),
                responded(atThePanel, 1, "2025-04-20"),
                escalated(atThePanel, 2, "2025-04-27", due(2, "RESPONSE", "2025-06-01"), due(2, "INVESTIGATION_REPORT", "2025-05-18")),
                responded(atThePanel, 2, "2025-05-15"),
                escalated(atThePanel, 3, "2025-05-20", due(3, "RESPONSE", "2025-07-01"), due(3, "PANEL_HELD", "2025-06-10")),
                // on hold since before its due date of 29 April
                received(onHold, "2025-04-01", "2025-04-07", due(1, "RESPONSE", "2025-04-29")),
                acknowledged(onHold, "2025-04-02", "2025-04-07"),
                suspended(onHold, "2025-04-15", due(1, "RESPONSE", "2025-04-29")),
                // on hold and resumed, the response now due 12 June; a clock of the whole complaint (stage 0) is no stage's
                received(resumed, "2025-04-01", "2025-04-07", due(1, "RESPONSE", "2025-04-29")),
                acknowledged(resumed, "2025-04-02", "2025-04-07"),
                suspended(resumed, "2025-04-15", due(1, "RESPONSE", "2025-04-29")),
                new ComplaintResumed(TENANT, resumed, at("2025-05-15"), date("2025-05-15"), List.of(due(1, "RESPONSE", "2025-06-12"),
                        due(0, "MEASURE_REVIEW:" + UUID.randomUUID(), "2025-05-20"))),
                // refused under the time limit: it ended, unacknowledged and unanswered
                received(refused, "2025-04-01", "2025-04-07", due(1, "RESPONSE", "2025-04-29")),
                new TimeLimitDecided(TENANT, refused, at("2025-04-03"), date("2025-04-03"), false, "COMPLAINTS_MANAGER", true,
                        "bcp-v1#eligibility.timeLimit"),
                // at Stage 2 with its report in late (met all the same), its response due 5 June still to come
                received(reportInLate, "2025-04-01", "2025-04-07", due(1, "RESPONSE", "2025-04-29")),
                acknowledged(reportInLate, "2025-04-02", "2025-04-07"),
                responded(reportInLate, 1, "2025-04-20"),
                escalated(reportInLate, 2, "2025-05-01", due(2, "RESPONSE", "2025-06-05"), due(2, "INVESTIGATION_REPORT", "2025-05-20")),
                new InvestigationReportSubmitted(TENANT, reportInLate, at("2025-05-27"), date("2025-05-27"), ReportKind.FINAL,
                        InvestigatorRole.INVESTIGATING_OFFICER, List.of(), List.of("INVESTIGATION_REPORT")));
        List<String> ceIds = new ArrayList<>();
        for (IntegrationEvent event : events) {
            ceIds.add(UUID.randomUUID().toString());
            send(event, ceIds.getLast());
        }

        // 15 June: Stage 1 the unacknowledged one's acknowledgement and response and the resumed one's response;
        // Stage 2 the response after the late report; Stage 3 the panel
        Map<Integer, Long> onFifteenthJune = Map.of(1, 3L, 2, 1L, 3, 1L);
        await().atMost(WAIT).untilAsserted(() -> assertThat(overdueOn("2025-06-15")).isEqualTo(onFifteenthJune));
        // 2 July: also the response due on 15 June, and the Stage 3 response due 1 July
        assertThat(overdueOn("2025-07-02")).isEqualTo(Map.of(1, 4L, 2, 1L, 3, 2L));

        // a redelivery counts no second suspension or resumption: the resumed one is not put back on hold
        List<RecordMetadata> redelivered = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            redelivered.add(send(events.get(i), ceIds.get(i)));
        }
        awaitConsumed(redelivered);
        assertThat(overdueOn("2025-06-15")).isEqualTo(onFifteenthJune);
    }

    /** Waits until the service's consumer group has committed past every record. */
    private void awaitConsumed(List<RecordMetadata> records) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers()))) {
            await().atMost(WAIT).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("reporting-service")
                        .partitionsToOffsetAndMetadata().get();
                return records.stream().allMatch(record -> {
                    OffsetAndMetadata offset = committed.get(new TopicPartition(record.topic(), record.partition()));
                    return offset != null && offset.offset() > record.offset();
                });
            });
        }
    }

    private Map<Integer, Long> overdueOn(String day) {
        Map<Integer, Long> overdue = new TreeMap<>();
        complaints.overdueOn(date(day)).stream()
                .filter(count -> count.tenantId().equals(TENANT))
                .forEach(count -> overdue.put(count.stage(), count.count()));
        return overdue;
    }

    private RecordMetadata send(IntegrationEvent event, String ceId) throws Exception {
        return kafka.send(Topics.COMPLAINT_EVENTS, event.complaintId().toString(), codec.encode(event, ceId, "/workflow-service"))
                .get().getRecordMetadata();
    }

    private static ComplaintReceived received(UUID id, String on, String acknowledgementDueOn, DueDate... deadlines) {
        return new ComplaintReceived(TENANT, id, at(on), "BCP-2025-" + id, date(on), FeedbackType.COMPLAINT, Route.STATUTORY,
                ComplainantRole.PARENT, false, true, TENANT, 1, date(acknowledgementDueOn), List.of(deadlines), false);
    }

    private static ComplaintAcknowledged acknowledged(UUID id, String on, String dueOn) {
        return new ComplaintAcknowledged(TENANT, id, at(on), date(on), date(dueOn), UUID.randomUUID());
    }

    private static StageResponded responded(UUID id, int stage, String on) {
        return new StageResponded(TENANT, id, at(on), date(on), stage, List.of(new Finding(1, Outcome.NOT_UPHELD)), null, null);
    }

    private static ComplaintEscalated escalated(UUID id, int to, String on, DueDate... deadlines) {
        return new ComplaintEscalated(TENANT, id, at(on), date(on), to - 1, to, List.of(deadlines));
    }

    private static ComplaintSuspended suspended(UUID id, String on, DueDate running) {
        return new ComplaintSuspended(TENANT, id, at(on), date(on), SuspensionGround.POLICE_INVESTIGATION,
                List.of(new PausedDueDate(running, 10)));
    }

    private static DueDate due(int stage, String step, String on) {
        return new DueDate(stage, step, date(on), Strictness.LIMIT, "bcp-v1#stages[" + stage + "].deadlines." + step);
    }

    private static Instant at(String day) {
        return Instant.parse(day + "T11:00:00Z");
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
