package org.complaintsplatform.workflow.api;

/** A complaint's status and timeline, if it belongs to the tenant. */
public record FindComplaint(String tenantId, ComplaintId complaintId) {
}
