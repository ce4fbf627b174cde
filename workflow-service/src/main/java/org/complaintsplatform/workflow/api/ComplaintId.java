package org.complaintsplatform.workflow.api;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The identity of a complaint; Axon stores its {@code toString()} as the aggregate identifier. */
public record ComplaintId(UUID value) {

    @JsonCreator
    public static ComplaintId of(String value) {
        return new ComplaintId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
