package org.complaintsplatform.reporting.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.complaintsplatform.reporting.api.DecisionFact;
import org.complaintsplatform.reporting.api.DecisionKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of the {@code decision_fact} projection; {@link ProjectionWrites} writes it. */
@Repository
public class DecisionFactRepository {

    private final JdbcClient jdbc;

    public DecisionFactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The decisions about the tenant's representations received on or before {@code by}. */
    public List<DecisionFact> ofReceivedBy(String tenantId, LocalDate by) {
        return jdbc.sql("""
                        SELECT d.complaint_id, d.kind, d.decided_on, d.stage, d.accepted, d.whole_complaint, d.ground, d.body,
                               d.procedure_ended, d.ombudsman_outcome
                        FROM decision_fact d JOIN complaint_fact c ON c.complaint_id = d.complaint_id
                        WHERE d.tenant_id = :tenantId AND c.received_on <= :by""")
                .param("tenantId", tenantId)
                .param("by", by)
                .query((rs, row) -> new DecisionFact(rs.getObject("complaint_id", UUID.class),
                        DecisionKind.valueOf(rs.getString("kind")), rs.getObject("decided_on", LocalDate.class),
                        rs.getObject("stage", Integer.class), rs.getObject("accepted", Boolean.class),
                        rs.getObject("whole_complaint", Boolean.class), rs.getString("ground"), rs.getString("body"),
                        rs.getObject("procedure_ended", Boolean.class), rs.getString("ombudsman_outcome")))
                .list();
    }
}
