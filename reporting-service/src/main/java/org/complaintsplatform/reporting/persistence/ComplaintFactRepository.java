package org.complaintsplatform.reporting.persistence;

import java.time.LocalDate;
import java.util.TreeMap;
import java.util.UUID;

import org.complaintsplatform.reporting.api.FinancialQuarter;
import org.complaintsplatform.reporting.api.QuarterlyFigures;
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

    /** Representations count in the quarter of their received date. */
    public QuarterlyFigures figures(String tenantId, FinancialQuarter quarter) {
        TreeMap<String, Long> byType = new TreeMap<>();
        long[] acknowledged = new long[3];
        jdbc.sql("""
                        SELECT feedback_type,
                               count(*) AS received,
                               count(acknowledged_on) AS acknowledged,
                               count(*) FILTER (WHERE acknowledgement_due_on IS NOT NULL
                                                  AND acknowledged_on <= acknowledgement_due_on) AS on_time,
                               count(*) FILTER (WHERE acknowledged_on IS NOT NULL
                                                  AND acknowledgement_due_on IS NULL) AS without_timescale
                        FROM complaint_fact
                        WHERE tenant_id = :tenantId AND received_on BETWEEN :start AND :end
                        GROUP BY feedback_type""")
                .param("tenantId", tenantId)
                .param("start", quarter.start())
                .param("end", quarter.end())
                .query(rs -> {
                    byType.put(rs.getString("feedback_type"), rs.getLong("received"));
                    acknowledged[0] += rs.getLong("acknowledged");
                    acknowledged[1] += rs.getLong("on_time");
                    acknowledged[2] += rs.getLong("without_timescale");
                });
        long received = byType.values().stream().mapToLong(Long::longValue).sum();
        return new QuarterlyFigures(received, byType, acknowledged[0], acknowledged[1], acknowledged[2]);
    }
}
