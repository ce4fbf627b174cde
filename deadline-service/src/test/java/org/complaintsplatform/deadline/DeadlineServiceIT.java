package org.complaintsplatform.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;


import com.fasterxml.jackson.databind.JsonNode;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.complaintsplatform.contracts.ComplainantRole;
import org.complaintsplatform.contracts.FeedbackType;
import org.complaintsplatform.contracts.IntegrationEvent;
import org.complaintsplatform.contracts.Route;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.contracts.cloudevents.EventIds;
import org.complaintsplatform.contracts.complaint.ComplaintAcknowledged;
import org.complaintsplatform.contracts.complaint.ComplaintClosed;
import org.complaintsplatform.contracts.complaint.ComplaintEscalated;
import org.complaintsplatform.contracts.complaint.ComplaintExcluded;
import org.complaintsplatform.contracts.complaint.ExclusionEffect;
import org.complaintsplatform.contracts.complaint.ExclusionGround;
import org.complaintsplatform.contracts.complaint.FollowUpDone;
import org.complaintsplatform.contracts.complaint.FollowUpScheduled;
import org.complaintsplatform.contracts.complaint.ComplaintReceived;
import org.complaintsplatform.contracts.complaint.DueDate;
import org.complaintsplatform.contracts.complaint.IndependentPersonAppointed;
import org.complaintsplatform.contracts.complaint.StageResponded;
import org.complaintsplatform.contracts.complaint.Strictness;
import org.complaintsplatform.contracts.complaint.TimeLimitDecided;
import org.complaintsplatform.contracts.complaint.WrittenStatementAgreed;
import org.complaintsplatform.contracts.deadline.CancellationReason;
import org.complaintsplatform.contracts.deadline.DeadlineApproaching;
import org.complaintsplatform.contracts.deadline.DeadlineCancelled;
import org.complaintsplatform.contracts.deadline.DeadlineMet;
import org.complaintsplatform.contracts.deadline.DeadlineMissed;
import org.complaintsplatform.contracts.deadline.DeadlineSet;
import org.complaintsplatform.deadline.command.DeadlineDue;
import org.complaintsplatform.deadline.command.DeadlineTimer;
import org.complaintsplatform.testsupport.TestInfrastructure;
import org.complaintsplatform.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/** The service against a real PostgreSQL and Kafka, with the clock of {@link DeadlineIntegrationTest}. */
class DeadlineServiceIT extends DeadlineIntegrationTest {

    private static final String TENANT = "cambridgeshire";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    @Qualifier("cloudEventKafkaTemplate")
    KafkaTemplate<String, CloudEvent> kafka;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate http;
    @Autowired
    DeadlineDue deadlineDue;
    @Autowired
    SchedulerClient scheduler;

    private final ObjectMapper json = CloudEventCodec.contractMapper();

