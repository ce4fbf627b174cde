package org.complaintsplatform.contracts.cloudevents;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.complaintsplatform.contracts.EventType;
import org.complaintsplatform.contracts.IntegrationEvent;

/**
 * Turns public events into CloudEvents and back, validating every payload against its JSON Schema
 * in both directions, so a producer cannot publish what a consumer would reject.
 */
public final class CloudEventCodec {

    /**
     * The CloudEvents extension (Kafka header {@code ce_tenant}) with the event's tenant id, so that
     * consumers, the council gateway and operators see whose record it is without reading the payload.
     * Extension names are lowercase letters and digits only.
     */
    public static final String TENANT_EXTENSION = "tenant";

    private static final String JSON = "application/json";

    private final ObjectMapper mapper;
    private final Map<EventType, JsonSchema> schemas = new EnumMap<>(EventType.class);

    public CloudEventCodec() {
        this.mapper = contractMapper();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        for (EventType type : EventType.values()) {
            try (InputStream in = resource(type.schemaResource())) {
                schemas.put(type, factory.getSchema(in, config));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + type.schemaResource(), e);
            }
        }
    }

    /** The JSON mapping of contract records: ISO dates, UTC instants, unknown fields tolerated. */
    public static ObjectMapper contractMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }

    /**
     * @param id     the CloudEvent id; the same fact must always get the same id, so consumers can deduplicate
     * @param source the producing module, e.g. {@code /workflow-service}
     */
    public CloudEvent encode(IntegrationEvent event, String id, String source) {
        EventType type = EventType.of(event);
        JsonNode payload = mapper.valueToTree(event);
        validate(type, payload);
        try {
            return CloudEventBuilder.v1()
                    .withId(id)
                    .withSource(URI.create(source))
                    .withType(type.ceType())
                    .withSubject(event.complaintId().toString())
                    .withTime(event.occurredAt().atOffset(ZoneOffset.UTC))
                    .withExtension(TENANT_EXTENSION, event.tenantId())
                    .withDataSchema(type.dataSchema())
                    .withDataContentType(JSON)
                    .withData(JSON, mapper.writeValueAsBytes(payload))
                    .build();
        } catch (IOException e) {
            throw new ContractViolation("cannot write " + type.ceType(), e);
        }
    }

    public IntegrationEvent decode(CloudEvent event) {
        EventType type = EventType.fromCeType(event.getType())
                .orElseThrow(() -> new ContractViolation("unknown CloudEvent type '" + event.getType() + "'", List.of()));
        return decode(event, type);
    }

    public <T extends IntegrationEvent> T decode(CloudEvent event, Class<T> recordType) {
        EventType expected = EventType.of(recordType);
        if (!expected.ceType().equals(event.getType())) {
            throw new ContractViolation("expected " + expected.ceType() + " but got " + event.getType(), List.of());
        }
        return recordType.cast(decode(event, expected));
    }

    private IntegrationEvent decode(CloudEvent event, EventType type) {
        CloudEventData data = event.getData();
        if (data == null) {
            throw new ContractViolation(type.ceType() + " " + event.getId() + " has no data", List.of());
        }
        IntegrationEvent decoded;
        try {
            JsonNode payload = mapper.readTree(data.toBytes());
            validate(type, payload);
            decoded = mapper.treeToValue(payload, type.recordType());
        } catch (IOException e) {
            throw new ContractViolation("unreadable " + type.ceType() + " " + event.getId(), e);
        }
        Object tenant = event.getExtension(TENANT_EXTENSION);
        if (tenant != null && !tenant.toString().equals(decoded.tenantId())) {
            throw new ContractViolation(type.ceType() + " " + event.getId() + " names two tenants",
                    List.of("ce_tenant '" + tenant + "' is not the payload's tenantId '" + decoded.tenantId() + "'"));
        }
        return decoded;
    }

    /**
     * Whose record this is: the {@value #TENANT_EXTENSION} extension or, for records published before
     * events carried it, the payload's {@code tenantId}; empty when the record names no tenant.
     */
    public Optional<String> tenantOf(CloudEvent event) {
        Object tenant = event.getExtension(TENANT_EXTENSION);
        if (tenant != null) {
            return Optional.of(tenant.toString());
        }
        CloudEventData data = event.getData();
        if (data == null) {
            return Optional.empty();
        }
        try {
            JsonNode tenantId = mapper.readTree(data.toBytes()).path("tenantId");
            return tenantId.isTextual() ? Optional.of(tenantId.asText()) : Optional.empty();
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    /** Checks a payload against its schema; used by producers' contract tests too. */
    public void validate(EventType type, JsonNode payload) {
        List<String> errors = schemas.get(type).validate(payload).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
        if (!errors.isEmpty()) {
            throw new ContractViolation(type.ceType() + " does not match its schema", errors);
        }
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    private static InputStream resource(String name) {
        return Objects.requireNonNull(CloudEventCodec.class.getClassLoader().getResourceAsStream(name), name);
    }
}
