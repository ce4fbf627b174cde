package org.complaintsplatform.intake.api;

import java.util.UUID;

/** Workflow erased the complaint's personal data after its retention: intake erases its copy of them too. */
public record ErasePersonalData(String tenantId, UUID complaintId) {
}