    @Test
    void aReceivedComplaintGetsItsAcknowledgementDeadlineAndAcknowledgingItMeetsIt() throws Exception {
        UUID complaintId = UUID.randomUUID();
        LocalDate dueOn = LocalDate.of(2027, 1, 18);

        String receivedId = UUID.randomUUID().toString();
        send(received(complaintId, dueOn), receivedId);

        await().atMost(WAIT).until(() -> !deadlineRows(complaintId).isEmpty());
        Map<String, Object> row = deadlineRows(complaintId).getFirst();
        assertThat(row).containsEntry("step", "ACKNOWLEDGEMENT").containsEntry("stage", 1)
                .containsEntry("rule", "cambridgeshire-v1#acknowledgement").containsEntry("status", "OPEN");
        assertThat(row.get("due_on")).hasToString("2027-01-18");
        UUID deadlineId = (UUID) row.get("id");
        assertThat(deadlineId).isEqualTo(EventIds.derivedUuid(complaintId.toString(), "ACKNOWLEDGEMENT"));
        assertThat(timerAt(deadlineId)).as("midnight after the due date, plus the 15 minutes' grace")
                .isEqualTo(Instant.parse("2027-01-19T00:15:00Z"));
        DeadlineSet set = awaitPublished(DeadlineSet.class, complaintId).getFirst();
        assertThat(set.deadlineId()).isEqualTo(deadlineId);
        assertThat(set.dueOn()).isEqualTo(dueOn);
        assertThat(set.tenantId()).isEqualTo(TENANT);

        String acknowledgedId = UUID.randomUUID().toString();
        send(acknowledged(complaintId, LocalDate.of(2027, 1, 12), dueOn), acknowledgedId);

        await().atMost(WAIT).until(() -> "MET".equals(deadlineRows(complaintId).getFirst().get("status")));
        assertThat(deadlineRows(complaintId).getFirst().get("met_on")).hasToString("2027-01-12");
        assertThat(timerCount(deadlineId)).as("the timer is cancelled").isZero();
        DeadlineMet met = awaitPublished(DeadlineMet.class, complaintId).getFirst();
        assertThat(met.deadlineId()).isEqualTo(deadlineId);
        assertThat(met.metOn()).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(met.dueOn()).isEqualTo(dueOn);
        assertThat(publishedIds(complaintId)).as("ce_ids derived from the causes").containsExactlyInAnyOrder(
                EventIds.derived(receivedId, "deadline-set:" + deadlineId),
                EventIds.derived(acknowledgedId, "deadline-met:" + deadlineId));

        JsonNode body = getJson("/api/v1/tenants/" + TENANT + "/complaints/" + complaintId + "/deadlines", HttpStatus.OK);
        assertThat(body).hasSize(1);
        assertThat(body.get(0).get("deadlineId").asText()).isEqualTo(deadlineId.toString());
        assertThat(body.get(0).get("complaintId").asText()).isEqualTo(complaintId.toString());
        assertThat(body.get(0).get("step").asText()).isEqualTo("ACKNOWLEDGEMENT");
        assertThat(body.get(0).get("stage").asInt()).isEqualTo(1);
        assertThat(body.get(0).get("strictness").isNull()).isTrue();
        assertThat(body.get(0).get("rule").asText()).isEqualTo("cambridgeshire-v1#acknowledgement");
        assertThat(body.get(0).get("workingDaysLeft").isNull()).as("only running clocks count down").isTrue();
        assertThat(body.get(0).get("dueOn").asText()).isEqualTo("2027-01-18");
        assertThat(body.get(0).get("status").asText()).isEqualTo("MET");
        assertThat(body.get(0).get("metOn").asText()).isEqualTo("2027-01-12");
        JsonNode metList = getJson("/api/v1/tenants/" + TENANT + "/deadlines?status=met", HttpStatus.OK);
        assertThat(metList.findValuesAsText("deadlineId")).contains(deadlineId.toString());
        JsonNode open = getJson("/api/v1/tenants/" + TENANT + "/deadlines?status=open", HttpStatus.OK);
        assertThat(open.findValuesAsText("deadlineId")).doesNotContain(deadlineId.toString());
    }

    @Test
    void anOpenDeadlineWithinTheLeadTimeIsDueSoonWithItsWorkingDaysLeft() throws Exception {
        UUID complaintId = UUID.randomUUID();
        send(received(complaintId, LocalDate.of(2027, 1, 13)), UUID.randomUUID().toString()); // NOW is Monday 11th

        await().atMost(WAIT).until(() -> !deadlineRows(complaintId).isEmpty());
        UUID deadlineId = (UUID) deadlineRows(complaintId).getFirst().get("id");
        JsonNode dueSoon = getJson("/api/v1/tenants/" + TENANT + "/deadlines?status=due-soon", HttpStatus.OK);
        JsonNode item = java.util.stream.StreamSupport.stream(dueSoon.get("deadlines").spliterator(), false)
                .filter(node -> node.get("deadlineId").asText().equals(deadlineId.toString()))
                .findFirst().orElseThrow();
        assertThat(item.get("workingDaysLeft").asInt()).isEqualTo(2);
        JsonNode overdue = getJson("/api/v1/tenants/" + TENANT + "/deadlines?status=overdue", HttpStatus.OK);
        assertThat(overdue.findValuesAsText("deadlineId")).doesNotContain(deadlineId.toString());
    }

