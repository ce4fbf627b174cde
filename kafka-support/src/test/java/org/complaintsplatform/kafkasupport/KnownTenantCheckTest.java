package org.complaintsplatform.kafkasupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.contracts.cloudevents.ContractViolation;
import org.complaintsplatform.contracts.deadline.DeadlineSet;
import org.junit.jupiter.api.Test;

class KnownTenantCheckTest {

    private final CloudEventCodec codec = new CloudEventCodec();
    private final KnownTenantCheck check = new KnownTenantCheck(Set.of("bcp", "cambridgeshire"), codec);

    @Test
    void recordOfAKnownTenantGoesOnToTheListener() {
        ConsumerRecord<Object, Object> record = record(codec.encode(deadlineSet("bcp"), "e-1", "/test"));

        assertThat(check.intercept(record, null)).isSameAs(record);
    }

    @Test
    void recordOfAnUnknownTenantIsAContractViolationNamingTheTenant() {
        assertThatThrownBy(() -> check.intercept(record(codec.encode(deadlineSet("nowhere"), "e-2", "/test")), null))
                .isInstanceOf(UnknownTenant.class)
                .isInstanceOf(ContractViolation.class)
                .satisfies(e -> assertThat(((UnknownTenant) e).reasons())
                        .containsExactly("ce_id 'e-2' is for tenant 'nowhere', which is not a tenant of this platform"));
    }

    @Test
    void recordFromBeforeTheTenantExtensionIsCheckedByItsPayloadsTenant() {
        CloudEvent older = CloudEventBuilder.v1(codec.encode(deadlineSet("nowhere"), "e-3", "/test"))
                .withoutExtension(CloudEventCodec.TENANT_EXTENSION)
                .build();

        assertThatThrownBy(() -> check.intercept(record(older), null)).isInstanceOf(UnknownTenant.class);
    }

    @Test
    void recordNamingNoTenantIsRefused() {
        CloudEvent anonymous = CloudEventBuilder.v1()
                .withId("e-4")
                .withSource(URI.create("/test"))
                .withType("org.complaintsplatform.deadline-set.v1")
                .withData("application/json", "{}".getBytes(StandardCharsets.UTF_8))
                .build();

        assertThatThrownBy(() -> check.intercept(record(anonymous), null))
                .isInstanceOf(UnknownTenant.class)
                .hasMessageContaining("names no tenant");
    }

    private static ConsumerRecord<Object, Object> record(CloudEvent event) {
        return new ConsumerRecord<>("complaints.deadline-events.v1", 0, 0L, "key", event);
    }

    private static DeadlineSet deadlineSet(String tenant) {
        return new DeadlineSet(tenant, UUID.randomUUID(), Instant.parse("2026-11-23T10:15:30Z"), UUID.randomUUID(),
                1, "ACKNOWLEDGEMENT", null, "bcp-v1#acknowledgement", LocalDate.of(2026, 11, 26));
    }
}
