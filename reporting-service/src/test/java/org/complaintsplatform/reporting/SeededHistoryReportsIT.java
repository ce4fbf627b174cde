package org.complaintsplatform.reporting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.complaintsplatform.contracts.IntegrationEvent;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.reporting.SeededHistory.Case;
import org.complaintsplatform.reporting.SeededHistory.StageCase;
import org.complaintsplatform.reporting.SeededHistory.Timeliness;
import org.complaintsplatform.reporting.rest.Words;
import org.complaintsplatform.testsupport.TestInfrastructure;
import org.complaintsplatform.testsupport.TestTokens;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Several hundred representations over two financial years and three tenants ({@link SeededHistory}); the
 * expected figures are counted here from the generator's ground truth, never by the service's code. Its own
 * database and consumer group keep it apart from {@link ReportingServiceIT}, whose tenants it does not use.
 */
@SpringBootTest(
        classes = ReportingApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=reporting-service", "spring.kafka.consumer.group-id=" + SeededHistoryReportsIT.GROUP})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@AutoConfigureObservability(tracing = false)
@Import(SeededHistoryReportsIT.AfterTheHistory.class)
class SeededHistoryReportsIT {

    /** The gauges' "now": a ticking clock set to a day after every date of the history, so every due date has passed. */
    static final LocalDate TODAY = LocalDate.parse("2028-01-10");

    @TestConfiguration(proxyBeanMethods = false)
    static class AfterTheHistory {
        @Bean
        @Primary
        Clock afterTheHistory() {
            Instant now = Instant.now();
            return Clock.offset(Clock.systemUTC(), Duration.between(now, TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC)));
        }
    }

    static final String GROUP = "reporting-history-it";
    private static final String TENANT = "core-assets";
    private static final Duration WAIT = Duration.ofSeconds(120);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.springProperties("reporting_history").forEach((key, value) -> registry.add(key, () -> value));
    }

    @Autowired
    @Qualifier("cloudEventKafkaTemplate")
    KafkaTemplate<String, CloudEvent> kafka;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    TestRestTemplate http;
    @Autowired
    Procedures procedures;

    private final ObjectMapper json = new ObjectMapper();
    private SeededHistory history;
    /** The CloudEvent id each event was sent with, so that it can be redelivered. */
    private final List<String> ceIds = new ArrayList<>();

    /** Requests without a token of their own go as a member of the path's organisation holding every role. */
    @BeforeEach
    void authenticateRequests() {
        if (http.getRestTemplate().getInterceptors().isEmpty()) {
            http.getRestTemplate().getInterceptors().add(TestTokens.interceptor());
        }
    }

    @BeforeAll
    void sendTheHistory() throws Exception {
        history = new SeededHistory(procedures.calendar(procedures.tenant(TENANT).orElseThrow()), 8L);
        assertThat(history.cases).hasSize(SeededHistory.TENANTS.size() * SeededHistory.QUARTERS * SeededHistory.PER_QUARTER);
        history.events.forEach(event -> ceIds.add(UUID.randomUUID().toString()));
        sendAll();
    }

    private void sendAll() throws Exception {
        List<CompletableFuture<SendResult<String, CloudEvent>>> sends = new ArrayList<>();
        for (int i = 0; i < history.events.size(); i++) {
            IntegrationEvent event = history.events.get(i);
            sends.add(kafka.send(Topics.COMPLAINT_EVENTS, event.complaintId().toString(),
                    codec.encode(event, ceIds.get(i), "/workflow-service")));
        }
        List<RecordMetadata> sent = new ArrayList<>();
        for (CompletableFuture<SendResult<String, CloudEvent>> send : sends) {
            sent.add(send.get().getRecordMetadata());
        }
        awaitConsumed(sent);
    }

    @Test
    void redeliveringTheWholeHistoryChangesNoFigure() throws Exception {
        Map<String, String> before = everyReport();

        sendAll();

        assertThat(everyReport()).isEqualTo(before);
    }

    @Test
    void aQuarterHasTheFiguresOfItsGroundTruth() throws Exception {
        JsonNode q1 = getJson(path(TENANT, "quarterly?year=2026&quarter=1"));

        // arithmetic of the generator: 16 a quarter, types by k % 8, routes by k % 2, roles by k % 5, acknowledgements by k % 4
        assertThat(q1.get("received").asLong()).isEqualTo(16);
        assertThat(map(q1.get("receivedByFeedbackType")))
                .isEqualTo(Map.of("COMPLAINT", 10L, "COMPLIMENT", 2L, "ENQUIRY", 2L, "COMMENT", 2L));
        assertThat(map(q1.get("receivedByRoute"))).isEqualTo(Map.of("STATUTORY", 6L, "CORPORATE", 4L));
        assertThat(map(q1.get("receivedBySource")))
                .isEqualTo(Map.of("PARENT", 2L, "CHILD", 2L, "FOSTER_CARER", 2L, "ADVOCATE", 2L, "OTHER", 2L));
        assertThat(q1.get("acknowledged").asLong()).isEqualTo(12);
        assertThat(q1.get("acknowledgedOnTime").asLong()).isEqualTo(8);
        assertThat(q1.get("acknowledgedLate").asLong()).isEqualTo(4);
        assertThat(q1.get("acknowledgedWithoutTimescale").asLong()).isEqualTo(0);
        // quarter 4 of the history is even: k = 3 refused as out of time; k = 4 and 12 accepted late; k = 9 part excluded
        // an advocate for k = 2 and 10
        assertThat(q1.get("advocacyUsed").asLong()).isEqualTo(2);
        assertThat(q1.get("outOfTimeRefused").asLong()).isEqualTo(1);
        assertThat(q1.get("outOfTimeAccepted").asLong()).isEqualTo(2);
        assertThat(q1.get("stages").get(0).get("excluded").asLong()).isEqualTo(0);
        assertThat(q1.get("stages").get(0).get("partlyExcluded").asLong()).isEqualTo(1);
        assertThat(map(q1.get("exclusionsByGround"))).isEqualTo(Map.of("CRIMINAL_PROCEEDINGS", 1L));
        // quarter 3's k = 0 referred to the LGSCO on Tuesday 14 April 2026 (7 working days after 1 April, Good Friday
        // and Easter Monday skipped), referred back on Wednesday 13 May (20 working days, 4 May skipped), referred again
        // on Thursday 28 May (10 working days, 25 May skipped) and undecided at the quarter's end
        assertThat(q1.get("ombudsmanReferrals").asLong()).isEqualTo(2);
        assertThat(map(q1.get("ombudsmanReferralsByBody"))).isEqualTo(Map.of("LGSCO", 2L));
        assertThat(map(q1.get("ombudsmanOutcomes"))).isEqualTo(Map.of("REFERRED_BACK_FOR_LOCAL_RESOLUTION", 1L));
        assertThat(q1.get("withOmbudsmanAtPeriodEnd").asLong()).isEqualTo(1);
        Case referredBack = history.cases.stream()
                .filter(c -> c.tenant.equals(TENANT) && c.referrals.size() == 2 && c.receivedOn.getYear() == 2026).findFirst().orElseThrow();
        assertThat(referredBack.referrals).extracting(SeededHistory.Referral::referredOn)
                .containsExactly(LocalDate.parse("2026-04-14"), LocalDate.parse("2026-05-28"));
        assertThat(referredBack.referrals.getFirst().decidedOn()).isEqualTo(LocalDate.parse("2026-05-13"));
        assertMatchesGroundTruth(q1, TENANT, LocalDate.parse("2026-04-01"), LocalDate.parse("2026-06-30"));

        JsonNode withoutTimescale = getJson(path(SeededHistory.WITHOUT_ACK_TIMESCALE, "quarterly?year=2026&quarter=1"));
        assertThat(withoutTimescale.get("acknowledged").asLong()).isEqualTo(12);
        assertThat(withoutTimescale.get("acknowledgedWithoutTimescale").asLong()).isEqualTo(12);
        assertThat(withoutTimescale.get("acknowledgedOnTime").asLong()).isEqualTo(0);
    }

    @Test
    void aFinancialYearHasTheFiguresOfItsGroundTruth() throws Exception {
        JsonNode year = getJson(path(TENANT, "annual?year=2025"));

        assertThat(year.get("financialYear").asText()).isEqualTo("2025-26");
        assertThat(year.get("periodStart").asText()).isEqualTo("2025-04-01");
        assertThat(year.get("periodEnd").asText()).isEqualTo("2026-03-31");
        assertThat(year.get("received").asLong()).isEqualTo(64);
        assertThat(map(year.get("receivedByFeedbackType")))
                .isEqualTo(Map.of("COMPLAINT", 40L, "COMPLIMENT", 8L, "ENQUIRY", 8L, "COMMENT", 8L));
        assertThat(map(year.get("receivedByRoute"))).isEqualTo(Map.of("STATUTORY", 24L, "CORPORATE", 16L));
        assertThat(year.get("acknowledged").asLong()).isEqualTo(48);
        assertThat(year.get("acknowledgedOnTime").asLong()).isEqualTo(32);
        assertThat(year.get("acknowledgedLate").asLong()).isEqualTo(16);
        // refused in quarters 0 and 2, excluded as a whole in 1 and 3, accepted late twice and part excluded once a quarter
        assertThat(year.get("advocacyUsed").asLong()).isEqualTo(8);
        assertThat(year.get("outOfTimeRefused").asLong()).isEqualTo(2);
        assertThat(year.get("outOfTimeAccepted").asLong()).isEqualTo(8);
        assertThat(year.get("stages").get(0).get("excluded").asLong()).isEqualTo(2);
        assertThat(year.get("stages").get(0).get("partlyExcluded").asLong()).isEqualTo(4);
        assertThat(map(year.get("exclusionsByGround"))).isEqualTo(Map.of("LEGAL_PROCEEDINGS", 2L, "CRIMINAL_PROCEEDINGS", 4L));
        // quarters 0, 1 and 2's referrals fall in 2025-26 and are decided in it (quarter 3's in 2026-27)
        assertThat(year.get("ombudsmanReferrals").asLong()).isEqualTo(3);
        assertThat(map(year.get("ombudsmanReferralsByBody"))).isEqualTo(Map.of("LGSCO", 2L, "OFSTED", 1L));
        assertThat(map(year.get("ombudsmanOutcomes")))
                .isEqualTo(Map.of("UPHELD", 1L, "NOT_UPHELD", 1L, "CLOSED_AFTER_INITIAL_ENQUIRIES", 1L));
        assertThat(year.get("withOmbudsmanAtPeriodEnd").asLong()).isEqualTo(0);
        // Stage 2's report, Stage 3's panel and the learning meeting after either: every late one is late by the same
        // working days by construction; a measure's review (stage 0) is no stage's step
        assertThat(year.get("steps")).extracting(step -> step.get("stage").asInt() + ":" + step.get("step").asText())
                .containsExactly("2:INVESTIGATION_REPORT", "2:LEARNING_MEETING", "3:LEARNING_MEETING", "3:PANEL_FINDINGS",
                        "3:PANEL_HELD");
        JsonNode report = year.get("steps").get(0);
        assertThat(report.get("metLate").asLong()).isPositive();
        assertThat(report.get("metWithinExtendedTimescale").asLong()).isPositive();
        assertThat(report.get("averageWorkingDaysLate").asDouble()).isEqualTo(2.0);
        List<JsonNode> lateMeetings = new ArrayList<>();
        for (String tenant : SeededHistory.TENANTS) {
            for (JsonNode step : getJson(path(tenant, "range?from=2025-04-01&to=2027-12-31")).get("steps")) {
                if (step.get("step").asText().equals("LEARNING_MEETING") && step.get("metLate").asLong() > 0) {
                    lateMeetings.add(step);
                }
            }
        }
        assertThat(lateMeetings).isNotEmpty().allSatisfy(step -> assertThat(step.get("averageWorkingDaysLate").asDouble()).isEqualTo(3.0));
        assertMatchesGroundTruth(year, TENANT, LocalDate.parse("2025-04-01"), LocalDate.parse("2026-03-31"));
        // the history has escalations, late requests both ways, withdrawals and open cases in this year
        JsonNode stage2 = year.get("stages").get(1);
        assertThat(stage2.get("started").asLong()).isPositive();
        assertThat(stage2.get("lateEscalationRequests").asLong()).isPositive();
        assertThat(year.get("stages").get(0).get("withdrawn").asLong()).isPositive();
        assertThat(year.get("openAtPeriodEnd").asLong()).isPositive();
    }

    @Test
    void everyTenantQuarterYearAndRangeHasTheFiguresOfItsGroundTruth() throws Exception {
        for (String tenant : SeededHistory.TENANTS) {
            for (int quarter = 0; quarter < SeededHistory.QUARTERS; quarter++) {
                LocalDate start = LocalDate.of(SeededHistory.FIRST_YEAR, 4, 1).plusMonths(3L * quarter);
                assertMatchesGroundTruth(getJson(path(tenant, "quarterly?year=" + start.minusMonths(3).getYear()
                        + "&quarter=" + (quarter % 4 + 1))), tenant, start, start.plusMonths(3).minusDays(1));
            }
            assertMatchesGroundTruth(getJson(path(tenant, "annual?year=2026")), tenant,
                    LocalDate.parse("2026-04-01"), LocalDate.parse("2027-03-31"));
            assertMatchesGroundTruth(getJson(path(tenant, "range?from=2025-11-15&to=2026-08-10")), tenant,
                    LocalDate.parse("2025-11-15"), LocalDate.parse("2026-08-10"));
        }
    }

    @Test
    void csvHasEveryFigureOfTheJson() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.valueOf("text/csv")));
        ResponseEntity<String> byAccept = http.exchange(path(TENANT, "quarterly?year=2026&quarter=1"), HttpMethod.GET,
                new HttpEntity<>(headers), String.class);
        ResponseEntity<String> byFormat = http.getForEntity(path(TENANT, "quarterly?year=2026&quarter=1&format=csv"), String.class);

        assertThat(byAccept.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(byAccept.getHeaders().getContentType().isCompatibleWith(MediaType.valueOf("text/csv"))).isTrue();
        assertThat(byFormat.getBody()).isEqualTo(byAccept.getBody());
        String csv = byAccept.getBody();
        ObjectNode expected = expected(TENANT, LocalDate.parse("2026-04-01"), LocalDate.parse("2026-06-30"));
        String prefix = TENANT + ",2026-04-01,2026-06-30,";
        assertThat(csv).startsWith("tenant_id,period_start,period_end,stage,measure,category,value\r\n");
        assertThat(csv).contains(prefix + ",received,,16\r\n", prefix + ",receivedByFeedbackType,COMPLAINT,10\r\n",
                prefix + ",acknowledgedOnTime,,8\r\n", prefix + ",outOfTimeRefused,,1\r\n", prefix + ",advocacyUsed,,2\r\n",
                prefix + ",exclusionsByGround,CRIMINAL_PROCEEDINGS,1\r\n", prefix + ",ombudsmanReferrals,,2\r\n",
                prefix + ",ombudsmanOutcomes,REFERRED_BACK_FOR_LOCAL_RESOLUTION,1\r\n", prefix + ",withOmbudsmanAtPeriodEnd,,1\r\n",
                prefix + ",openAtPeriodEnd," + "," + expected.get("openAtPeriodEnd").asLong() + "\r\n");
        for (JsonNode step : expected.get("steps")) {
            String ofStep = prefix + step.get("stage").asInt() + ",%s," + step.get("step").asText() + ",%s\r\n";
            assertThat(csv).contains(ofStep.formatted("stepMet", step.get("met").asLong()),
                    ofStep.formatted("stepMetWithinTimescale", step.get("metWithinTimescale").asLong()),
                    ofStep.formatted("stepMetWithinExtendedTimescale", step.get("metWithinExtendedTimescale").asLong()),
                    ofStep.formatted("stepMetLate", step.get("metLate").asLong()),
                    ofStep.formatted("stepAverageWorkingDaysLate",
                            step.get("averageWorkingDaysLate").isNull() ? "" : step.get("averageWorkingDaysLate").asText()));
        }
        for (JsonNode stage : expected.get("stages")) {
            int s = stage.get("stage").asInt();
            stage.properties().forEach(figure -> {
                if (!figure.getKey().equals("stage")) {
                    assertThat(csv).as(figure.getKey()).contains(prefix + s + "," + figure.getKey() + ",,"
                            + (figure.getValue().isNull() ? "" : figure.getValue().asText()) + "\r\n");
                }
            });
        }
    }

    @Test
    void theAnnualReportDocumentShowsTheFiguresAsHtmlAndPdf() throws Exception {
        ObjectNode expected = expected(TENANT, LocalDate.parse("2025-04-01"), LocalDate.parse("2026-03-31"));
        String organisation = procedures.profile(procedures.tenant(TENANT).orElseThrow()).organisation();

        ResponseEntity<String> html = http.getForEntity(path(TENANT, "annual?year=2025&format=html"), String.class);
        assertThat(html.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(html.getBody()).contains(HtmlUtils.htmlEscape(organisation), "2025-26", "<svg", "<rect", "Complaints received by quarter");

        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_PDF));
        ResponseEntity<byte[]> pdf = http.exchange(path(TENANT, "annual?year=2025"), HttpMethod.GET, new HttpEntity<>(headers),
                byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        // kept for a look at the document a complaints manager gets
        Files.write(Path.of("target", "annual-report-" + TENANT + "-2025-26.pdf"), pdf.getBody());
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains(organisation, "2025-26");
        assertRow(text, "Representations received", 64);
        assertRow(text, "Acknowledged on time", 32);
        assertRow(text, "Complaints open at the end of the period", expected.get("openAtPeriodEnd").asLong());
        assertStageRow(text, "Responded", expected, "responded");
        assertStageRow(text, "Within the timescale", expected, "respondedWithinTimescale");
        assertStageRow(text, "Within an extended timescale", expected, "respondedWithinExtendedTimescale");
        assertStageRow(text, "Upheld", expected, "upheld");
        assertStageRow(text, "Partly upheld", expected, "partlyUpheld");
        assertStageRow(text, "Not upheld", expected, "notUpheld");
        assertStageRow(text, "Withdrawn", expected, "withdrawn");
        assertStageRow(text, "Excluded (whole complaint)", expected, "excluded");
        assertStageRow(text, "Part excluded", expected, "partlyExcluded");
        assertRow(text, "Complaints where an advocate supported the complainant", 8);
        assertRow(text, "Complaints made after the time limit: accepted", 8);
        assertRow(text, "Complaints made after the time limit: refused", 2);
        assertRow(text, "Legal proceedings", 2);
        assertRow(text, "Referred to the Ombudsman or another body", 3);
        assertRow(text, "Referred before the procedure had ended", expected.get("ombudsmanReferralsWhileOpen").asLong());
        assertRow(text, "Closed after initial enquiries", 1);
        for (JsonNode step : expected.get("steps")) {
            JsonNode late = step.get("averageWorkingDaysLate");
            // a long step name wraps in its cell
            String words = Arrays.stream(new Words().of(step.get("step").asText()).split(" ")).map(Pattern::quote)
                    .collect(Collectors.joining("\\s+"));
            String row = "(?m)^" + step.get("stage").asInt() + " " + words
                    + "\\s+" + step.get("met").asLong() + "\\s+" + step.get("metWithinTimescale").asLong()
                    + "\\s+" + step.get("metWithinExtendedTimescale").asLong() + "\\s+" + step.get("metLate").asLong()
                    + "\\s+0\\s+" + (late.isNull() ? "-" : Pattern.quote("%.1f".formatted(late.asDouble()))) + "\\s*$";
            assertThat(Pattern.compile(row).matcher(text).find()).as(row + " in\n" + text).isTrue();
        }
    }

    @Test
    void openComplaintsAndOverdueDeadlinesAreGaugedPerTenantAndStage() throws Exception {
        ObjectNode now = expected(TENANT, LocalDate.parse("2025-04-01"), LocalDate.parse("2100-12-31"));
        String metrics = http.getForObject("/actuator/prometheus", String.class);
        for (JsonNode stage : now.get("stages")) {
            String series = "complaints_open{stage=\"" + stage.get("stage").asInt() + "\",tenant=\"" + TENANT + "\"} ";
            assertThat(metrics).contains(series + stage.get("openAtPeriodEnd").asLong() + ".0");
        }
        Map<Integer, Long> overdue = overdueOn(TENANT);
        for (int stage = 1; stage <= 3; stage++) {
            String series = "complaints_deadlines_overdue{stage=\"" + stage + "\",tenant=\"" + TENANT + "\"} ";
            assertThat(metrics).contains(series + overdue.getOrDefault(stage, 0L) + ".0");
        }
        // every complaint received in 2026-27 Q4 and still waiting for its Stage 1 response is overdue there
        assertThat(overdue.get(1)).isPositive();
    }

    /**
     * On {@link #TODAY}, after every date of the history: the clocks of open complaints that ran out unmet. Nothing is on
     * hold by then, and every step within Stages 2 and 3 was met before the stage's response, so what is left is the
     * acknowledgement of a complaint never acknowledged (while still at Stage 1, with a timescale) and the response of
     * the stage a complaint is waiting at.
     */
    private Map<Integer, Long> overdueOn(String tenant) {
        Map<Integer, Long> overdue = new TreeMap<>();
        history.cases.stream()
                .filter(c -> c.tenant.equals(tenant) && c.isComplaint())
                .filter(c -> c.closedOn == null && c.withdrawnOn == null && c.endedOn == null)
                .forEach(c -> {
                    StageCase current = c.stages.getLast();
                    if (current.stage == 1 && c.ack == SeededHistory.Ack.NONE && !tenant.equals(SeededHistory.WITHOUT_ACK_TIMESCALE)) {
                        overdue.merge(1, 1L, Long::sum);
                    }
                    if (current.respondedOn == null) {
                        overdue.merge(current.stage, 1L, Long::sum);
                    }
                });
        return overdue;
    }

    @Test
    void aRebuildFromOffsetZeroGivesTheSameFigures() throws Exception {
        Map<String, String> before = everyReport();

        ResponseEntity<String> rebuild = http.postForEntity("/admin/projections/rebuild", null, String.class);

        assertThat(rebuild.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode cleared = json.readTree(rebuild.getBody());
        // the topic may also hold other tests' events, which this projection consumed too
        assertThat(cleared.get("complaintFacts").asLong()).isGreaterThanOrEqualTo(history.cases.size());
        assertThat(cleared.get("processedEvents").asLong()).isGreaterThanOrEqualTo(history.events.size());
        await().atMost(WAIT).untilAsserted(() -> assertThat(everyReport()).isEqualTo(before));
        for (String tenant : SeededHistory.TENANTS) {
            assertMatchesGroundTruth(getJson(path(tenant, "annual?year=2025")), tenant,
                    LocalDate.parse("2025-04-01"), LocalDate.parse("2026-03-31"));
        }
    }

    // --- the expected figures, counted from the ground truth

    private void assertMatchesGroundTruth(JsonNode actual, String tenant, LocalDate start, LocalDate end) throws Exception {
        ObjectNode expected = expected(tenant, start, end);
        expected.properties().forEach(field ->
                assertThat(actual.get(field.getKey())).as(tenant + " " + start + ".." + end + " " + field.getKey())
                        .isEqualTo(field.getValue()));
    }

    private ObjectNode expected(String tenant, LocalDate start, LocalDate end) throws Exception {
        List<Case> ofTenant = history.cases.stream().filter(c -> c.tenant.equals(tenant)).toList();
        List<Case> received = ofTenant.stream().filter(c -> within(c.receivedOn, start, end)).toList();
        List<Case> complaints = received.stream().filter(Case::isComplaint).toList();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("received", received.size());
        figures.put("receivedByFeedbackType", counts(received.stream().map(c -> c.type).toList()));
        figures.put("receivedByRoute", counts(complaints.stream().map(c -> c.route).toList()));
        figures.put("receivedBySource", counts(complaints.stream().map(c -> c.role).toList()));
        figures.put("receivedByStageReached", counts(complaints.stream().map(c -> Integer.toString(stageAt(c, end))).toList()));
        figures.put("advocacyUsed", complaints.stream()
                .filter(c -> c.advocateAssignedOn != null && !c.advocateAssignedOn.isAfter(end)).count());
        figures.put("acknowledged", received.stream().filter(c -> c.ack != SeededHistory.Ack.NONE).count());
        figures.put("acknowledgedOnTime", received.stream().filter(c -> c.ack == SeededHistory.Ack.ON_TIME).count());
        figures.put("acknowledgedLate", received.stream().filter(c -> c.ack == SeededHistory.Ack.LATE).count());
        figures.put("acknowledgedWithoutTimescale", received.stream().filter(c -> c.ack == SeededHistory.Ack.WITHOUT_TIMESCALE).count());
        List<Case> open = ofTenant.stream().filter(Case::isComplaint)
                .filter(c -> !c.receivedOn.isAfter(end))
                .filter(c -> c.closedOn == null || c.closedOn.isAfter(end))
                .filter(c -> c.withdrawnOn == null || c.withdrawnOn.isAfter(end))
                .filter(c -> c.endedOn == null || c.endedOn.isAfter(end))
                .toList();
        figures.put("openAtPeriodEnd", open.size());
        List<Case> lateDecided = ofTenant.stream().filter(c -> within(c.timeLimitDecidedOn, start, end)).toList();
        figures.put("outOfTimeAccepted", lateDecided.stream().filter(c -> c.timeLimitAccepted).count());
        figures.put("outOfTimeRefused", lateDecided.stream().filter(c -> !c.timeLimitAccepted).count());
        List<SeededHistory.Exclusion> exclusions = ofTenant.stream().flatMap(c -> c.exclusions.stream())
                .filter(e -> within(e.on(), start, end)).toList();
        figures.put("exclusionsByGround", counts(exclusions.stream().map(SeededHistory.Exclusion::ground).toList()));
        List<SeededHistory.Referral> referrals = ofTenant.stream().flatMap(c -> c.referrals.stream()).toList();
        List<SeededHistory.Referral> referred = referrals.stream().filter(r -> within(r.referredOn(), start, end)).toList();
        figures.put("ombudsmanReferrals", referred.size());
        figures.put("ombudsmanReferralsWhileOpen", referred.stream().filter(r -> !r.procedureEnded()).count());
        figures.put("ombudsmanReferralsByBody", counts(referred.stream().map(SeededHistory.Referral::body).toList()));
        figures.put("ombudsmanReferralsByStage", counts(referred.stream().map(r -> Integer.toString(r.stage())).toList()));
        figures.put("ombudsmanOutcomes", counts(referrals.stream().filter(r -> within(r.decidedOn(), start, end))
                .map(SeededHistory.Referral::outcome).toList()));
        figures.put("withOmbudsmanAtPeriodEnd", referrals.stream()
                .filter(r -> !r.referredOn().isAfter(end) && (r.decidedOn() == null || r.decidedOn().isAfter(end))).count());
        List<Map<String, Object>> stages = new ArrayList<>();
        for (int s = 1; s <= 3; s++) {
            int stage = s;
            List<StageCase> all = ofTenant.stream().flatMap(c -> c.stages.stream()).filter(sc -> sc.stage == stage).toList();
            List<StageCase> responses = all.stream().filter(sc -> within(sc.respondedOn, start, end)).toList();
            List<Integer> days = responses.stream().map(sc -> sc.workingDays).sorted().toList();
            List<SeededHistory.LateDecision> late = ofTenant.stream().map(c -> c.lateDecision)
                    .filter(d -> d != null && d.toStage() == stage).toList();
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("stage", stage);
            f.put("started", all.stream().filter(sc -> within(sc.startedOn, start, end)).count());
            f.put("responded", responses.size());
            f.put("respondedWithinTimescale", responses.stream().filter(sc -> sc.timeliness == Timeliness.WITHIN).count());
            f.put("respondedWithinExtendedTimescale", responses.stream().filter(sc -> sc.timeliness == Timeliness.WITHIN_EXTENDED).count());
            f.put("respondedLate", responses.stream().filter(sc -> sc.timeliness == Timeliness.LATE).count());
            f.put("respondedWithoutTimescale", 0);
            int sum = 0;
            for (int d : days) {
                sum += d;
            }
            f.put("averageWorkingDaysToRespond", days.isEmpty() ? null : Math.round(sum * 10.0 / days.size()) / 10.0);
            f.put("medianWorkingDaysToRespond", days.isEmpty() ? null : days.size() % 2 == 1
                    ? (double) days.get(days.size() / 2) : (days.get(days.size() / 2 - 1) + days.get(days.size() / 2)) / 2.0);
            f.put("upheld", responses.stream().filter(sc -> "UPHELD".equals(sc.outcome)).count());
            f.put("partlyUpheld", responses.stream().filter(sc -> "PARTLY_UPHELD".equals(sc.outcome)).count());
            f.put("notUpheld", responses.stream().filter(sc -> "NOT_UPHELD".equals(sc.outcome)).count());
            f.put("withdrawn", ofTenant.stream().filter(c -> Integer.valueOf(stage).equals(c.withdrawnStage)
                    && within(c.withdrawnOn, start, end)).count());
            f.put("excluded", exclusions.stream().filter(e -> e.stage() == stage && e.whole()).count());
            f.put("partlyExcluded", exclusions.stream().filter(e -> e.stage() == stage && !e.whole()).count());
            long inTimeRequests = all.stream().filter(sc -> Boolean.TRUE.equals(sc.inTime) && within(sc.requestedOn, start, end)).count();
            long lateRequests = late.stream().filter(d -> within(d.requestedOn(), start, end)).count();
            f.put("escalationRequests", inTimeRequests + lateRequests);
            f.put("lateEscalationRequests", lateRequests);
            f.put("lateRequestsAccepted", late.stream().filter(d -> d.accepted() && within(d.decidedOn(), start, end)).count());
            f.put("lateRequestsRefused", late.stream().filter(d -> !d.accepted() && within(d.decidedOn(), start, end)).count());
            f.put("openAtPeriodEnd", open.stream().filter(c -> stageAt(c, end) == stage).count());
            stages.add(f);
        }
        figures.put("stages", stages);
        // steps met in the period, by stage and then step name, as the service orders them
        Map<String, List<SeededHistory.StepCase>> met = new TreeMap<>();
        ofTenant.stream().flatMap(c -> c.stages.stream()).forEach(sc -> sc.steps.stream()
                .filter(step -> within(step.metOn(), start, end))
                .forEach(step -> met.computeIfAbsent(sc.stage + ":" + step.step(), key -> new ArrayList<>()).add(step)));
        List<Map<String, Object>> steps = new ArrayList<>();
        met.forEach((key, ofStep) -> {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("stage", Integer.parseInt(key.substring(0, key.indexOf(':'))));
            f.put("step", key.substring(key.indexOf(':') + 1));
            f.put("met", ofStep.size());
            f.put("metWithinTimescale", ofStep.stream().filter(step -> step.timeliness() == Timeliness.WITHIN).count());
            f.put("metWithinExtendedTimescale", ofStep.stream().filter(step -> step.timeliness() == Timeliness.WITHIN_EXTENDED).count());
            List<Integer> late = ofStep.stream().filter(step -> step.timeliness() == Timeliness.LATE)
                    .map(SeededHistory.StepCase::workingDaysLate).toList();
            f.put("metLate", late.size());
            f.put("metWithoutTimescale", 0);
            f.put("averageWorkingDaysLate", late.isEmpty() ? null
                    : Math.round(late.stream().mapToInt(Integer::intValue).sum() * 10.0 / late.size()) / 10.0);
            steps.add(f);
        });
        figures.put("steps", steps);
        // through text, so numbers compare by value as the service's JSON does
        return (ObjectNode) json.readTree(json.writeValueAsString(figures));
    }

    /** The stages a complaint had started by that day; they start in order. */
    private static int stageAt(Case c, LocalDate end) {
        return (int) c.stages.stream().filter(sc -> !sc.startedOn.isAfter(end)).count();
    }

    private static boolean within(@Nullable LocalDate date, LocalDate start, LocalDate end) {
        return date != null && !date.isBefore(start) && !date.isAfter(end);
    }

    private static Map<String, Long> counts(List<String> keys) {
        Map<String, Long> counts = new TreeMap<>();
        keys.forEach(key -> counts.merge(key, 1L, Long::sum));
        return counts;
    }

    // --- helpers

    private static void assertRow(String text, String label, long value) {
        assertThat(Pattern.compile(Pattern.quote(label) + "\\s+" + value + "\\b").matcher(text).find())
                .as(label + " " + value + " in\n" + text).isTrue();
    }

    private static void assertStageRow(String text, String label, JsonNode expected, String figure) {
        StringBuilder row = new StringBuilder("(?m)^" + Pattern.quote(label));
        for (JsonNode stage : expected.get("stages")) {
            row.append("\\s+").append(stage.get(figure).asLong());
        }
        assertThat(Pattern.compile(row + "\\s*$").matcher(text).find()).as(row + " in\n" + text).isTrue();
    }

    private Map<String, String> everyReport() {
        Map<String, String> reports = new TreeMap<>();
        for (String tenant : SeededHistory.TENANTS) {
            for (int year = 2025; year <= 2026; year++) {
                for (int quarter = 1; quarter <= 4; quarter++) {
                    String path = path(tenant, "quarterly?year=" + year + "&quarter=" + quarter);
                    reports.put(path, http.getForObject(path, String.class));
                }
                String annual = path(tenant, "annual?year=" + year);
                reports.put(annual, http.getForObject(annual, String.class));
                reports.put(annual + "&format=csv", http.getForObject(annual + "&format=csv", String.class));
            }
            String range = path(tenant, "range?from=2025-06-01&to=2027-06-30");
            reports.put(range, http.getForObject(range, String.class));
        }
        return reports;
    }

    private static String path(String tenant, String report) {
        return "/api/v1/tenants/" + tenant + "/reports/" + report;
    }

    private JsonNode getJson(String path) throws Exception {
        ResponseEntity<String> response = http.getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private static Map<String, Long> map(JsonNode node) {
        Map<String, Long> map = new TreeMap<>();
        node.properties().forEach(e -> map.put(e.getKey(), e.getValue().asLong()));
        return map;
    }

    private void awaitConsumed(List<RecordMetadata> records) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers()))) {
            await().atMost(WAIT).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                        .partitionsToOffsetAndMetadata().get();
                return records.stream().allMatch(record -> {
                    OffsetAndMetadata offset = committed.get(new TopicPartition(record.topic(), record.partition()));
                    return offset != null && offset.offset() > record.offset();
                });
            });
        }
    }
}
