package org.complaintsplatform.reporting.kafka;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import org.complaintsplatform.contracts.EventType;
import org.complaintsplatform.contracts.IntegrationEvent;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.contracts.cloudevents.ContractViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@link CloudEventCodec#decode(CloudEvent)} with the same checks (a known type, the payload valid against its schema
 * by the codec's own {@link CloudEventCodec#validate}, one tenant in header and payload) and the same mapping, but
 * dates bound without {@code DateTimeFormatter}: in a replay, binding spent most of its time parsing dates with it.
 * A date the schema accepted as {@code yyyy-MM-dd}, and an instant written {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z} as
 * the codec writes them, are read field by field; any other form goes to Jackson's own deserializers.
 */
@Component
class ComplaintEventDecoder {

    /** Nanoseconds per unit of a fraction of that many digits: 0.5 is 500 000 000 ns. */
    private static final int[] NANOS_PER_FRACTION_UNIT = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    private final CloudEventCodec codec;
    private final ObjectMapper mapper;

    ComplaintEventDecoder(CloudEventCodec codec) {
        this.codec = codec;
        // a module registered later takes precedence over JavaTimeModule's deserializers for the same types
        this.mapper = codec.mapper().copy().registerModule(new SimpleModule("reporting-dates")
                .addDeserializer(LocalDate.class, new IsoDate())
                .addDeserializer(Instant.class, new UtcInstant()));
    }

    IntegrationEvent decode(CloudEvent event) {
        EventType type = EventType.fromCeType(event.getType())
                .orElseThrow(() -> new ContractViolation("unknown CloudEvent type '" + event.getType() + "'", List.of()));
        CloudEventData data = event.getData();
        if (data == null) {
            throw new ContractViolation(type.ceType() + " " + event.getId() + " has no data", List.of());
        }
        IntegrationEvent decoded;
        try {
            JsonNode payload = mapper.readTree(data.toBytes());
            codec.validate(type, payload);
            decoded = mapper.treeToValue(payload, type.recordType());
        } catch (IOException e) {
            throw new ContractViolation("unreadable " + type.ceType() + " " + event.getId(), e);
        }
        Object tenant = event.getExtension(CloudEventCodec.TENANT_EXTENSION);
        if (tenant != null && !tenant.toString().equals(decoded.tenantId())) {
            throw new ContractViolation(type.ceType() + " " + event.getId() + " names two tenants",
                    List.of("ce_tenant '" + tenant + "' is not the payload's tenantId '" + decoded.tenantId() + "'"));
        }
        return decoded;
    }

    /** {@code yyyy-MM-dd}, else Jackson's {@link LocalDateDeserializer}. */
    private static final class IsoDate extends StdScalarDeserializer<LocalDate> {

        IsoDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING && parser.getText().length() == 10) {
                LocalDate date = date(parser.getText(), 0);
                if (date != null) {
                    return date;
                }
            }
            return LocalDateDeserializer.INSTANCE.deserialize(parser, context);
        }
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}, else Jackson's {@link InstantDeserializer}. */
    private static final class UtcInstant extends StdScalarDeserializer<Instant> {

        private static final JsonDeserializer<Instant> STANDARD = InstantDeserializer.INSTANT;

        UtcInstant() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                Instant instant = instant(parser.getText());
                if (instant != null) {
                    return instant;
                }
            }
            return STANDARD.deserialize(parser, context);
        }
    }

    /** The date at {@code from} in {@code yyyy-MM-dd}; null if the text has another form there or no such date. */
    static @Nullable LocalDate date(String text, int from) {
        if (text.length() < from + 10 || text.charAt(from + 4) != '-' || text.charAt(from + 7) != '-') {
            return null;
        }
        int year = digits(text, from, 4);
        int month = digits(text, from + 5, 2);
        int day = digits(text, from + 8, 2);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException noSuchDate) {
            return null;
        }
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z} with 1 to 9 fraction digits; null for any other form. */
    static @Nullable Instant instant(String text) {
        int length = text.length();
        LocalDate date = date(text, 0);
        if (date == null || length < 20 || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
                || text.charAt(length - 1) != 'Z') {
            return null;
        }
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int nanos = 0;
        if (length != 20) {
            int fractionDigits = length - 21;
            if (text.charAt(19) != '.' || fractionDigits < 1 || fractionDigits > 9) {
                return null;
            }
            int fraction = digits(text, 20, fractionDigits);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction * NANOS_PER_FRACTION_UNIT[fractionDigits];
        } else if (text.charAt(19) != 'Z') {
            return null;
        }
        return Instant.ofEpochSecond(date.toEpochDay() * 86_400L + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The non-negative number written by {@code count} ASCII digits at {@code from}; -1 if any is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
