package org.complaintsplatform.workflow.api;

import java.time.Instant;

/**
 * The complainant may be told only brief information until consent is recorded, because the profile says so of
 * their role (e.g. a parent without parental responsibility).
 *
 * @param rule the profile field, e.g. {@code cambridgeshire-v1#eligibility.detailOnlyWithConsent}
 */
public record InformationSharingRestricted(ComplaintId complaintId, String tenantId, ComplainantRole role,
                                           String rule, Instant restrictedAt) {
}
