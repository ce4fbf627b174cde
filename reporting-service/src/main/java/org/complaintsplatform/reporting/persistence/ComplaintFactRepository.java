package org.complaintsplatform.reporting.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.complaintsplatform.reporting.api.ComplaintFact;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of the {@code complaint_fact} projection; {@link ProjectionWrites} writes it. */
@Repository
public class ComplaintFactRepository {

    private final JdbcClient jdbc;

    public ComplaintFactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /**
     * Complaints open now (neither closed nor withdrawn, nor refused under the time limit or excluded as a whole), per
     * tenant and the highest stage they started.
     */
    public List<OpenComplaints> openNow() {
        return jdbc.sql("""
                        SELECT tenant_id, stage, count(*) AS open
                        FROM (SELECT c.tenant_id, COALESCE(max(s.stage) FILTER (WHERE s.started_on IS NOT NULL), 1) AS stage
                              FROM complaint_fact c LEFT JOIN stage_fact s ON s.complaint_id = c.complaint_id
                              WHERE c.feedback_type = 'COMPLAINT' AND c.closed_on IS NULL AND c.withdrawn_on IS NULL
                                AND NOT EXISTS (SELECT 1 FROM decision_fact d WHERE d.complaint_id = c.complaint_id
                                                AND (d.kind = 'TIME_LIMIT' AND NOT d.accepted
                                                     OR d.kind = 'EXCLUSION' AND d.whole_complaint))
                              GROUP BY c.complaint_id, c.tenant_id) AS open_complaint
                        GROUP BY tenant_id, stage""")
                .query((rs, row) -> new OpenComplaints(rs.getString("tenant_id"), rs.getInt("stage"), rs.getLong("open")))
                .list();
    }

    public record OpenComplaints(String tenantId, int stage, long count) {
    }
}
