package org.complaintsplatform.deadline.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.complaintsplatform.deadline.api.Deadline;
import org.complaintsplatform.deadline.api.DeadlineStatus;
import org.complaintsplatform.deadline.api.Strictness;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code deadline} table. Status changes are single guarded UPDATEs, so concurrent changes (a timer
 * firing while an event is consumed) cannot both win. Lists are read straight from the table: nothing is
 * held per deadline in memory.
 */
@Repository
public class DeadlineRepository {

    private static final String COLUMNS =
            "id, tenant_id, complaint_id, stage, step, strictness, rule, due_on, status, met_on, working_days_left";
    private static final String RUNNING = "('OPEN', 'PAUSED')";

    private final JdbcClient jdbc;

    public DeadlineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Deadline> find(UUID complaintId, int stage, String step) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM deadline WHERE complaint_id = :complaintId AND stage = :stage AND step = :step")
                .param("complaintId", complaintId)
                .param("stage", stage)
                .param("step", step)
                .query(DeadlineRepository::deadline)
                .optional();
    }

    public Optional<Deadline> find(UUID deadlineId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM deadline WHERE id = :id")
                .param("id", deadlineId)
                .query(DeadlineRepository::deadline)
                .optional();
    }

    /** Inserts the clock OPEN, or replaces an earlier due date of the same (complaint, stage, step) and opens it again. */
    public void upsert(Deadline deadline, Instant setAt, String sourceCeId) {
        jdbc.sql("""
                        INSERT INTO deadline (id, tenant_id, complaint_id, stage, step, strictness, rule, due_on, status, set_at, source_ce_id)
                        VALUES (:id, :tenantId, :complaintId, :stage, :step, :strictness, :rule, :dueOn, 'OPEN', :setAt, :sourceCeId)
                        ON CONFLICT (complaint_id, stage, step) DO UPDATE SET
                            strictness = EXCLUDED.strictness, rule = EXCLUDED.rule, due_on = EXCLUDED.due_on, status = 'OPEN',
                            set_at = EXCLUDED.set_at, source_ce_id = EXCLUDED.source_ce_id, met_on = NULL, missed_at = NULL,
                            paused_on = NULL, working_days_left = NULL, cancelled_on = NULL""")
                .param("id", deadline.id())
                .param("tenantId", deadline.tenantId())
                .param("complaintId", deadline.complaintId())
                .param("stage", deadline.stage())
                .param("step", deadline.step())
                .param("strictness", deadline.strictness() == null ? null : deadline.strictness().name())
                .param("rule", deadline.rule())
                .param("dueOn", deadline.dueOn())
                .param("setAt", Timestamp.from(setAt))
                .param("sourceCeId", sourceCeId)
                .update();
    }

    /** Marks the clock met unless it already was or was cancelled; returns it when it changed. */
    public Optional<Deadline> markMet(UUID complaintId, int stage, String step, LocalDate metOn) {
        return jdbc.sql("UPDATE deadline SET status = 'MET', met_on = :metOn WHERE complaint_id = :complaintId"
                        + " AND stage = :stage AND step = :step AND status IN ('OPEN', 'PAUSED', 'MISSED') RETURNING " + COLUMNS)
                .param("metOn", metOn)
                .param("complaintId", complaintId)
                .param("stage", stage)
                .param("step", step)
                .query(DeadlineRepository::deadline)
                .optional();
    }

    /** Marks an open deadline whose day is over missed; returns it when it changed. */
    public Optional<Deadline> markMissed(UUID deadlineId, Instant missedAt, LocalDate today) {
        return jdbc.sql("UPDATE deadline SET status = 'MISSED', missed_at = :missedAt"
                        + " WHERE id = :id AND status = 'OPEN' AND due_on < :today RETURNING " + COLUMNS)
                .param("missedAt", Timestamp.from(missedAt))
                .param("id", deadlineId)
                .param("today", today)
                .query(DeadlineRepository::deadline)
                .optional();
    }

    /**
     * Records that the warning for the deadline's current due date is being published; returns it when the
     * deadline is open, not yet over and not yet warned for this due date.
     */
    public Optional<Deadline> markApproaching(UUID deadlineId, LocalDate today) {
        return jdbc.sql("UPDATE deadline SET approaching_for = due_on WHERE id = :id AND status = 'OPEN'"
                        + " AND due_on >= :today AND approaching_for IS DISTINCT FROM due_on RETURNING " + COLUMNS)
                .param("id", deadlineId)
                .param("today", today)
                .query(DeadlineRepository::deadline)
                .optional();
    }

    /** The complaint's OPEN clocks, which a suspension pauses. */
    public List<Deadline> openOf(UUID complaintId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM deadline WHERE complaint_id = :complaintId AND status = 'OPEN' ORDER BY stage, step")
                .param("complaintId", complaintId)
                .query(DeadlineRepository::deadline)
                .list();
    }

    public Optional<Deadline> markPaused(UUID deadlineId, LocalDate pausedOn, @Nullable Integer workingDaysLeft) {
        return jdbc.sql("UPDATE deadline SET status = 'PAUSED', paused_on = :pausedOn, working_days_left = :left"
                        + " WHERE id = :id AND status = 'OPEN' RETURNING " + COLUMNS)
                .param("pausedOn", pausedOn)
                .param("left", workingDaysLeft)
                .param("id", deadlineId)
                .query(DeadlineRepository::deadline)
                .optional();
    }

    /** Cancels the complaint's running clocks of the stages in [fromStage, toStage]; returns them. */
    public List<Deadline> cancelRunning(UUID complaintId, int fromStage, int toStage, LocalDate cancelledOn) {
        return cancelRunning(complaintId, fromStage, toStage, null, cancelledOn);
    }

    /** @param keepStep a step whose clock runs on, whatever its stage */
    public List<Deadline> cancelRunning(UUID complaintId, int fromStage, int toStage, @Nullable String keepStep,
                                        LocalDate cancelledOn) {
        return jdbc.sql("UPDATE deadline SET status = 'CANCELLED', cancelled_on = :cancelledOn WHERE complaint_id = :complaintId"
                        + " AND stage BETWEEN :fromStage AND :toStage AND status IN " + RUNNING
                        + " AND step IS DISTINCT FROM CAST(:keepStep AS VARCHAR) RETURNING " + COLUMNS)
                .param("keepStep", keepStep)
                .param("cancelledOn", cancelledOn)
                .param("complaintId", complaintId)
                .param("fromStage", fromStage)
                .param("toStage", toStage)
                .query(DeadlineRepository::deadline)
                .list()
                .stream()
                .sorted(Comparator.comparing(Deadline::stage).thenComparing(Deadline::step))
                .toList();
    }

    public List<Deadline> findByComplaint(String tenantId, UUID complaintId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM deadline WHERE tenant_id = :tenantId AND complaint_id = :complaintId"
                        + " ORDER BY due_on, stage, step")
                .param("tenantId", tenantId)
                .param("complaintId", complaintId)
                .query(DeadlineRepository::deadline)
                .list();
    }

    /**
     * @param statuses empty for every status
     * @param dueFrom  inclusive, null for no lower bound
     * @param dueTo    inclusive, null for no upper bound
     */
    public List<Deadline> findByTenant(String tenantId, Collection<DeadlineStatus> statuses,
                                       @Nullable LocalDate dueFrom, @Nullable LocalDate dueTo, int limit, int offset) {
        String statusFilter = statuses.isEmpty() ? "" : " AND status IN (:statuses)";
        JdbcClient.StatementSpec sql = jdbc.sql("SELECT " + COLUMNS + " FROM deadline WHERE tenant_id = :tenantId" + statusFilter
                        + " AND due_on >= COALESCE(CAST(:dueFrom AS DATE), due_on) AND due_on <= COALESCE(CAST(:dueTo AS DATE), due_on)"
                        + " ORDER BY due_on, complaint_id, stage, step LIMIT :limit OFFSET :offset")
                .param("tenantId", tenantId)
                .param("dueFrom", dueFrom)
                .param("dueTo", dueTo)
                .param("limit", limit)
                .param("offset", offset);
        if (!statuses.isEmpty()) {
            sql = sql.param("statuses", statuses.stream().map(Enum::name).toList());
        }
        return sql.query(DeadlineRepository::deadline).list();
    }

    private static Deadline deadline(ResultSet rs, int row) throws SQLException {
        String strictness = rs.getString("strictness");
        return new Deadline(
                rs.getObject("id", UUID.class),
                rs.getString("tenant_id"),
                rs.getObject("complaint_id", UUID.class),
                rs.getInt("stage"),
                rs.getString("step"),
                strictness == null ? null : Strictness.valueOf(strictness),
                rs.getString("rule"),
                rs.getObject("due_on", LocalDate.class),
                DeadlineStatus.valueOf(rs.getString("status")),
                rs.getObject("met_on", LocalDate.class),
                rs.getObject("working_days_left", Integer.class));
    }
}
