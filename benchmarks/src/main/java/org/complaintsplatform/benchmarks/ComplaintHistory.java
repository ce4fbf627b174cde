package org.complaintsplatform.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.complaintsplatform.contracts.ComplainantRole;
import org.complaintsplatform.contracts.EventType;
import org.complaintsplatform.contracts.FeedbackType;
import org.complaintsplatform.contracts.IntegrationEvent;
import org.complaintsplatform.contracts.Route;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.complaint.ComplaintAcknowledged;
import org.complaintsplatform.contracts.complaint.ComplaintClosed;
import org.complaintsplatform.contracts.complaint.ComplaintEscalated;
import org.complaintsplatform.contracts.complaint.ComplaintReceived;
import org.complaintsplatform.contracts.complaint.ComplaintWithdrawn;
import org.complaintsplatform.contracts.complaint.DueDate;
import org.complaintsplatform.contracts.complaint.EscalationRequested;
import org.complaintsplatform.contracts.complaint.ExtensionCondition;
import org.complaintsplatform.contracts.complaint.ExternalBody;
import org.complaintsplatform.contracts.complaint.Finding;
import org.complaintsplatform.contracts.complaint.InvestigationReportSubmitted;
import org.complaintsplatform.contracts.complaint.InvestigatorRole;
import org.complaintsplatform.contracts.complaint.LateEscalationDecided;
import org.complaintsplatform.contracts.complaint.OmbudsmanOutcome;
import org.complaintsplatform.contracts.complaint.OmbudsmanOutcomeRecorded;
import org.complaintsplatform.contracts.complaint.Outcome;
import org.complaintsplatform.contracts.complaint.ReferredToOmbudsman;
import org.complaintsplatform.contracts.complaint.ReportKind;
import org.complaintsplatform.contracts.complaint.StageExtended;
import org.complaintsplatform.contracts.complaint.StageResponded;
import org.complaintsplatform.contracts.complaint.Strictness;
import org.complaintsplatform.contracts.complaint.TimeLimitDecided;
import org.complaintsplatform.contracts.deadline.DeadlineMet;
import org.complaintsplatform.contracts.deadline.DeadlineMissed;
import org.complaintsplatform.contracts.deadline.DeadlineSet;
import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.procedures.Tenant;
import org.complaintsplatform.procedures.WorkingDayCalendar;
import org.jspecify.annotations.Nullable;

/**
 * Seeded complaint lifecycles of the platform's five tenants over two financial years from April 2025, with
 * the events workflow-service and deadline-service would publish for them, handed out in time order as on
 * the real topics (a complaint's events are spread among everyone else's). Lifecycles: every representation
 * is received and (mostly) acknowledged; complaints are extended, responded to on time or late, escalated up
 * to Stage 3, refused or granted a late escalation, withdrawn, left open or closed; one complaint in twenty is
 * a late one accepted under the time limit, Stage 2 has an investigation report with its own due date, and one
 * closed complaint in ten goes to the Ombudsman, who decides. The same seed and size give the same events and
 * CloudEvent ids.
 */
final class ComplaintHistory {

    /** An event to publish, with its CloudEvent id and source. */
    record Published(IntegrationEvent event, String ceId, String source) {

