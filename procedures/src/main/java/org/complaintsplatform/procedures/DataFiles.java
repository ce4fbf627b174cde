package org.complaintsplatform.procedures;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the module's YAML and JSON data files, validates each against its JSON Schema, then binds it to the typed model. */
final class DataFiles {

    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private DataFiles() {
    }

    /** Reads a classpath resource (YAML, or JSON, which the YAML parser also reads). */
    static JsonNode readResource(String resource) {
        try (InputStream in = DataFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ProceduresDataException(resource + ": not found on the classpath");
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new ProceduresDataException(resource + ": cannot be parsed: " + e.getMessage(), e);
        }
    }

    static JsonNode readFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new ProceduresDataException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Fails with every schema violation, each naming the JSON path of the field, e.g. {@code $.tenants[0].division}. */
    static void validate(JsonNode document, String schemaResource, String source) {
        JsonSchema schema = SCHEMAS.getSchema(SchemaLocation.of("classpath:" + schemaResource));
        Set<ValidationMessage> errors = schema.validate(document);
        if (!errors.isEmpty()) {
            throw new ProceduresDataException(source + " is invalid: " + errors.stream()
                    .map(ValidationMessage::getMessage)
                    .sorted()
                    .collect(Collectors.joining("; ")));
        }
    }

    static <T> T bind(JsonNode document, Class<T> type, String source) {
        try {
            return MAPPER.treeToValue(document, type);
        } catch (JsonProcessingException e) {
            throw new ProceduresDataException(source + " is invalid: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ProceduresDataException(source + " is invalid: " + e.getMessage(), e);
        }
    }
}
