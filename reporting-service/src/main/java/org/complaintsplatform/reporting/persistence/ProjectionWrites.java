package org.complaintsplatform.reporting.persistence;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.complaintsplatform.reporting.api.DecisionKind;
import org.complaintsplatform.reporting.api.ReceivedComplaint;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.stereotype.Repository;

/**
 * The writes to {@code complaint_fact}, {@code stage_fact}, {@code decision_fact} and {@code step_fact}. A
 * {@link Batch} collects those of many events and sends each statement's rows as arrays to one multi-row upsert: a replay makes a few round trips per poll, and
 * PostgreSQL executes a statement per kind instead of one per event.
 * <p>
 * Every write is an upsert of the columns its event knows, so statements of different kinds commute and only
 * the order within one kind matters: each column is written by one kind only, except the two due dates, where
 * one kind replaces ({@code received}: the acknowledgement's, {@code responseDue}: the response's) and the other
 * only fills a gap ({@code acknowledged}, {@code responded}), so the last replacing write wins in any
 * interleaving, and without one the first filling write does; {@code extended} is an OR. A step's due date is
 * replaced by its last write and its met date kept from its first; suspensions and resumptions are counted; the first advocate's day is the least written. A decision is a row of its own, keyed by its
 * event's id, inserted once. One upsert may not touch a row twice, so a row's second write of a kind goes into a
 * second statement run after the first.
 */
@Repository
public class ProjectionWrites {

    /** A multi-row upsert of text arrays, one per column; its rows' first {@code keyColumns} values are the key. */
    private record Upsert(String sql, int keyColumns) {
    }

