package org.complaintsplatform.reporting.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.complaintsplatform.reporting.api.StageFact;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of the {@code stage_fact} projection; {@link ProjectionWrites} writes it. */
@Repository
public class StageFactRepository {

    private final JdbcClient jdbc;

    public StageFactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
}
