package org.complaintsplatform.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.complaintsplatform.contracts.complaint.ComplaintReceived;
import org.complaintsplatform.testsupport.TestInfrastructure;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ReportingServiceIT extends ReportingIntegrationTest {

    private static final String TENANT = "cambridgeshire";
    private static final String OTHER_TENANT = "bcp";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    @Qualifier("cloudEventKafkaTemplate")
    KafkaTemplate<String, CloudEvent> kafka;
    @Autowired
    CloudEventCodec codec;

    private final ObjectMapper json = new ObjectMapper();

    /** An event and the CloudEvent id it is sent, and redelivered, with. */
    private record Sent(IntegrationEvent event, String ceId) {
    }

    @Test
    void quarterlyFiguresCountComplaintsInTheQuarterOfTheirReceiptAndRedeliveryChangesNone() throws Exception {
        UUID onTime = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        UUID unacknowledged = UUID.randomUUID();
        UUID acknowledgedFirst = UUID.randomUUID();
        UUID nextQuarter = UUID.randomUUID();
        UUID mpEnquiry = UUID.randomUUID();
        UUID otherTenant = UUID.randomUUID();
        UUID withoutTimescale = UUID.randomUUID();
        List<Sent> events = List.of(
                // acknowledged two days before its due date
                sent(received(TENANT, onTime, FeedbackType.COMPLAINT, date("2026-04-10"), date("2026-04-17"))),
                sent(acknowledged(TENANT, onTime, date("2026-04-15"), date("2026-04-17"))),
                // acknowledged eight days after it
                sent(received(TENANT, late, FeedbackType.COMPLAINT, date("2026-05-05"), date("2026-05-12"))),
                sent(acknowledged(TENANT, late, date("2026-05-20"), date("2026-05-12"))),
                // received on the quarter's last day, never acknowledged
                sent(received(TENANT, unacknowledged, FeedbackType.ENQUIRY, date("2026-06-30"), date("2026-07-07"))),
                // a replay that meets the acknowledgement (on the due date: on time) before the receipt
                sent(acknowledged(TENANT, acknowledgedFirst, date("2026-04-08"), date("2026-04-08"))),
                sent(received(TENANT, acknowledgedFirst, FeedbackType.COMPLIMENT, date("2026-04-01"), date("2026-04-08"))),
                // the first day of quarter 2
                sent(received(TENANT, nextQuarter, FeedbackType.COMPLAINT, date("2026-07-01"), date("2026-07-08"))),
                sent(acknowledged(TENANT, nextQuarter, date("2026-07-02"), date("2026-07-08"))),
                // an MP or councillor enquiry, which Cambridgeshire's procedure does not acknowledge
                sent(notAcknowledged(TENANT, mpEnquiry, FeedbackType.MP_COUNCILLOR_ENQUIRY, date("2026-05-11"))),
                // another tenant, same quarter
                sent(received(OTHER_TENANT, otherTenant, FeedbackType.COMPLAINT, date("2026-04-20"), date("2026-04-23"))),
                sent(acknowledged(OTHER_TENANT, otherTenant, date("2026-04-21"), date("2026-04-23"))),
                // BCP acknowledges without a timescale: no due date, so neither on time nor late
                sent(received(OTHER_TENANT, withoutTimescale, FeedbackType.COMPLAINT, date("2026-05-04"), null)),
                sent(acknowledged(OTHER_TENANT, withoutTimescale, date("2026-05-07"), null)));

        for (Sent event : events) {
            send(event);
        }

        JsonNode q1 = await().atMost(WAIT).until(() -> report(TENANT, 2026, 1), report -> report.get("received").asLong() == 5
                && report.get("acknowledged").asLong() == 3);
        assertThat(q1.get("tenantId").asText()).isEqualTo(TENANT);
        assertThat(q1.get("year").asInt()).isEqualTo(2026);
        assertThat(q1.get("quarter").asInt()).isEqualTo(1);
        assertThat(q1.get("financialYear").asText()).isEqualTo("2026-27");
        assertThat(q1.get("periodStart").asText()).isEqualTo("2026-04-01");
        assertThat(q1.get("periodEnd").asText()).isEqualTo("2026-06-30");
        assertFigures(q1, 5, Map.of("COMPLAINT", 2L, "ENQUIRY", 1L, "COMPLIMENT", 1L, "MP_COUNCILLOR_ENQUIRY", 1L), 3, 2, 0);
        JsonNode q2 = await().atMost(WAIT).until(() -> report(TENANT, 2026, 2), report -> report.get("acknowledged").asLong() == 1);
        assertThat(q2.get("periodStart").asText()).isEqualTo("2026-07-01");
        assertThat(q2.get("periodEnd").asText()).isEqualTo("2026-09-30");
        assertFigures(q2, 1, Map.of("COMPLAINT", 1L), 1, 1, 0);
        JsonNode other = await().atMost(WAIT).until(() -> report(OTHER_TENANT, 2026, 1), report -> report.get("acknowledged").asLong() == 2);
        assertFigures(other, 2, Map.of("COMPLAINT", 2L), 2, 1, 1);
        JsonNode q4 = report(TENANT, 2026, 4);
        assertThat(q4.get("periodStart").asText()).isEqualTo("2027-01-01");
        assertThat(q4.get("periodEnd").asText()).isEqualTo("2027-03-31");
        assertFigures(q4, 0, Map.of(), 0, 0, 0);

        List<RecordMetadata> redelivered = new ArrayList<>();
        for (Sent event : events) {
            redelivered.add(send(event));
        }
        awaitConsumed(redelivered);

        assertFigures(report(TENANT, 2026, 1), 5,
                Map.of("COMPLAINT", 2L, "ENQUIRY", 1L, "COMPLIMENT", 1L, "MP_COUNCILLOR_ENQUIRY", 1L), 3, 2, 0);
        assertFigures(report(TENANT, 2026, 2), 1, Map.of("COMPLAINT", 1L), 1, 1, 0);
        assertFigures(report(OTHER_TENANT, 2026, 1), 2, Map.of("COMPLAINT", 2L), 2, 1, 1);
    }

    @Test
    void anUnknownTenantIsNotFound() throws Exception {
        JsonNode problem = getJson("/api/v1/tenants/atlantis/reports/quarterly?year=2026&quarter=1", HttpStatus.NOT_FOUND);
        assertThat(problem.get("status").asInt()).isEqualTo(404);
    }

    @Test
    void aQuarterOutsideOneToFourIsABadRequest() throws Exception {
        JsonNode problem = getJson("/api/v1/tenants/" + TENANT + "/reports/quarterly?year=2026&quarter=5", HttpStatus.BAD_REQUEST);
        assertThat(problem.get("errors")).hasSize(1);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("quarter");
    }

    @Test
    void aMissingYearIsABadRequest() throws Exception {
        JsonNode problem = getJson("/api/v1/tenants/" + TENANT + "/reports/quarterly?quarter=1", HttpStatus.BAD_REQUEST);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("year");
    }

    @Test
    void aYearThatIsNotANumberIsABadRequest() throws Exception {
        JsonNode problem = getJson("/api/v1/tenants/" + TENANT + "/reports/quarterly?year=soon&quarter=1", HttpStatus.BAD_REQUEST);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
    }

    @Test
    void anAnnualReportWithoutAYearIsABadRequest() throws Exception {
        JsonNode problem = getJson("/api/v1/tenants/" + TENANT + "/reports/annual", HttpStatus.BAD_REQUEST);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("year");
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsABadRequest() throws Exception {
        JsonNode problem = getJson("/api/v1/tenants/" + TENANT + "/reports/range?from=2026-05-01&to=2026-04-30",
                HttpStatus.BAD_REQUEST);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("to");
    }

    @Test
    void aRangeDateThatIsNotADateIsABadRequest() throws Exception {
        JsonNode problem = getJson("/api/v1/tenants/" + TENANT + "/reports/range?from=yesterday&to=2026-04-30",
                HttpStatus.BAD_REQUEST);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
    }

    @Test
    void anUnknownFormatIsABadRequest() throws Exception {
        JsonNode problem = getJson("/api/v1/tenants/" + TENANT + "/reports/annual?year=2026&format=xlsx", HttpStatus.BAD_REQUEST);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("format");
    }

    // --- helpers

    private static void assertFigures(JsonNode report, long received, Map<String, Long> byType, long acknowledged,
                                      long onTime, long withoutTimescale) {
        assertThat(report.get("received").asLong()).as("received").isEqualTo(received);
        Map<String, Long> actualByType = new java.util.TreeMap<>();
        report.get("receivedByFeedbackType").properties().forEach(e -> actualByType.put(e.getKey(), e.getValue().asLong()));
        assertThat(actualByType).as("receivedByFeedbackType").isEqualTo(byType);
        assertThat(report.get("acknowledged").asLong()).as("acknowledged").isEqualTo(acknowledged);
        assertThat(report.get("acknowledgedOnTime").asLong()).as("acknowledgedOnTime").isEqualTo(onTime);
        assertThat(report.get("acknowledgedWithoutTimescale").asLong()).as("acknowledgedWithoutTimescale")
                .isEqualTo(withoutTimescale);
    }

    private JsonNode report(String tenantId, int year, int quarter) throws Exception {
        return getJson("/api/v1/tenants/" + tenantId + "/reports/quarterly?year=" + year + "&quarter=" + quarter, HttpStatus.OK);
    }

    private JsonNode getJson(String path, HttpStatus expected) throws Exception {
        ResponseEntity<String> response = http.getForEntity(path, String.class);
        assertThat(response.getStatusCode()).isEqualTo(expected);
        return json.readTree(response.getBody());
    }

    private static Sent sent(IntegrationEvent event) {
        return new Sent(event, UUID.randomUUID().toString());
    }

    private RecordMetadata send(Sent sent) throws Exception {
        return kafka.send(Topics.COMPLAINT_EVENTS, sent.event().complaintId().toString(),
                        codec.encode(sent.event(), sent.ceId(), "/workflow-service"))
                .get().getRecordMetadata();
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

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /** A representation the procedure acknowledges; {@code dueOn} is null where it sets no timescale. */
    private static ComplaintReceived received(String tenantId, UUID complaintId, FeedbackType type, LocalDate receivedOn,
                                              @Nullable LocalDate dueOn) {
        return received(tenantId, complaintId, type, receivedOn, true, dueOn);
    }

    private static ComplaintReceived notAcknowledged(String tenantId, UUID complaintId, FeedbackType type, LocalDate receivedOn) {
        return received(tenantId, complaintId, type, receivedOn, false, null);
    }

    private static ComplaintReceived received(String tenantId, UUID complaintId, FeedbackType type, LocalDate receivedOn,
                                              boolean acknowledgementRequired, @Nullable LocalDate dueOn) {
        return new ComplaintReceived(tenantId, complaintId, Instant.parse(receivedOn + "T10:00:00Z"), "REF-" + complaintId,
                receivedOn, type, Route.STATUTORY, ComplainantRole.PARENT, false, acknowledgementRequired, tenantId, 1, dueOn,
                List.of(), false);
    }

    private static ComplaintAcknowledged acknowledged(String tenantId, UUID complaintId, LocalDate on, @Nullable LocalDate dueOn) {
        return new ComplaintAcknowledged(tenantId, complaintId, Instant.parse(on + "T12:00:00Z"), on, dueOn, UUID.randomUUID());
    }
}
