package org.complaintsplatform.workflow.api;

/** What a letter to the complainant needs, if the complaint belongs to the tenant. */
public record FindCorrespondence(String tenantId, ComplaintId complaintId) {
}
