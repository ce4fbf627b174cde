package org.complaintsplatform.workflow.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Erase a finished complaint's personal data because its profile's retention has run; its history stays. */
public record ErasePersonalData(@TargetAggregateIdentifier ComplaintId complaintId, Instant erasedAt) {
}