    @Test
    void aFiringAfterTheDeadlineWasMetChangesNothing() throws Exception {
        UUID complaintId = UUID.randomUUID();
        LocalDate dueOn = LocalDate.of(2027, 1, 20);
        send(received(complaintId, dueOn), UUID.randomUUID().toString());
        send(acknowledged(complaintId, LocalDate.of(2027, 1, 11), dueOn), UUID.randomUUID().toString());
        await().atMost(WAIT).until(() -> !deadlineRows(complaintId).isEmpty()
                && "MET".equals(deadlineRows(complaintId).getFirst().get("status")));
        UUID deadlineId = (UUID) deadlineRows(complaintId).getFirst().get("id");

        deadlineDue.fire(deadlineId);

        assertThat(deadlineRows(complaintId).getFirst()).containsEntry("status", "MET");
        assertThat(outboxOrTopicMissed(complaintId)).isZero();
    }

    @Test
    void aRedeliveredEventHasNoSecondEffect() throws Exception {
        UUID complaintId = UUID.randomUUID();
        LocalDate dueOn = LocalDate.of(2027, 1, 25);
        String receivedId = UUID.randomUUID().toString();
        String acknowledgedId = UUID.randomUUID().toString();

        send(received(complaintId, dueOn), receivedId);
        awaitConsumed(send(received(complaintId, dueOn), receivedId));
        send(acknowledged(complaintId, LocalDate.of(2027, 1, 13), dueOn), acknowledgedId);
        awaitConsumed(send(acknowledged(complaintId, LocalDate.of(2027, 1, 13), dueOn), acknowledgedId));

        assertThat(deadlineRows(complaintId)).hasSize(1);
        assertThat(deadlineRows(complaintId).getFirst()).containsEntry("status", "MET");
        await().atMost(WAIT).until(() -> published(DeadlineMet.class, complaintId).size() == 1);
        assertThat(published(DeadlineSet.class, complaintId)).hasSize(1);
        assertThat(published(DeadlineMet.class, complaintId)).hasSize(1);
    }

    @Test
    void anUnacknowledgedDeadlineWhoseDayHasPassedIsMissedOnceAndALateAcknowledgementMeetsIt() throws Exception {
        UUID complaintId = UUID.randomUUID();
        LocalDate dueOn = LocalDate.of(2027, 1, 7); // its timer fires at 2027-01-08T00:15Z, before NOW

        send(received(complaintId, dueOn), UUID.randomUUID().toString());

        await().atMost(WAIT).until(() -> !deadlineRows(complaintId).isEmpty()
                && "MISSED".equals(deadlineRows(complaintId).getFirst().get("status")));
        UUID deadlineId = (UUID) deadlineRows(complaintId).getFirst().get("id");
        DeadlineMissed missed = awaitPublished(DeadlineMissed.class, complaintId).getFirst();
        assertThat(missed.deadlineId()).isEqualTo(deadlineId);
        assertThat(missed.dueOn()).isEqualTo(dueOn);
        assertThat(missed.occurredAt()).isBetween(NOW, NOW.plus(WAIT));
        assertThat(publishedIds(complaintId)).contains(EventIds.derived(deadlineId + "@" + dueOn, "deadline-missed"));
        await().atMost(WAIT).until(() -> timerCount(deadlineId) == 0);
        JsonNode missedList = getJson("/api/v1/tenants/" + TENANT + "/deadlines?status=MISSED", HttpStatus.OK);
        assertThat(missedList.findValuesAsText("deadlineId")).contains(deadlineId.toString());
        JsonNode overdue = getJson("/api/v1/tenants/" + TENANT + "/deadlines?status=overdue", HttpStatus.OK);
        assertThat(overdue.findValuesAsText("deadlineId")).contains(deadlineId.toString());

        send(acknowledged(complaintId, LocalDate.of(2027, 1, 11), dueOn), UUID.randomUUID().toString());

        await().atMost(WAIT).until(() -> "MET".equals(deadlineRows(complaintId).getFirst().get("status")));
        DeadlineMet met = awaitPublished(DeadlineMet.class, complaintId).getFirst();
        assertThat(met.metOn()).isAfter(met.dueOn());
        assertThat(published(DeadlineMissed.class, complaintId)).hasSize(1);
    }

