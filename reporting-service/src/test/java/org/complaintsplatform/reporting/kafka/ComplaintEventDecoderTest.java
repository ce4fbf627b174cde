package org.complaintsplatform.reporting.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.complaintsplatform.contracts.EventType;
import org.complaintsplatform.contracts.IntegrationEvent;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.contracts.cloudevents.ContractViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

class ComplaintEventDecoderTest {

    private static final CloudEventCodec CODEC = new CloudEventCodec();
    private static final ComplaintEventDecoder DECODER = new ComplaintEventDecoder(CODEC);

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyContractExampleDecodesToTheRecordTheCodecDecodes(EventType type) throws IOException {
        IntegrationEvent example;
        try (InputStream in = Objects.requireNonNull(getClass().getClassLoader().getResourceAsStream(type.exampleResource()))) {
            example = CODEC.mapper().readValue(in, type.recordType());
        }
        CloudEvent event = CODEC.encode(example, UUID.randomUUID().toString(), "/workflow-service");

        assertThat(DECODER.decode(event)).isEqualTo(CODEC.decode(event)).isEqualTo(example);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-23T09:12:40Z", "2026-12-23T09:12:40.5Z", "2026-12-23T09:12:40.123456789Z",
            "2026-12-23T09:12:40.000001Z", "2026-12-23T09:12:40+01:00", "2026-12-23T09:12:40.25-05:30", "2024-02-29T23:59:59Z"})
    void anInstantInAnyFormTheSchemaAllowsDecodesAsTheCodecDecodesIt(String occurredAt) throws IOException {
        CloudEvent event = acknowledgement(occurredAt, "2026-12-23");

        Throwable refusedByCodec = catchThrowable(() -> CODEC.decode(event));
        if (refusedByCodec == null) {
            assertThat(DECODER.decode(event)).isEqualTo(CODEC.decode(event));
        } else {
            assertThatThrownBy(() -> DECODER.decode(event)).isInstanceOf(refusedByCodec.getClass())
                    .hasMessage(refusedByCodec.getMessage());
        }
    }

    @Test
    void aDateOrInstantTheSchemaRefusesIsAContractViolationAsWithTheCodec() throws IOException {
        CloudEvent noSuchDay = acknowledgement("2026-12-23T09:12:40Z", "2026-02-30");
        CloudEvent noSuchHour = acknowledgement("2026-12-23T24:12:40Z", "2026-12-23");

        assertThatThrownBy(() -> DECODER.decode(noSuchDay)).isInstanceOf(ContractViolation.class)
                .hasMessage(catchThrowable(() -> CODEC.decode(noSuchDay)).getMessage());
        assertThatThrownBy(() -> DECODER.decode(noSuchHour)).isInstanceOf(ContractViolation.class)
                .hasMessage(catchThrowable(() -> CODEC.decode(noSuchHour)).getMessage());
    }

    @Test
    void aTenantHeaderThatIsNotThePayloadsTenantIsAContractViolation() throws IOException {
        CloudEvent event = CloudEventBuilder.v1(acknowledgement("2026-12-23T09:12:40Z", "2026-12-23"))
                .withExtension(CloudEventCodec.TENANT_EXTENSION, "bcp").build();

        assertThatThrownBy(() -> DECODER.decode(event)).isInstanceOf(ContractViolation.class).hasMessageContaining("names two tenants");
    }

    @Test
    void datesAndInstantsAreReadFieldByFieldOnlyInTheFormsTheCodecWrites() {
        assertThat(ComplaintEventDecoder.date("2026-05-25", 0)).isEqualTo(LocalDate.of(2026, 5, 25));
        assertThat(ComplaintEventDecoder.date("2026-02-30", 0)).isNull();
        assertThat(ComplaintEventDecoder.date("2026/05/25", 0)).isNull();
        assertThat(ComplaintEventDecoder.instant("2026-05-25T10:15:30Z")).isEqualTo(Instant.parse("2026-05-25T10:15:30Z"));
        assertThat(ComplaintEventDecoder.instant("2026-05-25T10:15:30.07Z")).isEqualTo(Instant.parse("2026-05-25T10:15:30.070Z"));
        assertThat(ComplaintEventDecoder.instant("2026-05-25T10:15:30+01:00")).isNull();
        assertThat(ComplaintEventDecoder.instant("2026-05-25T10:15:30.Z")).isNull();
        assertThat(ComplaintEventDecoder.instant("2026-05-25T10:15:30.1234567890Z")).isNull();
        assertThat(ComplaintEventDecoder.instant("2026-05-25t10:15:30z")).isNull();
    }

    /** A complaint-acknowledged CloudEvent whose payload has these texts for occurredAt and acknowledgedOn. */
    private static CloudEvent acknowledgement(String occurredAt, String acknowledgedOn) throws IOException {
        ObjectNode payload;
        try (InputStream in = Objects.requireNonNull(ComplaintEventDecoderTest.class.getClassLoader()
                .getResourceAsStream(EventType.COMPLAINT_ACKNOWLEDGED.exampleResource()))) {
            payload = (ObjectNode) CODEC.mapper().readTree(in);
        }
        payload.put("occurredAt", occurredAt).put("acknowledgedOn", acknowledgedOn);
        return CloudEventBuilder.v1()
                .withId(UUID.randomUUID().toString())
                .withSource(URI.create("/workflow-service"))
                .withType(EventType.COMPLAINT_ACKNOWLEDGED.ceType())
                .withExtension(CloudEventCodec.TENANT_EXTENSION, payload.get("tenantId").asText())
                .withData("application/json", payload.toString().getBytes(StandardCharsets.UTF_8))
                .build();
    }
}
