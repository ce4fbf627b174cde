package org.complaintsplatform.securitysupport.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log of personal-data reads, in the service's own database. A controller calls {@link #record}
 * after it has found the data and before it answers: a failed write fails the read, so no read goes unlogged.
 */
public final class PersonalDataAccessLog {

    /** The purpose of the read, stated by the caller (e.g. {@code responding to stage 1}). */
    public static final String REASON_HEADER = "X-Access-Reason";
    static final int MAX_REASON_LENGTH = 200;
    static final String NOT_STATED = "not stated";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String service;

    public PersonalDataAccessLog(JdbcClient jdbc, Clock clock, String service) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.service = service;
    }

    /** Records that the current caller read {@code resource} of the complaint. */
    public void record(String tenantId, UUID complaintId, String resource) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null) {
            throw new IllegalStateException("Personal data read without an authenticated caller");
        }
        jdbc.sql("""
                        INSERT INTO personal_data_access (tenant_id, complaint_id, accessed_at, subject, roles, service, resource, reason)
                        VALUES (:tenant, :complaint, :at, :subject, :roles, :service, :resource, :reason)""")
                .param("tenant", tenantId)
                .param("complaint", complaintId)
                .param("at", Timestamp.from(clock.instant()))
                .param("subject", caller.getName())
                .param("roles", String.join(",", roles(caller)))
                .param("service", service)
                .param("resource", resource)
                .param("reason", reason())
                .update();
    }

    /** The reads of one tenant's personal data in [from, to), oldest first, optionally of one complaint. */
    public List<PersonalDataAccess> find(String tenantId, @Nullable UUID complaintId, Instant from, Instant to, int limit) {
        return jdbc.sql("""
                        SELECT id, tenant_id, complaint_id, accessed_at, subject, roles, service, resource, reason
                        FROM personal_data_access
                        WHERE tenant_id = :tenant AND accessed_at >= :from AND accessed_at < :to
                          AND (CAST(:complaint AS uuid) IS NULL OR complaint_id = :complaint)
                        ORDER BY accessed_at, id
                        LIMIT :limit""")
                .param("tenant", tenantId)
                .param("complaint", complaintId)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("limit", limit)
                .query((rows, number) -> new PersonalDataAccess(
                        rows.getLong("id"),
                        rows.getString("tenant_id"),
                        rows.getObject("complaint_id", UUID.class),
                        rows.getTimestamp("accessed_at").toInstant(),
                        rows.getString("subject"),
                        rows.getString("roles").isEmpty() ? List.of() : Arrays.asList(rows.getString("roles").split(",")),
                        rows.getString("service"),
                        rows.getString("resource"),
                        rows.getString("reason")))
                .list();
    }

    private static List<String> roles(Authentication caller) {
        return caller.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .sorted()
                .toList();
    }

    private static String reason() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
            return NOT_STATED;
        }
        String stated = request.getRequest().getHeader(REASON_HEADER);
        if (stated == null || stated.isBlank()) {
            return NOT_STATED;
        }
        String trimmed = stated.strip();
        return trimmed.length() > MAX_REASON_LENGTH ? trimmed.substring(0, MAX_REASON_LENGTH) : trimmed;
    }
}
