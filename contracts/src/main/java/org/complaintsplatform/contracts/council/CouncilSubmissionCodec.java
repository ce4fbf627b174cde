package org.complaintsplatform.contracts.council;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.contracts.cloudevents.ContractViolation;

/**
 * Reads and writes {@link CouncilSubmission} CloudEvents, validating the payload against
 * {@code schemas/council-submission/v1.schema.json} both ways. Not a platform event type: it has no
 * complaint id yet and lives only on the councils' inbound topics.
 */
public final class CouncilSubmissionCodec {

    public static final String CE_TYPE = "org.complaintsplatform.council-submission.v1";
    public static final URI DATA_SCHEMA = URI.create("urn:org.complaintsplatform:schemas:council-submission:v1");
    public static final String SCHEMA_RESOURCE = "schemas/council-submission/v1.schema.json";
    public static final String EXAMPLE_RESOURCE = "examples/council-submission/v1.json";
    private static final String JSON = "application/json";

    private final ObjectMapper mapper = CloudEventCodec.contractMapper();
    private final JsonSchema schema;

    public CouncilSubmissionCodec() {
        try (InputStream in = Objects.requireNonNull(
                CouncilSubmissionCodec.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE), SCHEMA_RESOURCE)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + SCHEMA_RESOURCE, e);
        }
    }

    /** What a council's system (or a test) sends: subject unset, since there is no complaint yet. */
    public CloudEvent encode(CouncilSubmission submission, String id, URI source) {
        JsonNode payload = mapper.valueToTree(submission);
        validate(payload);
        try {
            return CloudEventBuilder.v1()
                    .withId(id)
                    .withSource(source)
                    .withType(CE_TYPE)
                    .withDataSchema(DATA_SCHEMA)
                    .withDataContentType(JSON)
                    .withData(JSON, mapper.writeValueAsBytes(payload))
                    .build();
        } catch (IOException e) {
            throw new ContractViolation("cannot write " + CE_TYPE, e);
        }
    }

    /** @throws ContractViolation for another type, no data, unreadable JSON or a schema error, with every reason */
    public CouncilSubmission decode(CloudEvent event) {
        if (!CE_TYPE.equals(event.getType())) {
            throw new ContractViolation("expected " + CE_TYPE + " but got " + event.getType(),
                    List.of("ce_type must be " + CE_TYPE));
        }
        CloudEventData data = event.getData();
        if (data == null) {
            throw new ContractViolation(CE_TYPE + " " + event.getId() + " has no data", List.of("the record has no payload"));
        }
        try {
            JsonNode payload = mapper.readTree(data.toBytes());
            validate(payload);
            return mapper.treeToValue(payload, CouncilSubmission.class);
        } catch (IOException e) {
            throw new ContractViolation("unreadable " + CE_TYPE + " " + event.getId(), e);
        }
    }

    public void validate(JsonNode payload) {
        List<String> errors = schema.validate(payload).stream().map(ValidationMessage::getMessage).sorted().toList();
        if (!errors.isEmpty()) {
            throw new ContractViolation(CE_TYPE + " does not match its schema", errors);
        }
    }

    public ObjectMapper mapper() {
        return mapper;
    }
}
