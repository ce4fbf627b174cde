package org.complaintsplatform.kafkasupport;

import java.util.Set;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * Runs before every listener of the service: a CloudEvent whose tenant is not one of the platform's
 * throws {@link UnknownTenant} there, inside the container's error handling, so the error handler
 * dead-letters it without retries and no listener has to check. Records that are not CloudEvents
 * (they failed to deserialize) never get here: the container dead-letters them first.
 */
class KnownTenantCheck implements RecordInterceptor<Object, Object> {

    private final Set<String> tenants;
    private final CloudEventCodec codec;

    KnownTenantCheck(Set<String> tenants, CloudEventCodec codec) {
        this.tenants = Set.copyOf(tenants);
        this.codec = codec;
    }

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        if (record.value() instanceof CloudEvent event) {
            String tenant = codec.tenantOf(event).orElseThrow(() -> new UnknownTenant(
                    "ce_id '" + event.getId() + "' names no tenant: no ce_tenant header and no tenantId in its data"));
            if (!tenants.contains(tenant)) {
                throw new UnknownTenant("ce_id '" + event.getId() + "' is for tenant '" + tenant
                        + "', which is not a tenant of this platform");
            }
        }
        return record;
    }
}
