package org.complaintsplatform.contracts;

import java.time.Instant;
import java.util.UUID;

/** What every public event carries, so any consumer can route and order it without knowing its type. */
public interface IntegrationEvent {

    String tenantId();

    UUID complaintId();

    /** When the fact happened, as a UTC instant. */
    Instant occurredAt();
}