    private static final Upsert RECEIVED = new Upsert("""
            INSERT INTO complaint_fact (complaint_id, tenant_id, reference, feedback_type, route, complainant_role,
                                        received_on, acknowledgement_due_on)
            SELECT complaint_id::uuid, tenant_id, reference, feedback_type, route, complainant_role, received_on::date, due_on::date
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                AS r (complaint_id, tenant_id, reference, feedback_type, route, complainant_role, received_on, due_on)
            ON CONFLICT (complaint_id) DO UPDATE SET
                reference = EXCLUDED.reference,
                feedback_type = EXCLUDED.feedback_type,
                route = EXCLUDED.route,
                complainant_role = EXCLUDED.complainant_role,
                received_on = EXCLUDED.received_on,
                acknowledgement_due_on = COALESCE(EXCLUDED.acknowledgement_due_on, complaint_fact.acknowledgement_due_on)""", 1);
    private static final Upsert ACKNOWLEDGED = new Upsert("""
            INSERT INTO complaint_fact (complaint_id, tenant_id, acknowledgement_due_on, acknowledged_on)
            SELECT complaint_id::uuid, tenant_id, due_on::date, acknowledged_on::date
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS r (complaint_id, tenant_id, due_on, acknowledged_on)
            ON CONFLICT (complaint_id) DO UPDATE SET
                acknowledged_on = EXCLUDED.acknowledged_on,
                acknowledgement_due_on = COALESCE(complaint_fact.acknowledgement_due_on, EXCLUDED.acknowledgement_due_on)""", 1);
    private static final Upsert WITHDRAWN = new Upsert("""
            INSERT INTO complaint_fact (complaint_id, tenant_id, withdrawn_on, withdrawn_stage)
            SELECT complaint_id::uuid, tenant_id, withdrawn_on::date, stage::int
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS r (complaint_id, tenant_id, withdrawn_on, stage)
            ON CONFLICT (complaint_id) DO UPDATE SET withdrawn_on = EXCLUDED.withdrawn_on,
                                                     withdrawn_stage = EXCLUDED.withdrawn_stage""", 1);
    private static final Upsert CLOSED = new Upsert("""
            INSERT INTO complaint_fact (complaint_id, tenant_id, closed_on, closed_stage)
            SELECT complaint_id::uuid, tenant_id, closed_on::date, stage::int
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS r (complaint_id, tenant_id, closed_on, stage)
            ON CONFLICT (complaint_id) DO UPDATE SET closed_on = EXCLUDED.closed_on,
                                                     closed_stage = EXCLUDED.closed_stage""", 1);
    private static final Upsert SUSPENDED = new Upsert("""
            INSERT INTO complaint_fact (complaint_id, tenant_id, suspensions)
            SELECT complaint_id::uuid, tenant_id, 1
            FROM unnest(?::text[], ?::text[]) AS r (complaint_id, tenant_id)
            ON CONFLICT (complaint_id) DO UPDATE SET suspensions = complaint_fact.suspensions + 1""", 1);
    private static final Upsert RESUMED = new Upsert("""
            INSERT INTO complaint_fact (complaint_id, tenant_id, resumptions)
            SELECT complaint_id::uuid, tenant_id, 1
            FROM unnest(?::text[], ?::text[]) AS r (complaint_id, tenant_id)
            ON CONFLICT (complaint_id) DO UPDATE SET resumptions = complaint_fact.resumptions + 1""", 1);
    private static final Upsert ADVOCATE_ASSIGNED = new Upsert("""
            INSERT INTO complaint_fact (complaint_id, tenant_id, advocate_assigned_on)
            SELECT complaint_id::uuid, tenant_id, assigned_on::date
            FROM unnest(?::text[], ?::text[], ?::text[]) AS r (complaint_id, tenant_id, assigned_on)
            ON CONFLICT (complaint_id) DO UPDATE SET advocate_assigned_on =
                LEAST(complaint_fact.advocate_assigned_on, EXCLUDED.advocate_assigned_on)""", 1);
    private static final Upsert STARTED = new Upsert("""
            INSERT INTO stage_fact (complaint_id, stage, tenant_id, started_on)
            SELECT complaint_id::uuid, stage::int, tenant_id, started_on::date
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS r (complaint_id, stage, tenant_id, started_on)
            ON CONFLICT (complaint_id, stage) DO UPDATE SET started_on = EXCLUDED.started_on""", 2);
    private static final Upsert RESPONSE_DUE = new Upsert("""
            INSERT INTO stage_fact (complaint_id, stage, tenant_id, response_due_on, extended)
            SELECT complaint_id::uuid, stage::int, tenant_id, due_on::date, extended::boolean
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS r (complaint_id, stage, tenant_id, due_on, extended)
            ON CONFLICT (complaint_id, stage) DO UPDATE SET
                response_due_on = EXCLUDED.response_due_on,
                extended = stage_fact.extended OR EXCLUDED.extended""", 2);
    private static final Upsert RESPONDED = new Upsert("""
            INSERT INTO stage_fact (complaint_id, stage, tenant_id, responded_on, outcome, response_due_on)
            SELECT complaint_id::uuid, stage::int, tenant_id, responded_on::date, outcome, due_on::date
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                AS r (complaint_id, stage, tenant_id, responded_on, outcome, due_on)
            ON CONFLICT (complaint_id, stage) DO UPDATE SET
                responded_on = EXCLUDED.responded_on,
                outcome = EXCLUDED.outcome,
                response_due_on = COALESCE(stage_fact.response_due_on, EXCLUDED.response_due_on)""", 2);
    private static final Upsert REQUESTED = new Upsert("""
            INSERT INTO stage_fact (complaint_id, stage, tenant_id, requested_on, request_in_time)
            SELECT complaint_id::uuid, stage::int, tenant_id, requested_on::date, in_time::boolean
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS r (complaint_id, stage, tenant_id, requested_on, in_time)
            ON CONFLICT (complaint_id, stage) DO UPDATE SET
                requested_on = EXCLUDED.requested_on,
                request_in_time = EXCLUDED.request_in_time""", 2);
    private static final Upsert LATE_REQUEST_DECIDED = new Upsert("""
            INSERT INTO stage_fact (complaint_id, stage, tenant_id, late_request_decided_on, late_request_accepted)
            SELECT complaint_id::uuid, stage::int, tenant_id, decided_on::date, accepted::boolean
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS r (complaint_id, stage, tenant_id, decided_on, accepted)
            ON CONFLICT (complaint_id, stage) DO UPDATE SET
                late_request_decided_on = EXCLUDED.late_request_decided_on,
                late_request_accepted = EXCLUDED.late_request_accepted""", 2);
    private static final Upsert DECIDED = new Upsert("""
            INSERT INTO decision_fact (event_id, complaint_id, tenant_id, kind, decided_on, stage, accepted, whole_complaint,
                                       ground, body, procedure_ended, ombudsman_outcome)
            SELECT event_id, complaint_id::uuid, tenant_id, kind, decided_on::date, stage::int, accepted::boolean,
                   whole_complaint::boolean, ground, body, procedure_ended::boolean, ombudsman_outcome
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::text[], ?::text[], ?::text[])
                AS r (event_id, complaint_id, tenant_id, kind, decided_on, stage, accepted, whole_complaint, ground, body,
                      procedure_ended, ombudsman_outcome)
            ON CONFLICT (event_id) DO NOTHING""", 1);
    private static final Upsert STEP_DUE = new Upsert("""
            INSERT INTO step_fact (complaint_id, step, tenant_id, stage, due_on, extended)
            SELECT complaint_id::uuid, step, tenant_id, stage::int, due_on::date, extended::boolean
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                AS r (complaint_id, step, tenant_id, stage, due_on, extended)
            ON CONFLICT (complaint_id, step) DO UPDATE SET
                stage = EXCLUDED.stage,
                due_on = EXCLUDED.due_on,
                extended = step_fact.extended OR EXCLUDED.extended""", 2);
    private static final Upsert STEP_MET = new Upsert("""
            INSERT INTO step_fact (complaint_id, step, tenant_id, met_on)
            SELECT complaint_id::uuid, step, tenant_id, met_on::date
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS r (complaint_id, step, tenant_id, met_on)
            ON CONFLICT (complaint_id, step) DO UPDATE SET met_on = COALESCE(step_fact.met_on, EXCLUDED.met_on)""", 2);

