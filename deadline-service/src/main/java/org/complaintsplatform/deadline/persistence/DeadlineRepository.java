package org.complaintsplatform.deadline.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.complaintsplatform.deadline.api.Deadline;
import org.complaintsplatform.deadline.api.DeadlineKind;
import org.complaintsplatform.deadline.api.DeadlineStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code deadline} table. Status changes are single guarded UPDATEs, so concurrent changes cannot both win. */
@Repository
public class DeadlineRepository {

    private static final String COLUMNS = "id, tenant_id, complaint_id, kind, due_on, status, met_on";

    private final JdbcClient jdbc;

    public DeadlineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the complaint already has a deadline of this kind */
    public boolean insert(Deadline deadline, Instant setAt, String sourceCeId) {
        return jdbc.sql("""
                        INSERT INTO deadline (id, tenant_id, complaint_id, kind, due_on, status, set_at, source_ce_id)
                        VALUES (:id, :tenantId, :complaintId, :kind, :dueOn, :status, :setAt, :sourceCeId)
                        ON CONFLICT (complaint_id, kind) DO NOTHING""")
                .param("id", deadline.id())
                .param("tenantId", deadline.tenantId())
                .param("complaintId", deadline.complaintId())
                .param("kind", deadline.kind().name())
                .param("dueOn", deadline.dueOn())
                .param("status", deadline.status().name())
                .param("setAt", Timestamp.from(setAt))
                .param("sourceCeId", sourceCeId)
                .update() == 1;
    }

    /** Marks the complaint's deadline of this kind met, unless it already was; returns it when it changed. */
    public Optional<Deadline> markMet(UUID complaintId, DeadlineKind kind, LocalDate metOn) {
        return jdbc.sql("UPDATE deadline SET status = 'MET', met_on = :metOn"
                        + " WHERE complaint_id = :complaintId AND kind = :kind AND status <> 'MET' RETURNING " + COLUMNS)
                .param("metOn", metOn)
                .param("complaintId", complaintId)
                .param("kind", kind.name())
                .query(DeadlineRepository::deadline)
                .optional();
    }

    /** Marks an open deadline missed; returns it when it changed, empty when it was no longer open. */
    public Optional<Deadline> markMissed(UUID deadlineId, Instant missedAt) {
        return jdbc.sql("UPDATE deadline SET status = 'MISSED', missed_at = :missedAt"
                        + " WHERE id = :id AND status = 'OPEN' RETURNING " + COLUMNS)
                .param("missedAt", Timestamp.from(missedAt))
                .param("id", deadlineId)
                .query(DeadlineRepository::deadline)
                .optional();
    }

    public List<Deadline> findByComplaint(String tenantId, UUID complaintId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM deadline WHERE tenant_id = :tenantId AND complaint_id = :complaintId"
                        + " ORDER BY due_on, kind")
                .param("tenantId", tenantId)
                .param("complaintId", complaintId)
                .query(DeadlineRepository::deadline)
                .list();
    }

    /** @param status null for every status */
    public List<Deadline> findByTenant(String tenantId, @Nullable DeadlineStatus status) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM deadline WHERE tenant_id = :tenantId"
                        + " AND (CAST(:status AS VARCHAR) IS NULL OR status = :status) ORDER BY due_on, complaint_id, kind")
                .param("tenantId", tenantId)
                .param("status", status == null ? null : status.name())
                .query(DeadlineRepository::deadline)
                .list();
    }

    private static Deadline deadline(ResultSet rs, int row) throws SQLException {
        return new Deadline(
                rs.getObject("id", UUID.class),
                rs.getString("tenant_id"),
                rs.getObject("complaint_id", UUID.class),
                DeadlineKind.valueOf(rs.getString("kind")),
                rs.getObject("due_on", LocalDate.class),
                DeadlineStatus.valueOf(rs.getString("status")),
                rs.getObject("met_on", LocalDate.class));
    }
}
