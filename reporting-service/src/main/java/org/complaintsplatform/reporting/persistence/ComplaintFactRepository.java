package org.complaintsplatform.reporting.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.complaintsplatform.reporting.api.ComplaintFact;
import org.complaintsplatform.reporting.api.ReceivedComplaint;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code complaint_fact} projection. Both writes are upserts, so events may meet a row in any order. */
@Repository
public class ComplaintFactRepository {

    private final JdbcClient jdbc;

    public ComplaintFactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void received(ReceivedComplaint complaint) {
        jdbc.sql("""
                        INSERT INTO complaint_fact (complaint_id, tenant_id, reference, feedback_type, route, complainant_role,
                                                    received_on, acknowledgement_due_on)
                        VALUES (:complaintId, :tenantId, :reference, :feedbackType, :route, :complainantRole,
                                :receivedOn, :dueOn)
                        ON CONFLICT (complaint_id) DO UPDATE SET
                            reference = EXCLUDED.reference,
                            feedback_type = EXCLUDED.feedback_type,
                            route = EXCLUDED.route,
                            complainant_role = EXCLUDED.complainant_role,
                            received_on = EXCLUDED.received_on,
                            acknowledgement_due_on = COALESCE(EXCLUDED.acknowledgement_due_on, complaint_fact.acknowledgement_due_on)""")
                .param("complaintId", complaint.complaintId())
                .param("tenantId", complaint.tenantId())
                .param("reference", complaint.reference())
                .param("feedbackType", complaint.feedbackType())
                .param("route", complaint.route())
                .param("complainantRole", complaint.complainantRole())
                .param("receivedOn", complaint.receivedOn())
                .param("dueOn", complaint.acknowledgementDueOn())
                .update();
    }

    /** @param acknowledgementDueOn absent where the procedure sets no acknowledgement timescale */
    public void acknowledged(String tenantId, UUID complaintId, LocalDate acknowledgedOn, @Nullable LocalDate acknowledgementDueOn) {
        jdbc.sql("""
                        INSERT INTO complaint_fact (complaint_id, tenant_id, acknowledgement_due_on, acknowledged_on)
                        VALUES (:complaintId, :tenantId, :dueOn, :acknowledgedOn)
                        ON CONFLICT (complaint_id) DO UPDATE SET
                            acknowledged_on = EXCLUDED.acknowledged_on,
                            acknowledgement_due_on = COALESCE(complaint_fact.acknowledgement_due_on, EXCLUDED.acknowledgement_due_on)""")
                .param("complaintId", complaintId)
                .param("tenantId", tenantId)
                .param("dueOn", acknowledgementDueOn)
                .param("acknowledgedOn", acknowledgedOn)
                .update();
    }

    public void withdrawn(String tenantId, UUID complaintId, LocalDate withdrawnOn, int stage) {
        jdbc.sql("""
                        INSERT INTO complaint_fact (complaint_id, tenant_id, withdrawn_on, withdrawn_stage)
                        VALUES (:complaintId, :tenantId, :on, :stage)
                        ON CONFLICT (complaint_id) DO UPDATE SET withdrawn_on = EXCLUDED.withdrawn_on,
                                                                 withdrawn_stage = EXCLUDED.withdrawn_stage""")
                .param("complaintId", complaintId)
                .param("tenantId", tenantId)
                .param("on", withdrawnOn)
                .param("stage", stage)
                .update();
    }

    public void closed(String tenantId, UUID complaintId, LocalDate closedOn, int stage) {
        jdbc.sql("""
                        INSERT INTO complaint_fact (complaint_id, tenant_id, closed_on, closed_stage)
                        VALUES (:complaintId, :tenantId, :on, :stage)
                        ON CONFLICT (complaint_id) DO UPDATE SET closed_on = EXCLUDED.closed_on,
                                                                 closed_stage = EXCLUDED.closed_stage""")
                .param("complaintId", complaintId)
                .param("tenantId", tenantId)
                .param("on", closedOn)
                .param("stage", stage)
                .update();
    }

    /** The tenant's representations received on or before {@code by}: the figures of any period ending then need no others. */
    public List<ComplaintFact> receivedBy(String tenantId, LocalDate by) {
        return jdbc.sql("""
                        SELECT complaint_id, feedback_type, route, complainant_role, received_on, acknowledgement_due_on,
                               acknowledged_on, withdrawn_on, withdrawn_stage, closed_on
                        FROM complaint_fact
                        WHERE tenant_id = :tenantId AND received_on <= :by""")
                .param("tenantId", tenantId)
                .param("by", by)
                .query((rs, row) -> new ComplaintFact(rs.getObject("complaint_id", UUID.class), rs.getString("feedback_type"),
                        rs.getString("route"), rs.getString("complainant_role"), rs.getObject("received_on", LocalDate.class),
                        rs.getObject("acknowledgement_due_on", LocalDate.class), rs.getObject("acknowledged_on", LocalDate.class),
                        rs.getObject("withdrawn_on", LocalDate.class), rs.getObject("withdrawn_stage", Integer.class),
                        rs.getObject("closed_on", LocalDate.class)))
                .list();
    }

    /** Complaints open now (neither closed nor withdrawn), per tenant and the highest stage they started. */
    public List<OpenComplaints> openNow() {
        return jdbc.sql("""
                        SELECT tenant_id, stage, count(*) AS open
                        FROM (SELECT c.tenant_id, COALESCE(max(s.stage) FILTER (WHERE s.started_on IS NOT NULL), 1) AS stage
                              FROM complaint_fact c LEFT JOIN stage_fact s ON s.complaint_id = c.complaint_id
                              WHERE c.feedback_type = 'COMPLAINT' AND c.closed_on IS NULL AND c.withdrawn_on IS NULL
                              GROUP BY c.complaint_id, c.tenant_id) AS open_complaint
                        GROUP BY tenant_id, stage""")
                .query((rs, row) -> new OpenComplaints(rs.getString("tenant_id"), rs.getInt("stage"), rs.getLong("open")))
                .list();
    }

    public record OpenComplaints(String tenantId, int stage, long count) {
    }
}