    @Test
    void anAnonymousComplaintWithoutADueDateGetsNoDeadline() throws Exception {
        UUID complaintId = UUID.randomUUID();
        ComplaintReceived anonymous = new ComplaintReceived("telford-wrekin", complaintId, NOW, "TW-2027-000001",
                LocalDate.of(2027, 1, 11), FeedbackType.COMPLAINT, Route.CORPORATE, ComplainantRole.OTHER, true, false,
                "telford-wrekin", 1, null, List.of(), false);

        awaitConsumed(send(anonymous, UUID.randomUUID().toString()));

        assertThat(deadlineRows(complaintId)).isEmpty();
    }

    @Test
    void anAcknowledgementWithoutADueDateOfAComplaintWithoutADeadlineHasNoEffect() throws Exception {
        // BCP acknowledges complaints with no timescale: no due date when received, none when acknowledged
        UUID complaintId = UUID.randomUUID();
        ComplaintReceived received = new ComplaintReceived("bcp", complaintId, NOW, "BCP-2027-000001",
                LocalDate.of(2027, 1, 11), FeedbackType.COMPLAINT, Route.STATUTORY, ComplainantRole.PARENT, false, true,
                "bcp", 1, null, List.of(), false);
        String receivedId = UUID.randomUUID().toString();
        String acknowledgedId = UUID.randomUUID().toString();

        send(received, receivedId);
        send(new ComplaintAcknowledged("bcp", complaintId, NOW, LocalDate.of(2027, 1, 12), null, UUID.randomUUID()),
                acknowledgedId);

        await().atMost(WAIT).until(() -> processed(receivedId) && processed(acknowledgedId));
        assertThat(deadlineRows(complaintId)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_message WHERE subject = ?").param(complaintId.toString())
                .query(Long.class).single()).isZero();
        assertThat(publishedIds(complaintId)).isEmpty();
        assertThat(TopicReader.rawRecords(TestInfrastructure.kafkaBootstrapServers(),
                Topics.deadLetterTopicOf(Topics.COMPLAINT_EVENTS))).noneMatch(record -> complaintId.toString().equals(record.key()));
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndTheNextRecordIsStillProcessed() throws Exception {
        UUID complaintId = UUID.randomUUID();
        String key = complaintId.toString(); // same key: same partition as the valid record behind them
        byte[] noHeaders = "{\"not\":\"a cloud event\"}".getBytes(StandardCharsets.UTF_8);
        try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            raw.send(new ProducerRecord<>(Topics.COMPLAINT_EVENTS, key, noHeaders)).get();
        }
        String invalidId = UUID.randomUUID().toString();
        CloudEvent schemaInvalid = CloudEventBuilder.v1()
                .withId(invalidId)
                .withSource(java.net.URI.create("/workflow-service"))
                .withType("org.complaintsplatform.complaint-received.v1")
                .withSubject(key)
                .withDataContentType("application/json")
                .withData("application/json", "{\"tenantId\":\"cambridgeshire\"}".getBytes(StandardCharsets.UTF_8))
                .build();
        kafka.send(Topics.COMPLAINT_EVENTS, key, schemaInvalid).get();

        send(received(complaintId, LocalDate.of(2027, 2, 1)), UUID.randomUUID().toString());

        await().atMost(WAIT).until(() -> !deadlineRows(complaintId).isEmpty());
        List<ConsumerRecord<String, byte[]>> deadLetters = await().atMost(WAIT).until(
                () -> TopicReader.rawRecords(TestInfrastructure.kafkaBootstrapServers(),
                                Topics.deadLetterTopicOf(Topics.COMPLAINT_EVENTS)).stream()
                        .filter(record -> key.equals(record.key()))
                        .toList(),
                records -> records.size() == 2);
        assertThat(deadLetters.get(0).value()).isEqualTo(noHeaders);
        assertThat(header(deadLetters.get(1), "ce_id")).isEqualTo(invalidId);
        assertThat(header(deadLetters.get(1), "complaints_dlt_reasons")).contains("required");
    }

