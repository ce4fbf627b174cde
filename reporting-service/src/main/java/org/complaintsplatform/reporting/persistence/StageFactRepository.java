package org.complaintsplatform.reporting.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.complaintsplatform.reporting.api.StageFact;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code stage_fact} projection: every write is an upsert of the columns its event knows. */
@Repository
public class StageFactRepository {

    private final JdbcClient jdbc;

    public StageFactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Receipt starts Stage 1, an escalation the next stage. */
    public void started(String tenantId, UUID complaintId, int stage, LocalDate startedOn) {
        upsert(tenantId, complaintId, stage, "started_on", startedOn);
    }

    /** A RESPONSE due date carried by an event replaces the earlier one; an extension also marks the stage extended. */
    public void responseDue(String tenantId, UUID complaintId, int stage, LocalDate dueOn, boolean extension) {
        jdbc.sql("""
                        INSERT INTO stage_fact (complaint_id, stage, tenant_id, response_due_on, extended)
                        VALUES (:complaintId, :stage, :tenantId, :dueOn, :extended)
                        ON CONFLICT (complaint_id, stage) DO UPDATE SET
                            response_due_on = EXCLUDED.response_due_on,
                            extended = stage_fact.extended OR EXCLUDED.extended""")
                .param("complaintId", complaintId)
                .param("stage", stage)
                .param("tenantId", tenantId)
                .param("dueOn", dueOn)
                .param("extended", extension)
                .update();
    }

    /** @param dueOn the due date the response event carried, kept only where no earlier event carried one */
    public void responded(String tenantId, UUID complaintId, int stage, LocalDate respondedOn, String outcome,
                          @Nullable LocalDate dueOn) {
        jdbc.sql("""
                        INSERT INTO stage_fact (complaint_id, stage, tenant_id, responded_on, outcome, response_due_on)
                        VALUES (:complaintId, :stage, :tenantId, :respondedOn, :outcome, :dueOn)
                        ON CONFLICT (complaint_id, stage) DO UPDATE SET
                            responded_on = EXCLUDED.responded_on,
                            outcome = EXCLUDED.outcome,
                            response_due_on = COALESCE(stage_fact.response_due_on, EXCLUDED.response_due_on)""")
                .param("complaintId", complaintId)
                .param("stage", stage)
                .param("tenantId", tenantId)
                .param("respondedOn", respondedOn)
                .param("outcome", outcome)
                .param("dueOn", dueOn)
                .update();
    }

    public void requested(String tenantId, UUID complaintId, int toStage, LocalDate requestedOn, boolean inTime) {
        jdbc.sql("""
                        INSERT INTO stage_fact (complaint_id, stage, tenant_id, requested_on, request_in_time)
                        VALUES (:complaintId, :stage, :tenantId, :requestedOn, :inTime)
                        ON CONFLICT (complaint_id, stage) DO UPDATE SET
                            requested_on = EXCLUDED.requested_on,
                            request_in_time = EXCLUDED.request_in_time""")
                .param("complaintId", complaintId)
                .param("stage", toStage)
                .param("tenantId", tenantId)
                .param("requestedOn", requestedOn)
                .param("inTime", inTime)
                .update();
    }

    public void lateRequestDecided(String tenantId, UUID complaintId, int toStage, LocalDate decidedOn, boolean accepted) {
        jdbc.sql("""
                        INSERT INTO stage_fact (complaint_id, stage, tenant_id, late_request_decided_on, late_request_accepted)
                        VALUES (:complaintId, :stage, :tenantId, :decidedOn, :accepted)
                        ON CONFLICT (complaint_id, stage) DO UPDATE SET
                            late_request_decided_on = EXCLUDED.late_request_decided_on,
                            late_request_accepted = EXCLUDED.late_request_accepted""")
                .param("complaintId", complaintId)
                .param("stage", toStage)
                .param("tenantId", tenantId)
                .param("decidedOn", decidedOn)
                .param("accepted", accepted)
                .update();
    }

    /** The stages of the tenant's representations received on or before {@code by}. */
    public List<StageFact> ofReceivedBy(String tenantId, LocalDate by) {
        return jdbc.sql("""
                        SELECT s.complaint_id, s.stage, s.started_on, s.response_due_on, s.extended, s.responded_on, s.outcome,
                               s.requested_on, s.request_in_time, s.late_request_decided_on, s.late_request_accepted
                        FROM stage_fact s JOIN complaint_fact c ON c.complaint_id = s.complaint_id
                        WHERE s.tenant_id = :tenantId AND c.received_on <= :by""")
                .param("tenantId", tenantId)
                .param("by", by)
                .query((rs, row) -> new StageFact(rs.getObject("complaint_id", UUID.class), rs.getInt("stage"),
                        rs.getObject("started_on", LocalDate.class), rs.getObject("response_due_on", LocalDate.class),
                        rs.getBoolean("extended"), rs.getObject("responded_on", LocalDate.class), rs.getString("outcome"),
                        rs.getObject("requested_on", LocalDate.class), rs.getObject("request_in_time", Boolean.class),
                        rs.getObject("late_request_decided_on", LocalDate.class),
                        rs.getObject("late_request_accepted", Boolean.class)))
                .list();
    }

    private void upsert(String tenantId, UUID complaintId, int stage, String column, LocalDate value) {
        jdbc.sql("""
                        INSERT INTO stage_fact (complaint_id, stage, tenant_id, %1$s)
                        VALUES (:complaintId, :stage, :tenantId, :value)
                        ON CONFLICT (complaint_id, stage) DO UPDATE SET %1$s = EXCLUDED.%1$s""".formatted(column))
                .param("complaintId", complaintId)
                .param("stage", stage)
                .param("tenantId", tenantId)
                .param("value", value)
                .update();
    }
}
