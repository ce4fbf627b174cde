package org.complaintsplatform.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.complaintsplatform.contracts.ComplainantRole;
import org.complaintsplatform.contracts.ContactPreference;
import org.complaintsplatform.contracts.FeedbackType;
import org.complaintsplatform.contracts.ReceiptChannel;
import org.complaintsplatform.contracts.Route;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.contracts.complaint.ComplaintAcknowledged;
import org.complaintsplatform.contracts.complaint.Strictness;
import org.complaintsplatform.contracts.council.Circumstance;
import org.complaintsplatform.contracts.council.CouncilSubmission;
import org.complaintsplatform.contracts.council.CouncilSubmissionCodec;
import org.complaintsplatform.contracts.council.CouncilTopics;
import org.complaintsplatform.contracts.deadline.DeadlineSet;
import org.complaintsplatform.contracts.notification.LetterChannel;
import org.complaintsplatform.contracts.notification.LetterSent;
import org.complaintsplatform.contracts.notification.LetterType;
import org.complaintsplatform.contracts.submission.SubmissionReceived;
import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.procedures.Tenant;
import org.complaintsplatform.testsupport.TestInfrastructure;
import org.complaintsplatform.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/** The council gateway: per-tenant inbound submissions and outbound complaint events. */
class CouncilGatewayIT extends IntakeIntegrationTest {

    private static final URI COUNCIL_SYSTEM = URI.create("/council-case-system");

    private final CouncilSubmissionCodec councilCodec = new CouncilSubmissionCodec();

    @Autowired
    @Qualifier("cloudEventKafkaTemplate")
    KafkaTemplate<String, CloudEvent> kafka;

    @Autowired
    CloudEventCodec codec;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Procedures procedures;

    @Autowired
    MeterRegistry meters;