    /**
     * Stage 2 detail: escalation starts the appointment clock, the last investigator appointed meets it,
     * and the agreed statement starts the report clock. Dates come from the events.
     */
    @Test
    void stageTwoEventsStartTheClocksTheyCarryAndMeetTheStepsTheyComplete() throws Exception {
        UUID complaintId = UUID.randomUUID();
        String rule = "cambridgeshire-v1#routes[STATUTORY_CHILDREN].stages[2].deadlines.";
        awaitConsumed(send(received(complaintId, LocalDate.of(2026, 12, 24)), UUID.randomUUID().toString()));
        awaitConsumed(send(new ComplaintEscalated(TENANT, complaintId, Instant.parse("2027-02-10T10:00:00Z"),
                LocalDate.of(2027, 2, 10), 1, 2, List.of(new DueDate(2, "INVESTIGATOR_APPOINTMENT", LocalDate.of(2027, 2, 17),
                        Strictness.LIMIT, rule + "INVESTIGATOR_APPOINTMENT"))), UUID.randomUUID().toString()));
        awaitConsumed(send(new IndependentPersonAppointed(TENANT, complaintId, Instant.parse("2027-02-16T10:00:00Z"),
                LocalDate.of(2027, 2, 16), "ip-7", List.of("INVESTIGATOR_APPOINTMENT")), UUID.randomUUID().toString()));
        awaitConsumed(send(new WrittenStatementAgreed(TENANT, complaintId, Instant.parse("2027-02-17T10:00:00Z"),
                LocalDate.of(2027, 2, 17), true, List.of(new DueDate(2, "INVESTIGATION_REPORT", LocalDate.of(2027, 3, 17),
                        Strictness.LIMIT, rule + "INVESTIGATION_REPORT"))), UUID.randomUUID().toString()));

        assertThat(deadlineRows(complaintId))
                .filteredOn(row -> Integer.valueOf(2).equals(row.get("stage")))
                .extracting(row -> row.get("step") + " " + row.get("status") + " " + row.get("due_on") + " " + row.get("met_on"))
                .containsExactlyInAnyOrder("INVESTIGATOR_APPOINTMENT MET 2027-02-17 2027-02-16",
                        "INVESTIGATION_REPORT OPEN 2027-03-17 null");
    }

    @Test
    void anUnknownTenantIsNotFoundAndAnUnknownStatusIsABadRequest() throws Exception {
        JsonNode unknown = getJson("/api/v1/tenants/atlantis/deadlines", HttpStatus.NOT_FOUND);
        assertThat(unknown.get("status").asInt()).isEqualTo(404);

        JsonNode badStatus = getJson("/api/v1/tenants/" + TENANT + "/deadlines?status=late", HttpStatus.BAD_REQUEST);
        assertThat(badStatus.get("errors").get(0).get("field").asText()).isEqualTo("status");

        JsonNode badId = getJson("/api/v1/tenants/" + TENANT + "/complaints/not-a-uuid/deadlines", HttpStatus.BAD_REQUEST);
        assertThat(badId.get("status").asInt()).isEqualTo(400);
    }

    /**
     * A miss timer picked at the moment an event moved its deadline later is not replaced by that event. Here
     * the old timer fires now although the acknowledgement is due on the 18th: nothing is missed, and the same
     * timer waits for the new date (00:15 after the 18th) instead of leaving the clock without one.
     */
    @Test
    void aMissTimerFiringForADateThatMovedLaterWaitsForTheNewDate() throws Exception {
        UUID complaintId = UUID.randomUUID();
        send(received(complaintId, LocalDate.of(2027, 1, 18)), UUID.randomUUID().toString());
        await().atMost(WAIT).until(() -> !deadlineRows(complaintId).isEmpty());
        UUID deadlineId = (UUID) deadlineRows(complaintId).getFirst().get("id");

        scheduler.reschedule(TaskInstanceId.of(DeadlineTimer.TASK, deadlineId.toString()), NOW.minusSeconds(60));

        await().atMost(WAIT).until(() -> Instant.parse("2027-01-19T00:15:00Z").equals(timerAt(deadlineId)));
        assertThat(deadlineRows(complaintId).getFirst()).containsEntry("status", "OPEN");
        assertThat(outboxOrTopicMissed(complaintId)).isZero();
    }