    /** In a fixed order, so that a poll's statement is the same text as the last one's and stays prepared. */
    private static final List<Upsert> KINDS = List.of(RECEIVED, ACKNOWLEDGED, WITHDRAWN, CLOSED, SUSPENDED, RESUMED, ADVOCATE_ASSIGNED, STARTED, RESPONSE_DUE,
            RESPONDED, REQUESTED, LATE_REQUEST_DECIDED, DECIDED, STEP_DUE, STEP_MET);

    private final JdbcTemplate jdbc;

    public ProjectionWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Batch batch() {
        return new Batch();
    }

    private void execute(Map<Upsert, List<@Nullable String[]>> statements) {
        String sql = statements.keySet().stream().map(Upsert::sql).collect(Collectors.joining(";\n"));
        jdbc.execute((PreparedStatementCreator) connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            int parameter = 1;
            for (List<@Nullable String[]> kindRows : statements.values()) {
                for (int column = 0; column < kindRows.getFirst().length; column++) {
                    int c = column;
                    statement.setArray(parameter++, connection.createArrayOf("text", kindRows.stream().map(row -> row[c]).toArray()));
                }
            }
            return statement;
        }, PreparedStatement::execute);
    }

    /** The writes of some events, in their order; nothing reaches the database before {@link #write()}. */
    public final class Batch {

        private final Map<Upsert, List<@Nullable String[]>> rows = new HashMap<>();

        private Batch() {
        }

        public void received(ReceivedComplaint complaint) {
            add(RECEIVED, complaint.complaintId(), complaint.tenantId(), complaint.reference(), complaint.feedbackType(),
                    complaint.route(), complaint.complainantRole(), complaint.receivedOn(), complaint.acknowledgementDueOn());
        }

        /** @param acknowledgementDueOn absent where the procedure sets no acknowledgement timescale */
        public void acknowledged(String tenantId, UUID complaintId, LocalDate acknowledgedOn, @Nullable LocalDate acknowledgementDueOn) {
            add(ACKNOWLEDGED, complaintId, tenantId, acknowledgementDueOn, acknowledgedOn);
        }

        public void withdrawn(String tenantId, UUID complaintId, LocalDate withdrawnOn, int stage) {
            add(WITHDRAWN, complaintId, tenantId, withdrawnOn, stage);
        }

        public void closed(String tenantId, UUID complaintId, LocalDate closedOn, int stage) {
            add(CLOSED, complaintId, tenantId, closedOn, stage);
        }

        /** An advocate supports the complainant; the first assignment's day is kept. */
        public void advocateAssigned(String tenantId, UUID complaintId, LocalDate assignedOn) {
            add(ADVOCATE_ASSIGNED, complaintId, tenantId, assignedOn);
        }

        /** Put on hold: every running clock stops until a resumption. */
        public void suspended(String tenantId, UUID complaintId) {
            add(SUSPENDED, complaintId, tenantId);
        }

        public void resumed(String tenantId, UUID complaintId) {
            add(RESUMED, complaintId, tenantId);
        }

        /** Receipt starts Stage 1, an escalation the next stage. */
        public void started(String tenantId, UUID complaintId, int stage, LocalDate startedOn) {
            add(STARTED, complaintId, stage, tenantId, startedOn);
        }

        /** A RESPONSE due date carried by an event replaces the earlier one; an extension also marks the stage extended. */
        public void responseDue(String tenantId, UUID complaintId, int stage, LocalDate dueOn, boolean extension) {
            add(RESPONSE_DUE, complaintId, stage, tenantId, dueOn, extension);
        }

        /** @param dueOn the due date the response event carried, kept only where no earlier event carried one */
        public void responded(String tenantId, UUID complaintId, int stage, LocalDate respondedOn, String outcome,
                              @Nullable LocalDate dueOn) {
            add(RESPONDED, complaintId, stage, tenantId, respondedOn, outcome, dueOn);
        }

        public void requested(String tenantId, UUID complaintId, int toStage, LocalDate requestedOn, boolean inTime) {
            add(REQUESTED, complaintId, toStage, tenantId, requestedOn, inTime);
        }

        public void lateRequestDecided(String tenantId, UUID complaintId, int toStage, LocalDate decidedOn, boolean accepted) {
            add(LATE_REQUEST_DECIDED, complaintId, toStage, tenantId, decidedOn, accepted);
        }

        /** A late complaint accepted under the organisation's discretion, or refused (which ends it). */
        public void timeLimitDecided(String eventId, String tenantId, UUID complaintId, LocalDate decidedOn, boolean accepted) {
            add(DECIDED, eventId, complaintId, tenantId, DecisionKind.TIME_LIMIT, decidedOn, null, accepted, null, null, null,
                    null, null);
        }

        /** The whole complaint (which ends it) or a part excluded, at the stage it was at. */
        public void excluded(String eventId, String tenantId, UUID complaintId, LocalDate excludedOn, int stage, String ground,
                             boolean wholeComplaint) {
            add(DECIDED, eventId, complaintId, tenantId, DecisionKind.EXCLUSION, excludedOn, stage, null, wholeComplaint, ground,
                    null, null, null);
        }

        /** @param stage the stage the complaint had reached; @param procedureEnded its procedure had ended by then */
        public void referredToOmbudsman(String eventId, String tenantId, UUID complaintId, LocalDate referredOn, String body,
                                        int stage, boolean procedureEnded) {
            add(DECIDED, eventId, complaintId, tenantId, DecisionKind.OMBUDSMAN_REFERRAL, referredOn, stage, null, null, null,
                    body, procedureEnded, null);
        }

        public void ombudsmanDecided(String eventId, String tenantId, UUID complaintId, LocalDate decidedOn, String body,
                                     String outcome) {
            add(DECIDED, eventId, complaintId, tenantId, DecisionKind.OMBUDSMAN_OUTCOME, decidedOn, null, null, null, null,
                    body, null, outcome);
        }

        /** A step's due date carried by an event replaces the earlier one; an extension naming it marks it extended. */
        public void stepDue(String tenantId, UUID complaintId, int stage, String step, LocalDate dueOn, boolean extension) {
            add(STEP_DUE, complaintId, step, tenantId, stage, dueOn, extension);
        }

        /** The step's event arrived: its clock is met that day. */
        public void stepMet(String tenantId, UUID complaintId, String step, LocalDate metOn) {
            add(STEP_MET, complaintId, step, tenantId, metOn);
        }

        /**
         * Runs the upserts in the caller's transaction, all kinds in one round trip (pgjdbc sends the statements
         * of one prepared statement together): first each row's first write of each kind, then any second ones.
         */
        public void write() {
            List<Map<Upsert, List<@Nullable String[]>>> rounds = new ArrayList<>();
            for (Upsert upsert : KINDS) {
                List<@Nullable String[]> kindRows = rows.get(upsert);
                if (kindRows == null) {
                    continue;
                }
                List<List<@Nullable String[]>> kindRounds = rounds(upsert, kindRows);
                for (int round = 0; round < kindRounds.size(); round++) {
                    if (round == rounds.size()) {
                        rounds.add(new LinkedHashMap<>());
                    }
                    rounds.get(round).put(upsert, kindRounds.get(round));
                }
            }
            rounds.forEach(ProjectionWrites.this::execute);
            rows.clear();
        }

        /** Values as text, which the statements cast: ISO dates, UUIDs, numbers and booleans all read back exactly. */
        private void add(Upsert upsert, @Nullable Object... values) {
            @Nullable String[] row = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                row[i] = values[i] == null ? null : values[i].toString();
            }
            rows.computeIfAbsent(upsert, any -> new ArrayList<>()).add(row);
        }

        /** The kind's rows split so that none touches its key twice in one statement, each key's writes in order. */
        private static List<List<@Nullable String[]>> rounds(Upsert upsert, List<@Nullable String[]> kindRows) {
            Map<List<@Nullable String>, Integer> writesOfKey = new HashMap<>();
            List<List<@Nullable String[]>> rounds = new ArrayList<>();
            for (@Nullable String[] row : kindRows) {
                int round = writesOfKey.merge(Arrays.asList(row).subList(0, upsert.keyColumns()), 1, Integer::sum) - 1;
                if (round == rounds.size()) {
                    rounds.add(new ArrayList<>());
                }
                rounds.get(round).add(row);
            }
            return rounds;
        }
    }
}