        String topic() {
            return EventType.of(event).topic();
        }
    }

    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 4, 1);
    private static final int DAYS = 730;
    /** Complaint-topic events per lifecycle, on average: spreads the requested size over the two years. */
    private static final double EVENTS_PER_LIFECYCLE = 4.5;
    /** These tenants' procedures set no acknowledgement timescale. */
    private static final Set<String> WITHOUT_ACK_TIMESCALE = Set.of("herefordshire", "bcp");
    private static final String RESPONSE = "RESPONSE";
    private static final String ACKNOWLEDGEMENT = "ACKNOWLEDGEMENT";
    private static final String INVESTIGATION_REPORT = "INVESTIGATION_REPORT";
    private static final ComplainantRole[] ROLES = ComplainantRole.values();

    private record Timed(Instant at, long sequence, Published published) {
    }

    private final Procedures procedures;
    private final List<Tenant> tenants;
    private final Random random;
    private final PriorityQueue<Timed> pending =
            new PriorityQueue<>(Comparator.comparing(Timed::at).thenComparingLong(Timed::sequence));
    private long sequence;
    private long complaintEvents;
    private long deadlineEvents;
    private long lifecycles;

    ComplaintHistory(Procedures procedures, long seed) {
        this.procedures = procedures;
        this.tenants = procedures.tenants();
        this.random = new Random(seed);
    }

    /**
     * Hands {@code sink} whole lifecycles in time order until at least {@code complaintTopicEvents} events
     * for the complaint topic have been made; only the lifecycles in flight are held in memory.
     */
    void publish(long complaintTopicEvents, Consumer<Published> sink) {
        double perDay = Math.max(1, complaintTopicEvents / EVENTS_PER_LIFECYCLE / DAYS);
        for (long k = 0; complaintEvents < complaintTopicEvents; k++) {
            LocalDate receivedOn = FIRST_DAY.plusDays((long) (k / perDay));
            // no lifecycle starting on or after this day can have an earlier event
            Instant horizon = receivedOn.atStartOfDay().toInstant(ZoneOffset.UTC);
            while (!pending.isEmpty() && pending.peek().at().isBefore(horizon)) {
                sink.accept(pending.poll().published());
            }
            lifecycle(k, tenants.get((int) (k % tenants.size())), receivedOn);
        }
        while (!pending.isEmpty()) {
            sink.accept(pending.poll().published());
        }
    }

    long deadlineEvents() {
        return deadlineEvents;
    }

    long lifecycles() {
        return lifecycles;
    }

    int tenants() {
        return tenants.size();
    }

    private final class Lifecycle {
        final Tenant tenant;
        final UUID id;
        final WorkingDayCalendar calendar;
        /** Orders a complaint's events that fall on the same day. */
        int step;

        Lifecycle(Tenant tenant, UUID id) {
            this.tenant = tenant;
            this.id = id;
            this.calendar = procedures.calendar(tenant);
        }

        Instant at(LocalDate day) {
            return day.atTime(9, 0).toInstant(ZoneOffset.UTC).plusSeconds(step);
        }

        void add(IntegrationEvent event, String source) {
            step++;
            String ceId = UUID.nameUUIDFromBytes((id + ":" + step).getBytes(StandardCharsets.UTF_8)).toString();
            Published published = new Published(event, ceId, source);
            if (published.topic().equals(Topics.COMPLAINT_EVENTS)) {
                complaintEvents++;
            } else {
                deadlineEvents++;
            }
            pending.add(new Timed(event.occurredAt(), sequence++, published));
        }

        void workflow(IntegrationEvent event) {
            add(event, "/workflow-service");
        }

        /** One of {@code parts} shares, by the complaint's id: the same for the same complaint in every run. */
        int share(int parts) {
            return Math.floorMod(id.hashCode(), parts);
        }

        /** A stable id for something of this complaint: a deadline, a letter. */
        UUID derived(String what) {
            return UUID.nameUUIDFromBytes((id + ":" + what).getBytes(StandardCharsets.UTF_8));
        }

        void deadlineSet(LocalDate on, DueDate due) {
            add(new DeadlineSet(tenant.id(), id, at(on), derived(due.stage() + ":" + due.step()), due.stage(), due.step(),
                    due.strictness(), due.rule(), due.dueOn()), "/deadline-service");
        }

        /** Met on {@code doneOn}, or missed the day after its due date. */
        void deadlineOutcome(DueDate due, LocalDate doneOn) {
            UUID deadlineId = derived(due.stage() + ":" + due.step());
            if (doneOn.isAfter(due.dueOn())) {
                add(new DeadlineMissed(tenant.id(), id, at(due.dueOn().plusDays(1)), deadlineId, due.stage(), due.step(),
                        due.strictness(), due.rule(), due.dueOn()), "/deadline-service");
            } else {
                add(new DeadlineMet(tenant.id(), id, at(doneOn), deadlineId, due.stage(), due.step(), due.strictness(),
                        due.rule(), due.dueOn(), doneOn), "/deadline-service");
            }
        }

        DueDate due(int stage, String kind, LocalDate from, int workingDays) {
            return new DueDate(stage, kind, calendar.addWorkingDays(from, workingDays), Strictness.LIMIT,
                    tenant.profileId() + "-v" + tenant.profileVersion() + "#stages[" + stage + "].deadlines." + kind);
        }
    }

    private void lifecycle(long k, Tenant tenant, LocalDate receivedOn) {
        lifecycles++;
        Lifecycle c = new Lifecycle(tenant, UUID.nameUUIDFromBytes((tenant.id() + ":" + k).getBytes(StandardCharsets.UTF_8)));
        int kind = random.nextInt(100);
        FeedbackType type = kind < 70 ? FeedbackType.COMPLAINT : kind < 80 ? FeedbackType.COMPLIMENT
                : kind < 90 ? FeedbackType.ENQUIRY : kind < 95 ? FeedbackType.COMMENT : FeedbackType.MP_COUNCILLOR_ENQUIRY;
        boolean complaint = type == FeedbackType.COMPLAINT;
        boolean acknowledged = type != FeedbackType.MP_COUNCILLOR_ENQUIRY;
        DueDate ackDue = acknowledged && !WITHOUT_ACK_TIMESCALE.contains(tenant.id())
                ? c.due(1, ACKNOWLEDGEMENT, receivedOn, 3) : null;
        DueDate stageOneDue = complaint ? c.due(1, RESPONSE, receivedOn, 20) : null;
        c.workflow(new ComplaintReceived(tenant.id(), c.id, c.at(receivedOn),
                tenant.referencePrefix() + "-" + receivedOn.getYear() + "-" + String.format("%06d", k), receivedOn, type,
                random.nextBoolean() ? Route.STATUTORY : Route.CORPORATE, ROLES[random.nextInt(ROLES.length)], false,
                acknowledged, tenant.profileId(), tenant.profileVersion(), ackDue == null ? null : ackDue.dueOn(),
                stageOneDue == null ? List.of() : List.of(stageOneDue), false));
        if (ackDue != null) {
            c.deadlineSet(receivedOn, ackDue);
        }
        if (stageOneDue != null) {
            c.deadlineSet(receivedOn, stageOneDue);
        }
        LocalDate last = receivedOn;
        if (acknowledged && random.nextInt(100) < 95) {
            // mostly within the three working days, one in ten late
            LocalDate on = c.calendar.addWorkingDays(receivedOn, random.nextInt(10) == 0 ? 4 + random.nextInt(3) : 1 + random.nextInt(3));
            c.workflow(new ComplaintAcknowledged(tenant.id(), c.id, c.at(on), on, ackDue == null ? null : ackDue.dueOn(),
                    c.derived("acknowledgement-letter")));
            if (ackDue != null) {
                c.deadlineOutcome(ackDue, on);
            }
            last = on;
        }
        if (!complaint) {
            LocalDate closedOn = c.calendar.addWorkingDays(last, 5);
            c.workflow(new ComplaintClosed(tenant.id(), c.id, c.at(closedOn), closedOn, 1, List.of()));
            return;
        }
        // chosen by the complaint's id, not the seeded random, so the other decisions stay as they were
        if (c.share(20) == 0) {
            LocalDate decidedOn = c.calendar.addWorkingDays(receivedOn, 1);
            c.workflow(new TimeLimitDecided(tenant.id(), c.id, c.at(decidedOn), decidedOn, true, "COMPLAINTS_MANAGER", true,
                    tenant.profileId() + "-v" + tenant.profileVersion() + "#eligibility.timeLimit"));
        }
        stages(c, receivedOn, stageOneDue, null);
    }

    /**
     * Stage 1 from receipt, then escalations while the complainant asks and the route allows.
     *
     * @param reportDue Stage 2's investigation report clock
     */
    private void stages(Lifecycle c, LocalDate startedOn, DueDate due, @Nullable DueDate reportDue) {
        int stage = due.stage();
        int path = random.nextInt(100);
        if (path < 8) {
            LocalDate withdrawnOn = c.calendar.addWorkingDays(startedOn, 5);
            c.workflow(new ComplaintWithdrawn(c.tenant.id(), c.id, c.at(withdrawnOn), withdrawnOn, stage));
            return;
        }
        if (path < 15) {
            return; // awaiting its response: open
        }
        int days = stage == 2 ? 25 : 20;
        if (stage == 1 && path < 30) {
            LocalDate extendedOn = c.calendar.addWorkingDays(startedOn, 15);
            due = c.due(stage, RESPONSE, startedOn, 30);
            c.workflow(new StageExtended(c.tenant.id(), c.id, c.at(extendedOn), stage, ExtensionCondition.AGREED_WITH_COMPLAINANT, due));
            days = 30;
        }
        // three in four responses within the timescale
        int taken = random.nextInt(4) == 0 ? days + 1 + random.nextInt(8) : days - 10 + random.nextInt(11);
        LocalDate respondedOn = c.calendar.addWorkingDays(startedOn, taken);
        if (reportDue != null) {
            // due on day 15, in on days 10 to 17 and always before the response
            LocalDate reportOn = c.calendar.addWorkingDays(startedOn, Math.min(taken - 1, 10 + c.share(8)));
            c.workflow(new InvestigationReportSubmitted(c.tenant.id(), c.id, c.at(reportOn), reportOn, ReportKind.FINAL,
                    InvestigatorRole.INVESTIGATING_OFFICER, List.of(), List.of(INVESTIGATION_REPORT)));
            c.deadlineOutcome(reportDue, reportOn);
        }
        List<Finding> findings = findings();
        c.workflow(new StageResponded(c.tenant.id(), c.id, c.at(respondedOn), respondedOn, stage, findings, due.dueOn(), null));
        c.deadlineOutcome(due, respondedOn);

        boolean mayEscalate = stage == 1 || stage == 2 && random.nextBoolean();
        int next = random.nextInt(100);
        LocalDate escalatedOn = null;
        if (mayEscalate && next < 25) {
            escalatedOn = c.calendar.addWorkingDays(respondedOn, 5);
            c.workflow(new EscalationRequested(c.tenant.id(), c.id, c.at(escalatedOn), escalatedOn, stage + 1,
                    respondedOn.plusDays(20), true));
        } else if (mayEscalate && next < 30) {
            LocalDate requestedOn = respondedOn.plusDays(30);
            LocalDate decidedOn = c.calendar.addWorkingDays(requestedOn, 2);
            boolean accepted = random.nextBoolean();
            c.workflow(new EscalationRequested(c.tenant.id(), c.id, c.at(requestedOn), requestedOn, stage + 1,
                    respondedOn.plusDays(20), false));
            c.workflow(new LateEscalationDecided(c.tenant.id(), c.id, c.at(decidedOn), stage + 1, accepted));
            if (accepted) {
                escalatedOn = decidedOn;
            } else {
                close(c, decidedOn, stage, findings);
                return;
            }
        } else if (next < 35) {
            return; // within the window for asking: open
        }
        if (escalatedOn == null) {
            close(c, c.calendar.addWorkingDays(respondedOn, 1), stage, findings);
            return;
        }
        DueDate nextDue = c.due(stage + 1, RESPONSE, escalatedOn, stage + 1 == 2 ? 25 : 20);
        DueDate nextReportDue = stage + 1 == 2 ? c.due(2, INVESTIGATION_REPORT, escalatedOn, 15) : null;
        c.workflow(new ComplaintEscalated(c.tenant.id(), c.id, c.at(escalatedOn), escalatedOn, stage, stage + 1,
                nextReportDue == null ? List.of(nextDue) : List.of(nextDue, nextReportDue)));
        c.deadlineSet(escalatedOn, nextDue);
        if (nextReportDue != null) {
            c.deadlineSet(escalatedOn, nextReportDue);
        }
        stages(c, escalatedOn, nextDue, nextReportDue);
    }

    private void close(Lifecycle c, LocalDate on, int stage, List<Finding> findings) {
        c.workflow(new ComplaintClosed(c.tenant.id(), c.id, c.at(on), on, stage, findings));
        if (c.share(10) == 0) {
            LocalDate referredOn = c.calendar.addWorkingDays(on, 20);
            LocalDate decidedOn = c.calendar.addWorkingDays(referredOn, 40);
            c.workflow(new ReferredToOmbudsman(c.tenant.id(), c.id, c.at(referredOn), referredOn, ExternalBody.LGSCO, stage, true));
            c.workflow(new OmbudsmanOutcomeRecorded(c.tenant.id(), c.id, c.at(decidedOn), decidedOn, ExternalBody.LGSCO,
                    OmbudsmanOutcome.values()[c.share(OmbudsmanOutcome.values().length)]));
        }
    }

    private List<Finding> findings() {
        int points = 1 + random.nextInt(3);
        List<Finding> findings = new ArrayList<>();
        for (int point = 1; point <= points; point++) {
            findings.add(new Finding(point, Outcome.values()[random.nextInt(Outcome.values().length)]));
        }
        return findings;
    }
}