    /** The same for the warning: two working days before the 18th is the 14th, so it fires again then, silent now. */
    @Test
    void aWarningFiringBeforeTheLeadTimeOfItsMovedDateWaitsForIt() throws Exception {
        UUID complaintId = UUID.randomUUID();
        send(received(complaintId, LocalDate.of(2027, 1, 18)), UUID.randomUUID().toString());
        await().atMost(WAIT).until(() -> !deadlineRows(complaintId).isEmpty());
        UUID deadlineId = (UUID) deadlineRows(complaintId).getFirst().get("id");

        scheduler.reschedule(TaskInstanceId.of(DeadlineTimer.APPROACHING_TASK, deadlineId.toString()), NOW.minusSeconds(60));

        await().atMost(WAIT).until(() -> Instant.parse("2027-01-14T00:00:00Z").equals(warningAt(deadlineId)));
        assertThat(published(DeadlineApproaching.class, complaintId)).isEmpty();
    }

    @Test
    void aRefusedLateComplaintAndAWhollyExcludedOneStopEveryClockButAPartExclusionDoesNot() throws Exception {
        UUID refused = UUID.randomUUID();
        UUID excluded = UUID.randomUUID();
        UUID partly = UUID.randomUUID();
        for (UUID complaintId : List.of(refused, excluded, partly)) {
            send(received(complaintId, LocalDate.of(2027, 1, 18)), UUID.randomUUID().toString());
        }
        await().atMost(WAIT).until(() -> List.of(refused, excluded, partly).stream().noneMatch(id -> deadlineRows(id).isEmpty()));

        send(new TimeLimitDecided(TENANT, refused, NOW, LocalDate.of(2027, 1, 11), false, null, false,
                "cambridgeshire-v1#eligibility.timeLimit"), UUID.randomUUID().toString());
        send(new ComplaintExcluded(TENANT, excluded, NOW, LocalDate.of(2027, 1, 11), 1, ExclusionGround.LEGAL_PROCEEDINGS,
                ExclusionEffect.MAY_RESUBMIT_AFTERWARDS, true, "cambridgeshire-v1#exclusions.grounds[0]"), UUID.randomUUID().toString());
        RecordMetadata last = send(new ComplaintExcluded(TENANT, partly, NOW, LocalDate.of(2027, 1, 11), 1,
                ExclusionGround.LEGAL_PROCEEDINGS, ExclusionEffect.MAY_RESUBMIT_AFTERWARDS, false,
                "cambridgeshire-v1#exclusions.grounds[0]"), UUID.randomUUID().toString());
        awaitConsumed(last);

        assertThat(awaitPublished(DeadlineCancelled.class, refused)).singleElement()
                .satisfies(cancelled -> assertThat(cancelled.reason()).isEqualTo(CancellationReason.TIME_LIMIT_REFUSED));
        assertThat(awaitPublished(DeadlineCancelled.class, excluded)).singleElement()
                .satisfies(cancelled -> assertThat(cancelled.reason()).isEqualTo(CancellationReason.EXCLUDED));
        assertThat(deadlineRows(refused).getFirst()).containsEntry("status", "CANCELLED");
        assertThat(deadlineRows(partly).getFirst()).containsEntry("status", "OPEN");
        assertThat(timerCount((UUID) deadlineRows(refused).getFirst().get("id"))).isZero();
    }

