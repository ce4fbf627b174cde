package org.complaintsplatform.reporting.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.complaintsplatform.reporting.api.StepFact;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of the {@code step_fact} projection; {@link ProjectionWrites} writes it. */
@Repository
public class StepFactRepository {

    private final JdbcClient jdbc;

    public StepFactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The steps of the tenant's representations received on or before {@code by}. */
    public List<StepFact> ofReceivedBy(String tenantId, LocalDate by) {
        return jdbc.sql("""
                        SELECT s.complaint_id, s.step, s.stage, s.due_on, s.extended, s.met_on
                        FROM step_fact s JOIN complaint_fact c ON c.complaint_id = s.complaint_id
                        WHERE s.tenant_id = :tenantId AND c.received_on <= :by""")
                .param("tenantId", tenantId)
                .param("by", by)
                .query((rs, row) -> new StepFact(rs.getObject("complaint_id", UUID.class), rs.getString("step"),
                        rs.getObject("stage", Integer.class), rs.getObject("due_on", LocalDate.class), rs.getBoolean("extended"),
                        rs.getObject("met_on", LocalDate.class)))
                .list();
    }
}