    @Test
    void everyRegisteredTenantHasItsTopicPairAndAnInboundDeadLetterTopic() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers()))) {
            Set<String> topics = admin.listTopics().names().get();

            for (Tenant tenant : procedures.tenants()) {
                assertThat(topics).contains(CouncilTopics.inbound(tenant.id()),
                        CouncilTopics.inbound(tenant.id()) + ".dlt", CouncilTopics.outbound(tenant.id()));
            }
        }
    }

    @Test
    void councilRecordBecomesASubmissionOnTheSubmissionsTopic() throws Exception {
        String ceId = UUID.randomUUID().toString();

        send(CouncilTopics.inbound("cambridgeshire"), "case-1", councilCodec.encode(submission("cambridgeshire"), ceId, COUNCIL_SYSTEM));

        UUID complaintId = awaitSubmission("cambridgeshire", ceId);
        SubmissionReceived published = awaitPublished(complaintId);
        assertThat(published.tenantId()).isEqualTo("cambridgeshire");
        assertThat(published.channel()).isEqualTo(ReceiptChannel.COUNCIL_SYSTEM);
        assertThat(published.reference()).startsWith("CAM-2026-");
        assertThat(published.occurredAt()).isEqualTo(NOW);
        assertThat(published.summary()).isEqualTo("No calls returned for six weeks.");
        assertThat(published.child()).isEqualTo(new SubmissionReceived.Child("Sam Example", LocalDate.of(2014, 5, 2)));
        assertThat(published.triage().outOfTime()).isTrue();
        assertThat(published.triage().timeLimit().daysLate()).isEqualTo(42);
        assertThat(published.triage().advocacyToOffer()).isTrue();
        assertThat(published.triage().suggestedRoute()).isEqualTo(Route.STATUTORY);
        assertThat(published.complainant().accessibilityNeeds()).isEqualTo("Large print, please.");
        assertThat(published.advocate()).isEqualTo(new SubmissionReceived.Advocate("Jo Advocate", "NYAS", "jo@example.org", null, null));
        assertThat(published.consentToShare()).isTrue();
    }

    @Test
    void councilRecordWithSeveralDatesAndCircumstancesIsTriagedLikeAPortalOne() {
        String ceId = UUID.randomUUID().toString();
        CouncilSubmission valid = submission("telford-wrekin");
        CouncilSubmission detailed = new CouncilSubmission(valid.tenantId(), valid.feedbackType(), null, false,
                valid.complainant(), valid.child(), null, false, valid.summary(), null, null,
                List.of(LocalDate.of(2025, 12, 21), LocalDate.of(2025, 9, 1)), null,
                List.of(Circumstance.CRIMINAL_INVESTIGATION, Circumstance.COMPENSATION_ONLY), null);

        send(CouncilTopics.inbound("telford-wrekin"), "case-5", councilCodec.encode(detailed, ceId, COUNCIL_SYSTEM));

        SubmissionReceived.Triage triage = awaitPublished(awaitSubmission("telford-wrekin", ceId)).triage();
        assertThat(triage.timeLimit().firstHappenedOn()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(triage.timeLimit().lastDayInTime()).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(triage.timeLimit().daysLate()).isEqualTo(1);
        assertThat(triage.timeLimit().lateAcceptance()).extracting(SubmissionReceived.LateAcceptanceCheck::kind)
                .containsExactly("NOT_REASONABLE_TO_COMPLAIN_SOONER");
        assertThat(triage.exclusionGrounds()).containsExactly("CRIMINAL_PROCEEDINGS", "COMPENSATION_CLAIM");
    }

    @Test
    void resentCloudEventIdGivesOneSubmission() {
        String ceId = UUID.randomUUID().toString();
        String nextId = UUID.randomUUID().toString();
        CloudEvent event = councilCodec.encode(submission("bcp"), ceId, COUNCIL_SYSTEM);

        send(CouncilTopics.inbound("bcp"), "case-2", event);
        send(CouncilTopics.inbound("bcp"), "case-2", event);
        // same key, so same partition: once this one is stored, the resent record before it was handled
        send(CouncilTopics.inbound("bcp"), "case-2", councilCodec.encode(submission("bcp"), nextId, COUNCIL_SYSTEM));

        UUID complaintId = awaitSubmission("bcp", ceId);
        awaitSubmission("bcp", nextId);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM submission WHERE tenant_id = 'bcp' AND idempotency_key = ?",
                Long.class, "council-event:" + ceId)).isEqualTo(1);
        awaitPublished(complaintId);
        assertThat(publishedFor(complaintId)).hasSize(1);
    }

    @Test
    void recordNamingAnotherTenantGoesToTheDeadLetterTopicWithTheReason() {
        String ceId = UUID.randomUUID().toString();
        double before = rejected("bcp", "tenant-mismatch");

        send(CouncilTopics.inbound("bcp"), "case-3", councilCodec.encode(submission("cambridgeshire"), ceId, COUNCIL_SYSTEM));

        String deadLetterTopic = CouncilTopics.inbound("bcp") + ".dlt";
        ConsumerRecord<String, byte[]> dead = await().atMost(Duration.ofSeconds(30)).until(
                () -> TopicReader.rawRecords(TestInfrastructure.kafkaBootstrapServers(), deadLetterTopic).stream()
                        .filter(record -> ceId.equals(header(record, "ce_id")))
                        .findFirst().orElse(null),
                record -> record != null);
        assertThat(header(dead, "complaints_dlt_reasons"))
                .isEqualTo("tenantId 'cambridgeshire' is not the tenant of topic council.bcp.complaints.inbound.v1 ('bcp')");
        assertThat(rejected("bcp", "tenant-mismatch")).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM submission WHERE idempotency_key = ?",
                Long.class, "council-event:" + ceId)).isZero();
    }

    @Test
    void recordBreakingTheSchemaGoesToTheDeadLetterTopicWithEveryReason() {
        String ceId = UUID.randomUUID().toString();
        CouncilSubmission valid = submission("telford-wrekin");
        CouncilSubmission noContact = new CouncilSubmission(valid.tenantId(), valid.feedbackType(), valid.routeHint(), false,
                new CouncilSubmission.Complainant(ComplainantRole.PARENT, null, null, null, ContactPreference.EMAIL, null, null),
                valid.child(), null, false, valid.summary(), valid.desiredOutcome(), valid.whatHappenedOn(), List.of(), null, List.of(), null);
        CloudEvent event = io.cloudevents.core.builder.CloudEventBuilder.v1(councilCodec.encode(valid, ceId, COUNCIL_SYSTEM))
                .withData("application/json", councilCodec.mapper().valueToTree(noContact).toString().getBytes(StandardCharsets.UTF_8))
                .build();

        send(CouncilTopics.inbound("telford-wrekin"), "case-4", event);

        String deadLetterTopic = CouncilTopics.inbound("telford-wrekin") + ".dlt";
        ConsumerRecord<String, byte[]> dead = await().atMost(Duration.ofSeconds(30)).until(
                () -> TopicReader.rawRecords(TestInfrastructure.kafkaBootstrapServers(), deadLetterTopic).stream()
                        .filter(record -> ceId.equals(header(record, "ce_id")))
                        .findFirst().orElse(null),
                record -> record != null);
        assertThat(header(dead, "complaints_dlt_reasons")).contains("name", "email");
    }

    @Test
    void councilsOutboundTopicHoldsOnlyItsOwnTenantsEventsUnchanged() {
        ComplaintAcknowledged cambridgeshire = acknowledged("cambridgeshire");
        ComplaintAcknowledged bcp = acknowledged("bcp");
        String cambridgeshireId = UUID.randomUUID().toString();
        String bcpId = UUID.randomUUID().toString();

        send(Topics.COMPLAINT_EVENTS, cambridgeshire.complaintId().toString(),
                codec.encode(cambridgeshire, cambridgeshireId, "/workflow-service"));
        send(Topics.COMPLAINT_EVENTS, bcp.complaintId().toString(), codec.encode(bcp, bcpId, "/workflow-service"));

        ConsumerRecord<String, CloudEvent> copy = awaitOn(CouncilTopics.outbound("cambridgeshire"), cambridgeshireId);
        awaitOn(CouncilTopics.outbound("bcp"), bcpId);
        assertThat(copy.key()).isEqualTo(cambridgeshire.complaintId().toString());
        assertThat(copy.value().getType()).isEqualTo("org.complaintsplatform.complaint-acknowledged.v1");
        assertThat(copy.value().getSource()).isEqualTo(URI.create("/workflow-service"));
        assertThat(codec.decode(copy.value(), ComplaintAcknowledged.class)).isEqualTo(cambridgeshire);
        for (String tenant : List.of("cambridgeshire", "bcp")) {
            assertThat(TopicReader.cloudEvents(TestInfrastructure.kafkaBootstrapServers(), CouncilTopics.outbound(tenant)))
                    .isNotEmpty()
                    .allSatisfy(record -> assertThat(codec.decode(record.value()).tenantId()).isEqualTo(tenant));
        }
    }

    /** Found by the resilience suite: a record breaking its schema was copied to the council as it was. */
    @Test
    void anEventBreakingItsSchemaIsDeadLetteredNotRelayedToTheCouncil() {
        ComplaintAcknowledged valid = acknowledged("herefordshire");
        String ceId = UUID.randomUUID().toString();
        CloudEvent broken = io.cloudevents.core.builder.CloudEventBuilder.v1(codec.encode(valid, ceId, "/workflow-service"))
                .withData("application/json", ("{\"tenantId\":\"herefordshire\",\"complaintId\":\"" + valid.complaintId()
                        + "\"}").getBytes(StandardCharsets.UTF_8))
                .build();
        String nextId = UUID.randomUUID().toString();

        send(Topics.COMPLAINT_EVENTS, valid.complaintId().toString(), broken);
        // same key, same partition: once this one is relayed, the broken one before it was dealt with
        send(Topics.COMPLAINT_EVENTS, valid.complaintId().toString(), codec.encode(valid, nextId, "/workflow-service"));

        awaitOn(CouncilTopics.outbound("herefordshire"), nextId);
        assertThat(TopicReader.cloudEvents(TestInfrastructure.kafkaBootstrapServers(), CouncilTopics.outbound("herefordshire")))
                .noneMatch(record -> ceId.equals(record.value().getId()));
        ConsumerRecord<String, byte[]> dead = await().atMost(Duration.ofSeconds(30)).until(
                () -> TopicReader.rawRecords(TestInfrastructure.kafkaBootstrapServers(), Topics.COMPLAINT_EVENTS + ".dlt").stream()
                        .filter(record -> ceId.equals(header(record, "ce_id"))
                                && "intake-service.council-outbound".equals(header(record, "kafka_dlt-original-consumer-group")))
                        .findFirst().orElse(null),
                record -> record != null);
        assertThat(header(dead, "complaints_dlt_reasons")).contains("acknowledgedOn");
    }

    @Test
    void councilsOutboundTopicAlsoHoldsItsDeadlineAndLetterEventsInTheirOrder() {
        UUID complaintId = UUID.randomUUID();
        DeadlineSet set = new DeadlineSet("telford-wrekin", complaintId, NOW, UUID.randomUUID(), 1, "RESPONSE",
                Strictness.LIMIT, "telford-wrekin-v1#routes[CORPORATE].stages[1].deadlines.RESPONSE", LocalDate.of(2027, 1, 13));
        LetterSent sent = new LetterSent("telford-wrekin", complaintId, NOW, UUID.randomUUID(), LetterType.ACKNOWLEDGEMENT,
                LetterChannel.EMAIL, UUID.randomUUID().toString());
        LetterSent other = new LetterSent("herefordshire", UUID.randomUUID(), NOW, UUID.randomUUID(),
                LetterType.ACKNOWLEDGEMENT, LetterChannel.EMAIL, UUID.randomUUID().toString());
        String setId = UUID.randomUUID().toString();
        String sentId = UUID.randomUUID().toString();
        String otherId = UUID.randomUUID().toString();
        String secondSentId = UUID.randomUUID().toString();

        send(Topics.DEADLINE_EVENTS, complaintId.toString(), codec.encode(set, setId, "/deadline-service"));
        send(Topics.NOTIFICATION_EVENTS, complaintId.toString(), codec.encode(sent, sentId, "/notification-service"));
        send(Topics.NOTIFICATION_EVENTS, other.complaintId().toString(), codec.encode(other, otherId, "/notification-service"));
        send(Topics.NOTIFICATION_EVENTS, complaintId.toString(), codec.encode(sent, secondSentId, "/notification-service"));

        assertThat(codec.decode(awaitOn(CouncilTopics.outbound("telford-wrekin"), setId).value(), DeadlineSet.class)).isEqualTo(set);
        awaitOn(CouncilTopics.outbound("telford-wrekin"), secondSentId);
        awaitOn(CouncilTopics.outbound("herefordshire"), otherId);
        assertThat(TopicReader.cloudEvents(TestInfrastructure.kafkaBootstrapServers(), CouncilTopics.outbound("telford-wrekin"))
                .stream().map(record -> record.value().getId()).filter(id -> id.equals(sentId) || id.equals(secondSentId)))
                .containsExactly(sentId, secondSentId);
        for (String tenant : List.of("telford-wrekin", "herefordshire")) {
            assertThat(TopicReader.cloudEvents(TestInfrastructure.kafkaBootstrapServers(), CouncilTopics.outbound(tenant)))
                    .isNotEmpty()
                    .allSatisfy(record -> assertThat(codec.decode(record.value()).tenantId()).isEqualTo(tenant));
        }
    }

    private void send(String topic, String key, CloudEvent event) {
        kafka.send(new ProducerRecord<>(topic, key, event)).join();
    }

    private UUID awaitSubmission(String tenant, String ceId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.query(
                        "SELECT complaint_id FROM submission WHERE tenant_id = ? AND idempotency_key = ?",
                        (rs, n) -> rs.getObject(1, UUID.class), tenant, "council-event:" + ceId).stream().findFirst().orElse(null),
                id -> id != null);
    }

    private SubmissionReceived awaitPublished(UUID complaintId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> publishedFor(complaintId).stream().findFirst().orElse(null),
                event -> event != null);
    }

    private List<SubmissionReceived> publishedFor(UUID complaintId) {
        return TopicReader.cloudEvents(TestInfrastructure.kafkaBootstrapServers(), Topics.SUBMISSIONS).stream()
                .filter(record -> complaintId.toString().equals(record.key()))
                .map(record -> codec.decode(record.value(), SubmissionReceived.class))
                .toList();
    }

    private ConsumerRecord<String, CloudEvent> awaitOn(String topic, String ceId) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> TopicReader.cloudEvents(TestInfrastructure.kafkaBootstrapServers(), topic).stream()
                        .filter(record -> ceId.equals(record.value().getId()))
                        .findFirst().orElse(null),
                record -> record != null);
    }

    private double rejected(String tenant, String reason) {
        var counter = meters.find("complaints.intake.council.rejected").tags("tenant", tenant, "reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static ComplaintAcknowledged acknowledged(String tenant) {
        return new ComplaintAcknowledged(tenant, UUID.randomUUID(), NOW, LocalDate.of(2026, 12, 22),
                LocalDate.of(2026, 12, 23), UUID.randomUUID());
    }

    /** A parent's complaint about a child in care, about events of 10 November 2025: 42 days out of time on 22 December 2026. */
    private static CouncilSubmission submission(String tenant) {
        return new CouncilSubmission(tenant, FeedbackType.COMPLAINT, null, false,
                new CouncilSubmission.Complainant(ComplainantRole.PARENT, "Alex Example", "alex@example.org", null,
                        ContactPreference.EMAIL, "Large print, please.", "en"),
                new CouncilSubmission.Child("Sam Example", LocalDate.of(2014, 5, 2), true),
                new CouncilSubmission.Advocate("Jo Advocate", "NYAS", "jo@example.org", null, null), true,
                "No calls returned for six weeks.", null, LocalDate.of(2025, 11, 10), List.of(), null, List.of(), null);
    }
}
