package org.complaintsplatform.contracts.cloudevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.complaintsplatform.contracts.deadline.DeadlineSet;
import org.junit.jupiter.api.Test;

class CloudEventCodecTest {

    private static final UUID COMPLAINT = UUID.fromString("3f1c8f9e-2a57-4c1e-9d0b-6a1f4e2b7c10");

    private final CloudEventCodec codec = new CloudEventCodec();

    private final DeadlineSet deadlineSet = new DeadlineSet("bcp", COMPLAINT, Instant.parse("2026-11-23T10:15:30Z"),
            UUID.fromString("d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6"), 1, "ACKNOWLEDGEMENT", null, "bcp-v1#acknowledgement",
            LocalDate.of(2026, 11, 26));

    @Test
    void encodedEventCarriesTheAttributesConsumersRouteBy() {
        CloudEvent event = codec.encode(deadlineSet, "event-1", "/deadline-service");

        assertThat(event.getId()).isEqualTo("event-1");
        assertThat(event.getType()).isEqualTo("org.complaintsplatform.deadline-set.v1");
        assertThat(event.getSource()).isEqualTo(URI.create("/deadline-service"));
        assertThat(event.getSubject()).isEqualTo(COMPLAINT.toString());
        assertThat(event.getDataSchema()).isEqualTo(URI.create("urn:org.complaintsplatform:schemas:deadline-set:v1"));
        assertThat(event.getTime()).isEqualTo("2026-11-23T10:15:30Z");
        assertThat(new String(event.getData().toBytes(), StandardCharsets.UTF_8))
                .contains("\"dueOn\":\"2026-11-26\"", "\"tenantId\":\"bcp\"");
    }

    @Test
    void encodedEventCarriesItsTenantAsAValidCloudEventsExtension() {
        CloudEvent event = codec.encode(deadlineSet, "event-1", "/deadline-service");

        assertThat(event.getExtension(CloudEventCodec.TENANT_EXTENSION)).isEqualTo("bcp");
        // CloudEvents 1.0: extension names are lowercase ASCII letters or digits, preferably at most 20 characters
        assertThat(CloudEventCodec.TENANT_EXTENSION).matches("[a-z0-9]{1,20}");
    }

    @Test
    void eventWhoseTenantExtensionIsNotItsPayloadsTenantIsAContractViolation() {
        CloudEvent relabelled = CloudEventBuilder.v1(codec.encode(deadlineSet, "event-1", "/deadline-service"))
                .withExtension(CloudEventCodec.TENANT_EXTENSION, "cambridgeshire")
                .build();

        assertThatThrownBy(() -> codec.decode(relabelled))
                .isInstanceOf(ContractViolation.class)
                .satisfies(e -> assertThat(((ContractViolation) e).reasons())
                        .containsExactly("ce_tenant 'cambridgeshire' is not the payload's tenantId 'bcp'"));
    }

    @Test
    void tenantOfAnEventIsItsExtensionOrForOlderRecordsItsPayloadsTenant() {
        CloudEvent current = codec.encode(deadlineSet, "event-1", "/deadline-service");
        CloudEvent older = CloudEventBuilder.v1(current).withoutExtension(CloudEventCodec.TENANT_EXTENSION).build();

        assertThat(codec.tenantOf(current)).contains("bcp");
        assertThat(older.getExtension(CloudEventCodec.TENANT_EXTENSION)).isNull();
        assertThat(codec.tenantOf(older)).contains("bcp");
        assertThat(codec.decode(older)).isEqualTo(deadlineSet);
        assertThat(codec.tenantOf(withData("org.complaintsplatform.deadline-set.v1", "{not json"))).isEmpty();
        assertThat(codec.tenantOf(withData("org.complaintsplatform.deadline-set.v1", "{\"tenantId\":7}"))).isEmpty();
    }

    @Test
    void decodingReturnsTheSameRecord() {
        assertThat(codec.decode(codec.encode(deadlineSet, "event-1", "/deadline-service"))).isEqualTo(deadlineSet);
    }

    @Test
    void payloadMissingARequiredFieldIsAContractViolationNamingTheField() {
        CloudEvent event = withData("org.complaintsplatform.deadline-set.v1",
                "{\"tenantId\":\"bcp\",\"complaintId\":\"" + COMPLAINT + "\",\"occurredAt\":\"2026-11-23T10:15:30Z\","
                        + "\"deadlineId\":\"d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6\",\"kind\":\"ACKNOWLEDGEMENT\"}");

        assertThatThrownBy(() -> codec.decode(event))
                .isInstanceOf(ContractViolation.class)
                .satisfies(e -> assertThat(((ContractViolation) e).reasons()).anyMatch(r -> r.contains("dueOn")));
    }

    @Test
    void badDateIsAContractViolation() {
        CloudEvent event = withData("org.complaintsplatform.deadline-set.v1",
                "{\"tenantId\":\"bcp\",\"complaintId\":\"" + COMPLAINT + "\",\"occurredAt\":\"2026-11-23T10:15:30Z\","
                        + "\"deadlineId\":\"d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6\",\"kind\":\"ACKNOWLEDGEMENT\",\"dueOn\":\"2026-02-30\"}");

        assertThatThrownBy(() -> codec.decode(event)).isInstanceOf(ContractViolation.class);
    }

    @Test
    void unreadableJsonIsAContractViolation() {
        assertThatThrownBy(() -> codec.decode(withData("org.complaintsplatform.deadline-set.v1", "{not json")))
                .isInstanceOf(ContractViolation.class);
    }

    @Test
    void unknownTypeIsAContractViolation() {
        assertThatThrownBy(() -> codec.decode(withData("org.example.something.v1", "{}")))
                .isInstanceOf(ContractViolation.class)
                .hasMessageContaining("org.example.something.v1");
    }

    @Test
    void producerCannotEncodeAnEventItsSchemaRejects() {
        DeadlineSet badTenant = new DeadlineSet("Not A Slug", COMPLAINT, deadlineSet.occurredAt(),
                deadlineSet.deadlineId(), deadlineSet.stage(), deadlineSet.step(), deadlineSet.strictness(),
                deadlineSet.rule(), deadlineSet.dueOn());

        assertThatThrownBy(() -> codec.encode(badTenant, "event-2", "/deadline-service"))
                .isInstanceOf(ContractViolation.class)
                .hasMessageContaining("tenantId");
    }

    private static CloudEvent withData(String type, String json) {
        return CloudEventBuilder.v1()
                .withId("event-x")
                .withSource(URI.create("/test"))
                .withType(type)
                .withData("application/json", json.getBytes(StandardCharsets.UTF_8))
                .build();
    }
}