    /**
     * Telford &amp; Wrekin's learning meeting, due Thu 8 April 2027 after the Stage 2 response, runs on when the complaint
     * closes and is met when held; a measure's review (stage 0) outlives a stage's response and ends with the closure.
     */
    @Test
    void aLearningMeetingOutlivesTheClosureAndAMeasureReviewEndsWithIt() throws Exception {
        UUID complaintId = UUID.randomUUID();
        String review = "MEASURE_REVIEW:" + UUID.randomUUID();
        send(new FollowUpScheduled("telford-wrekin", complaintId, NOW, new DueDate(0, review, LocalDate.of(2028, 1, 11),
                Strictness.LIMIT, "telford-wrekin-v1#unreasonableBehaviour.review")), UUID.randomUUID().toString());
        send(new StageResponded("telford-wrekin", complaintId, NOW, LocalDate.of(2027, 3, 8), 2, List.of(), null, null),
                UUID.randomUUID().toString());
        send(new FollowUpScheduled("telford-wrekin", complaintId, NOW, new DueDate(2, "LEARNING_MEETING",
                LocalDate.of(2027, 4, 8), Strictness.LIMIT, "telford-wrekin-v1#learning.meeting")), UUID.randomUUID().toString());
        awaitConsumed(send(new ComplaintClosed("telford-wrekin", complaintId, NOW, LocalDate.of(2027, 3, 26), 2, List.of()),
                UUID.randomUUID().toString()));

        assertThat(statusOf(complaintId)).containsEntry("LEARNING_MEETING", "OPEN").containsEntry(review, "CANCELLED");

        awaitConsumed(send(new FollowUpDone("telford-wrekin", complaintId, NOW, LocalDate.of(2027, 3, 30), "LEARNING_MEETING"),
                UUID.randomUUID().toString()));

        assertThat(statusOf(complaintId)).containsEntry("LEARNING_MEETING", "MET");
        assertThat(awaitPublished(DeadlineMet.class, complaintId)).singleElement()
                .satisfies(met -> assertThat(met.metOn()).isEqualTo(LocalDate.of(2027, 3, 30)));
    }

    @Test
    void theTenantsDeadlinesComeInPagesEarliestDueFirst() throws Exception {
        for (int day = 20; day <= 22; day++) {
            send(received(UUID.randomUUID(), LocalDate.of(2027, 3, day)), UUID.randomUUID().toString());
        }
        await().atMost(WAIT).until(() -> jdbc.sql("SELECT count(*) FROM deadline WHERE due_on BETWEEN '2027-03-20' AND '2027-03-22'")
                .query(Long.class).single() == 3);

        JsonNode first = getJson("/api/v1/tenants/" + TENANT + "/deadlines?status=open&limit=2", HttpStatus.OK);
        JsonNode all = getJson("/api/v1/tenants/" + TENANT + "/deadlines?status=open&limit=1000", HttpStatus.OK);

        assertThat(first.get("limit").asInt()).isEqualTo(2);
        assertThat(first.get("offset").asInt()).isZero();
        assertThat(first.get("deadlines")).hasSize(2);
        assertThat(all.get("limit").asInt()).isEqualTo(200);
        List<String> dueDates = all.get("deadlines").findValuesAsText("dueOn");
        assertThat(dueDates).isSorted().contains("2027-03-20", "2027-03-21", "2027-03-22");
        int third = dueDates.indexOf("2027-03-22");
        JsonNode page = getJson("/api/v1/tenants/" + TENANT + "/deadlines?status=open&limit=1&offset=" + third, HttpStatus.OK);
        assertThat(page.get("deadlines").findValuesAsText("dueOn")).containsExactly("2027-03-22");
        getJson("/api/v1/tenants/" + TENANT + "/deadlines?offset=-1", HttpStatus.BAD_REQUEST);
    }

    // --- helpers

    private RecordMetadata send(IntegrationEvent event, String ceId) throws Exception {
        return kafka.send(Topics.COMPLAINT_EVENTS, event.complaintId().toString(), codec.encode(event, ceId, "/workflow-service"))
                .get().getRecordMetadata();
    }

