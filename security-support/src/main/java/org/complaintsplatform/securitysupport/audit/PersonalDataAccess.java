package org.complaintsplatform.securitysupport.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One read of a complaint's personal data.
 *
 * @param subject  the token's subject: a person, or a service's client id
 * @param resource what was read, e.g. {@code complaint}, {@code letter-pdf}, {@code correspondence}
 * @param reason   the purpose the caller stated in {@value PersonalDataAccessLog#REASON_HEADER}
 */
public record PersonalDataAccess(
        long id,
        String tenantId,
        UUID complaintId,
        Instant accessedAt,
        String subject,
        List<String> roles,
        String service,
        String resource,
        String reason) {
}
