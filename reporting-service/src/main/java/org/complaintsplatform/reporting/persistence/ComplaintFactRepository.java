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

    /** The decisions that end complaint {@code c} without a response: refused under the time limit, excluded as a whole. */
    private static final String ENDED_BY_DECISION = """
            SELECT 1 FROM decision_fact d WHERE d.complaint_id = c.complaint_id
                AND (d.kind = 'TIME_LIMIT' AND NOT d.accepted OR d.kind = 'EXCLUSION' AND d.whole_complaint)""";

    private final JdbcClient jdbc;

    public ComplaintFactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The tenant's representations received on or before {@code by}: the figures of any period ending then need no others. */
    public List<ComplaintFact> receivedBy(String tenantId, LocalDate by) {
        return jdbc.sql("""
                        SELECT complaint_id, feedback_type, route, complainant_role, received_on, acknowledgement_due_on,
                               acknowledged_on, withdrawn_on, withdrawn_stage, closed_on, advocate_assigned_on
                        FROM complaint_fact
                        WHERE tenant_id = :tenantId AND received_on <= :by""")
                .param("tenantId", tenantId)
                .param("by", by)
                .query((rs, row) -> new ComplaintFact(rs.getObject("complaint_id", UUID.class), rs.getString("feedback_type"),
                        rs.getString("route"), rs.getString("complainant_role"), rs.getObject("received_on", LocalDate.class),
                        rs.getObject("acknowledgement_due_on", LocalDate.class), rs.getObject("acknowledged_on", LocalDate.class),
                        rs.getObject("withdrawn_on", LocalDate.class), rs.getObject("withdrawn_stage", Integer.class),
                        rs.getObject("closed_on", LocalDate.class), rs.getObject("advocate_assigned_on", LocalDate.class)))
                .list();
    }

    /**
     * Complaints open now (neither closed nor withdrawn, nor refused under the time limit or excluded as a whole), per
     * tenant and the highest stage they started.
     */
    public List<StageCount> openNow() {
        return jdbc.sql("""
                        SELECT tenant_id, stage, count(*) AS open
                        FROM (SELECT c.tenant_id, COALESCE(max(s.stage) FILTER (WHERE s.started_on IS NOT NULL), 1) AS stage
                              FROM complaint_fact c LEFT JOIN stage_fact s ON s.complaint_id = c.complaint_id
                              WHERE c.feedback_type = 'COMPLAINT' AND c.closed_on IS NULL AND c.withdrawn_on IS NULL
                                AND NOT EXISTS (%s)
                              GROUP BY c.complaint_id, c.tenant_id) AS open_complaint
                        GROUP BY tenant_id, stage""".formatted(ENDED_BY_DECISION))
                .query((rs, row) -> new StageCount(rs.getString("tenant_id"), rs.getInt("stage"), rs.getLong("open")))
                .list();
    }

    /**
     * The clocks overdue on {@code today} (due before it and not met), per tenant and stage, of complaints that are open
     * and not on hold: the acknowledgement at Stage 1, the RESPONSE of the stage the complaint is at, and that stage's
     * other steps until its response (which ends them). Earlier stages' clocks ended with the escalation; request
     * windows are the complainant's, not the organisation's.
     */
    public List<StageCount> overdueOn(LocalDate today) {
        return jdbc.sql("""
                        WITH running AS (
                            SELECT c.complaint_id, c.tenant_id, c.acknowledgement_due_on, c.acknowledged_on,
                                   COALESCE(max(s.stage) FILTER (WHERE s.started_on IS NOT NULL), 1) AS stage
                            FROM complaint_fact c LEFT JOIN stage_fact s ON s.complaint_id = c.complaint_id
                            WHERE c.feedback_type = 'COMPLAINT' AND c.closed_on IS NULL AND c.withdrawn_on IS NULL
                              AND c.suspensions <= c.resumptions
                              AND NOT EXISTS (%s)
                            GROUP BY c.complaint_id, c.tenant_id, c.acknowledgement_due_on, c.acknowledged_on
                        ), overdue AS (
                            SELECT r.tenant_id, r.stage FROM running r
                            WHERE r.stage = 1 AND r.acknowledged_on IS NULL AND r.acknowledgement_due_on < :today
                            UNION ALL
                            SELECT r.tenant_id, r.stage FROM running r
                                JOIN stage_fact s ON s.complaint_id = r.complaint_id AND s.stage = r.stage
                            WHERE s.responded_on IS NULL AND s.response_due_on < :today
                            UNION ALL
                            SELECT r.tenant_id, r.stage FROM running r
                                JOIN step_fact t ON t.complaint_id = r.complaint_id AND t.stage = r.stage
                                LEFT JOIN stage_fact s ON s.complaint_id = r.complaint_id AND s.stage = r.stage
                            WHERE t.met_on IS NULL AND t.due_on < :today AND s.responded_on IS NULL
                        )
                        SELECT tenant_id, stage, count(*) AS overdue FROM overdue GROUP BY tenant_id, stage""".formatted(ENDED_BY_DECISION))
                .param("today", today)
                .query((rs, row) -> new StageCount(rs.getString("tenant_id"), rs.getInt("stage"), rs.getLong("overdue")))
                .list();
    }

    /** A count per tenant and stage. */
    public record StageCount(String tenantId, int stage, long count) {
    }
}