    /** Waits until the service's consumer group has committed past the record. */
    private void awaitConsumed(RecordMetadata sent) {
        TopicPartition partition = new TopicPartition(sent.topic(), sent.partition());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers()))) {
            await().atMost(WAIT).until(() -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets("deadline-service")
                        .partitionsToOffsetAndMetadata().get().get(partition);
                return committed != null && committed.offset() > sent.offset();
            });
        }
    }

    private static ComplaintReceived received(UUID complaintId, LocalDate dueOn) {
        return new ComplaintReceived(TENANT, complaintId, NOW, "CAM-2027-000042", dueOn.minusDays(5), FeedbackType.COMPLAINT,
                Route.STATUTORY, ComplainantRole.PARENT, false, true, TENANT, 1, dueOn, List.of(), false);
    }

    private static ComplaintAcknowledged acknowledged(UUID complaintId, LocalDate on, LocalDate dueOn) {
        return new ComplaintAcknowledged(TENANT, complaintId, NOW, on, dueOn, UUID.randomUUID());
    }

    private List<Map<String, Object>> deadlineRows(UUID complaintId) {
        return jdbc.sql("SELECT * FROM deadline WHERE complaint_id = ?").param(complaintId).query().listOfRows();
    }

    /** The record's transaction committed: its effects, or their absence, are final and it was not dead-lettered. */
    private boolean processed(String ceId) {
        return jdbc.sql("SELECT count(*) FROM processed_event WHERE consumer = 'deadline-service' AND event_id = ?")
                .param(ceId).query(Long.class).single() == 1;
    }

    private Instant timerAt(UUID deadlineId) {
        return timerAt(DeadlineTimer.TASK, deadlineId);
    }

    private Instant warningAt(UUID deadlineId) {
        return timerAt(DeadlineTimer.APPROACHING_TASK, deadlineId);
    }

    private Instant timerAt(String task, UUID deadlineId) {
        return jdbc.sql("SELECT execution_time FROM scheduled_tasks WHERE task_name = ? AND task_instance = ?")
                .params(task, deadlineId.toString())
                .query(java.sql.Timestamp.class).single().toInstant();
    }

    private Map<String, String> statusOf(UUID complaintId) {
        return jdbc.sql("SELECT step, status FROM deadline WHERE complaint_id = ?").param(complaintId)
                .query((rs, n) -> Map.entry(rs.getString("step"), rs.getString("status"))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private long timerCount(UUID deadlineId) {
        return jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = ? AND task_instance = ?")
                .params(DeadlineTimer.TASK, deadlineId.toString())
                .query(Long.class).single();
    }

    /** DeadlineMissed events for the complaint, whether still in the outbox or already on the topic. */
    private long outboxOrTopicMissed(UUID complaintId) {
        long inOutbox = jdbc.sql("SELECT count(*) FROM outbox_message WHERE subject = ? AND event_type LIKE '%deadline-missed%'")
                .param(complaintId.toString()).query(Long.class).single();
        return inOutbox + published(DeadlineMissed.class, complaintId).size();
    }

    private <T extends IntegrationEvent> List<T> awaitPublished(Class<T> type, UUID complaintId) {
        return await().atMost(WAIT).until(() -> published(type, complaintId), events -> events.size() == 1);
    }

    private static List<String> publishedIds(UUID complaintId) {
        return TopicReader.cloudEvents(TestInfrastructure.kafkaBootstrapServers(), Topics.DEADLINE_EVENTS,
                        event -> complaintId.toString().equals(event.getSubject()))
                .stream()
                .map(CloudEvent::getId)
                .toList();
    }

    private <T extends IntegrationEvent> List<T> published(Class<T> type, UUID complaintId) {
        return TopicReader.cloudEvents(TestInfrastructure.kafkaBootstrapServers(), Topics.DEADLINE_EVENTS,
                        event -> complaintId.toString().equals(event.getSubject()))
                .stream()
                .map(codec::decode)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    private JsonNode getJson(String path, HttpStatus expected) throws Exception {
        ResponseEntity<String> response = http.getForEntity(path, String.class);
        assertThat(response.getStatusCode()).isEqualTo(expected);
        return json.readTree(response.getBody());
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
