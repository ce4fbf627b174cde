package org.complaintsplatform.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import org.complaintsplatform.contracts.ComplainantRole;
import org.complaintsplatform.contracts.FeedbackType;
import org.complaintsplatform.contracts.IntegrationEvent;
import org.complaintsplatform.contracts.Route;
import org.complaintsplatform.contracts.complaint.AdvocateAssigned;
import org.complaintsplatform.contracts.complaint.ComplaintAcknowledged;
import org.complaintsplatform.contracts.complaint.ComplaintClosed;
import org.complaintsplatform.contracts.complaint.ComplaintEscalated;
import org.complaintsplatform.contracts.complaint.ComplaintExcluded;
import org.complaintsplatform.contracts.complaint.ComplaintReceived;
import org.complaintsplatform.contracts.complaint.ComplaintResumed;
import org.complaintsplatform.contracts.complaint.ComplaintSuspended;
import org.complaintsplatform.contracts.complaint.ComplaintWithdrawn;
import org.complaintsplatform.contracts.complaint.DueDate;
import org.complaintsplatform.contracts.complaint.EscalationRequested;
import org.complaintsplatform.contracts.complaint.ExclusionEffect;
import org.complaintsplatform.contracts.complaint.ExclusionGround;
import org.complaintsplatform.contracts.complaint.ExtensionCondition;
import org.complaintsplatform.contracts.complaint.ExternalBody;
import org.complaintsplatform.contracts.complaint.Finding;
import org.complaintsplatform.contracts.complaint.FollowUpDone;
import org.complaintsplatform.contracts.complaint.FollowUpScheduled;
import org.complaintsplatform.contracts.complaint.InvestigationReportSubmitted;
import org.complaintsplatform.contracts.complaint.InvestigatorRole;
import org.complaintsplatform.contracts.complaint.LateEscalationDecided;
import org.complaintsplatform.contracts.complaint.OmbudsmanOutcome;
import org.complaintsplatform.contracts.complaint.OmbudsmanOutcomeRecorded;
import org.complaintsplatform.contracts.complaint.Outcome;
import org.complaintsplatform.contracts.complaint.PanelConvened;
import org.complaintsplatform.contracts.complaint.PanelFindingsIssued;
import org.complaintsplatform.contracts.complaint.PanelHeld;
import org.complaintsplatform.contracts.complaint.PanelMember;
import org.complaintsplatform.contracts.complaint.PausedDueDate;
import org.complaintsplatform.contracts.complaint.ReferredToOmbudsman;
import org.complaintsplatform.contracts.complaint.ReportKind;
import org.complaintsplatform.contracts.complaint.StageExtended;
import org.complaintsplatform.contracts.complaint.StageResponded;
import org.complaintsplatform.contracts.complaint.Strictness;
import org.complaintsplatform.contracts.complaint.SuspensionGround;
import org.complaintsplatform.contracts.complaint.TimeLimitDecided;
import org.complaintsplatform.procedures.WorkingDayCalendar;
import org.jspecify.annotations.Nullable;

/**
 * A seeded history of representations over financial years 2025-26 and 2026-27, with the outcome of every
 * case decided here (the ground truth), and the events workflow-service would publish for it. Every tenant
 * receives exactly 16 representations a quarter: k = 0..15, types by {@code k % 8} (0-4 complaint, 5
 * compliment, 6 enquiry, 7 comment), so a quarter has 10 complaints and a year 40. What happens to each
 * complaint follows {@code (k + quarter) % 6} with working-day offsets from the seeded random, except for the
 * decisions below, which follow k and the quarter alone so that their counts can be worked out by hand:
 * <ul>
 *   <li>k = 3 in even quarters (0, 2, 4, 6) is made after the time limit and refused 3 working days after receipt,
 *       k = 11 in odd quarters is excluded as a whole (legal proceedings) 3 working days after receipt: both end there;
 *   <li>k = 4 and k = 12 are made after the time limit and accepted 1 working day after receipt;
 *   <li>k = 9 has a part excluded (criminal proceedings) 2 working days after receipt, the rest going on;
 *   <li>k = 0 is referred to the Ombudsman 7 working days into the next quarter (Ofsted in quarters 1 and 5, the LGSCO
 *       otherwise), decided 20 working days later: upheld, not upheld, closed after initial enquiries, referred back
 *       by {@code quarter % 4}; one referred back is referred to the LGSCO again 10 working days later, undecided.
 * </ul>
 * All of these but the referrals fall in the quarter of receipt (at most 79 days in, plus a week). Stage 2 has an
 * investigation report and Stage 3 a panel (held, findings) with their own due dates, and a complaint closed after
 * Stage 2 or 3 a learning meeting a month after its last response; see {@code investigationReport}, {@code panel}
 * and {@code learningMeeting} for their timeliness.
 */
final class SeededHistory {

    static final List<String> TENANTS = List.of("core-assets", "telford-wrekin", "herefordshire");
    /** This tenant's procedure sets no acknowledgement timescale: acknowledgements carry no due date. */
    static final String WITHOUT_ACK_TIMESCALE = "herefordshire";
    static final int FIRST_YEAR = 2025;
    static final int QUARTERS = 8;
    static final int PER_QUARTER = 16;
    static final int STAGE_1_DAYS = 20;
    static final int STAGE_1_EXTENDED_DAYS = 30;
    static final int STAGE_2_DAYS = 25;
    static final int STAGE_3_DAYS = 20;
    static final String INVESTIGATION_REPORT = "INVESTIGATION_REPORT";
    static final String PANEL_HELD = "PANEL_HELD";
    static final String PANEL_FINDINGS = "PANEL_FINDINGS";
    static final int REPORT_DAYS = 15;
    static final int REPORT_EXTENDED_DAYS = 20;
    static final int PANEL_DAYS = 10;
    static final int FINDINGS_DAYS = 2;

    enum Ack { ON_TIME, LATE, NONE, WITHOUT_TIMESCALE }

    enum Timeliness { WITHIN, WITHIN_EXTENDED, LATE }

    /** The truth about one step within a stage: when it was due and met, and how many working days late. */
    record StepCase(String step, LocalDate dueOn, boolean extended, LocalDate metOn, Timeliness timeliness, int workingDaysLate) {
    }

    /** The truth about one stage of one complaint. */
    static final class StageCase {
        final int stage;
        final LocalDate startedOn;
        @Nullable Timeliness timeliness;
        @Nullable Integer workingDays;
        @Nullable LocalDate respondedOn;
        @Nullable String outcome;
        @Nullable LocalDate requestedOn;
        @Nullable Boolean inTime;
        final List<StepCase> steps = new ArrayList<>();

        StageCase(int stage, LocalDate startedOn) {
            this.stage = stage;
            this.startedOn = startedOn;
        }
    }

    /** An exclusion of the whole complaint or a part. */
    record Exclusion(LocalDate on, int stage, String ground, boolean whole) {
    }

    /** A referral to the Ombudsman (or another body) and, once decided, its outcome. */
    record Referral(LocalDate referredOn, String body, int stage, boolean procedureEnded, @Nullable LocalDate decidedOn,
                    @Nullable String outcome) {
    }

    /** A late request, decided by the complaints manager. */
    record LateDecision(int toStage, LocalDate requestedOn, LocalDate decidedOn, boolean accepted) {
    }

    /** The truth about one representation. */
    static final class Case {
        final String tenant;
        final UUID id;
        final String type;
        final String route;
        final String role;
        final LocalDate receivedOn;
        final Ack ack;
        final List<StageCase> stages = new ArrayList<>();
        @Nullable LateDecision lateDecision;
        @Nullable LocalDate withdrawnOn;
        @Nullable Integer withdrawnStage;
        @Nullable LocalDate closedOn;
        @Nullable LocalDate advocateAssignedOn;
        @Nullable LocalDate timeLimitDecidedOn;
        @Nullable Boolean timeLimitAccepted;
        final List<Exclusion> exclusions = new ArrayList<>();
        /** Refused under the time limit or excluded as a whole: ended without a response. */
        @Nullable LocalDate endedOn;
        final List<Referral> referrals = new ArrayList<>();

        Case(String tenant, UUID id, String type, String route, String role, LocalDate receivedOn, Ack ack) {
            this.tenant = tenant;
            this.id = id;
            this.type = type;
            this.route = route;
            this.role = role;
            this.receivedOn = receivedOn;
            this.ack = ack;
        }

        boolean isComplaint() {
            return type.equals("COMPLAINT");
        }
    }

    private static final FeedbackType[] OTHER_TYPES = {FeedbackType.COMPLIMENT, FeedbackType.ENQUIRY, FeedbackType.COMMENT};
    private static final ComplainantRole[] ROLES = {ComplainantRole.PARENT, ComplainantRole.CHILD,
            ComplainantRole.FOSTER_CARER, ComplainantRole.ADVOCATE, ComplainantRole.OTHER};

    final List<Case> cases = new ArrayList<>();
    final List<IntegrationEvent> events = new ArrayList<>();
    private final WorkingDayCalendar calendar;
    private final Random random;

    SeededHistory(WorkingDayCalendar calendar, long seed) {
        this.calendar = calendar;
        this.random = new Random(seed);
        for (String tenant : TENANTS) {
            for (int quarter = 0; quarter < QUARTERS; quarter++) {
                LocalDate quarterStart = LocalDate.of(FIRST_YEAR, 4, 1).plusMonths(3L * quarter);
                for (int k = 0; k < PER_QUARTER; k++) {
                    // at most 15 * 5 + 4 = 79 days after the quarter's first day: always inside it
                    LocalDate receivedOn = quarterStart.plusDays(5L * k + random.nextInt(5));
                    generate(tenant, quarter, k, receivedOn);
                }
            }
        }
    }

    private void generate(String tenant, int quarter, int k, LocalDate receivedOn) {
        UUID id = UUID.nameUUIDFromBytes((tenant + ":" + quarter + ":" + k).getBytes());
        boolean complaint = k % 8 < 5;
        FeedbackType type = complaint ? FeedbackType.COMPLAINT : OTHER_TYPES[k % 8 - 5];
        Route route = k % 2 == 0 ? Route.STATUTORY : Route.CORPORATE;
        ComplainantRole role = ROLES[k % ROLES.length];
        Ack ack = tenant.equals(WITHOUT_ACK_TIMESCALE) ? (k % 4 == 3 ? Ack.NONE : Ack.WITHOUT_TIMESCALE)
                : switch (k % 4) {
                    case 0, 1 -> Ack.ON_TIME;
                    case 2 -> Ack.LATE;
                    default -> Ack.NONE;
                };
        Case c = new Case(tenant, id, type.name(), route.name(), role.name(), receivedOn, ack);
        cases.add(c);

        LocalDate ackDue = tenant.equals(WITHOUT_ACK_TIMESCALE) ? null : calendar.addWorkingDays(receivedOn, 3);
        List<DueDate> deadlines = new ArrayList<>();
        LocalDate stage1Due = calendar.addWorkingDays(receivedOn, STAGE_1_DAYS);
        if (complaint) {
            deadlines.add(response(1, stage1Due));
            c.stages.add(new StageCase(1, receivedOn));
        }
        events.add(new ComplaintReceived(tenant, id, at(receivedOn), "REF-" + id, receivedOn, type, route, role, false,
                true, tenant, 1, ackDue, deadlines, false));
        switch (ack) {
            case ON_TIME -> acknowledged(c, calendar.addWorkingDays(receivedOn, 1 + (k % 2) * 2), ackDue);
            case LATE -> acknowledged(c, calendar.addWorkingDays(receivedOn, 3).plusDays(2), ackDue);
            case WITHOUT_TIMESCALE -> acknowledged(c, receivedOn.plusDays(1), null);
            case NONE -> { }
        }
        if (complaint && k % 8 == 2) {
            // k = 2 and 10: an advocate from the next working day, in the quarter of receipt
            LocalDate assignedOn = calendar.addWorkingDays(receivedOn, 1);
            events.add(new AdvocateAssigned(tenant, id, at(assignedOn), assignedOn, "advocacy-provider", List.of()));
            c.advocateAssignedOn = assignedOn;
        }
        if (complaint) {
            if (!eligibilityDecisions(c, k, quarter)) {
                stageOne(c, k, (k + quarter) % 6, stage1Due);
            }
            if (k == 0) {
                referToOmbudsman(c, quarter);
            }
        }
    }

    /** @return whether a decision ended the complaint */
    private boolean eligibilityDecisions(Case c, int k, int quarter) {
        if (k == 3 && quarter % 2 == 0) {
            timeLimit(c, calendar.addWorkingDays(c.receivedOn, 3), false);
            return true;
        }
        if (k == 11 && quarter % 2 == 1) {
            exclude(c, calendar.addWorkingDays(c.receivedOn, 3), ExclusionGround.LEGAL_PROCEEDINGS, ExclusionEffect.MAY_RESUBMIT_AFTERWARDS, true);
            return true;
        }
        if (k == 4 || k == 12) {
            timeLimit(c, calendar.addWorkingDays(c.receivedOn, 1), true);
        }
        if (k == 9) {
            exclude(c, calendar.addWorkingDays(c.receivedOn, 2), ExclusionGround.CRIMINAL_PROCEEDINGS, ExclusionEffect.NOT_CONSIDERED, false);
        }
        return false;
    }

    private void timeLimit(Case c, LocalDate on, boolean accepted) {
        events.add(new TimeLimitDecided(c.tenant, c.id, at(on), on, accepted, "COMPLAINTS_MANAGER", true, "test-v1#eligibility.timeLimit"));
        c.timeLimitDecidedOn = on;
        c.timeLimitAccepted = accepted;
        if (!accepted) {
            c.endedOn = on;
        }
    }

    private void exclude(Case c, LocalDate on, ExclusionGround ground, ExclusionEffect effect, boolean whole) {
        events.add(new ComplaintExcluded(c.tenant, c.id, at(on), on, 1, ground, effect, whole,
                "test-v1#exclusions.grounds[" + ground + "]"));
        c.exclusions.add(new Exclusion(on, 1, ground.name(), whole));
        if (whole) {
            c.endedOn = on;
        }
    }

    /** After everything else the complaint went through, so that the referral says truly how far it had got by then. */
    private void referToOmbudsman(Case c, int quarter) {
        LocalDate referredOn = calendar.addWorkingDays(LocalDate.of(FIRST_YEAR, 4, 1).plusMonths(3L * (quarter + 1)), 7);
        OmbudsmanOutcome outcome = OmbudsmanOutcome.values()[quarter % 4];
        LocalDate decidedOn = calendar.addWorkingDays(referredOn, 20);
        refer(c, referredOn, quarter % 4 == 1 ? ExternalBody.OFSTED : ExternalBody.LGSCO, decidedOn, outcome);
        if (outcome == OmbudsmanOutcome.REFERRED_BACK_FOR_LOCAL_RESOLUTION) {
            refer(c, calendar.addWorkingDays(decidedOn, 10), ExternalBody.LGSCO, null, null);
        }
    }

    private void refer(Case c, LocalDate on, ExternalBody body, @Nullable LocalDate decidedOn, @Nullable OmbudsmanOutcome outcome) {
        int stage = (int) c.stages.stream().filter(sc -> !sc.startedOn.isAfter(on)).count();
        boolean ended = Stream.of(c.closedOn, c.withdrawnOn, c.endedOn).anyMatch(day -> day != null && !day.isAfter(on));
        events.add(new ReferredToOmbudsman(c.tenant, c.id, at(on), on, body, stage, ended));
        c.referrals.add(new Referral(on, body.name(), stage, ended, decidedOn, outcome == null ? null : outcome.name()));
        if (decidedOn != null && outcome != null) {
            events.add(new OmbudsmanOutcomeRecorded(c.tenant, c.id, at(decidedOn), decidedOn, body, outcome));
        }
    }

    private void acknowledged(Case c, LocalDate on, @Nullable LocalDate dueOn) {
        events.add(new ComplaintAcknowledged(c.tenant, c.id, at(on), on, dueOn, UUID.nameUUIDFromBytes((c.id + ":ack").getBytes())));
    }

    private void stageOne(Case c, int k, int path, LocalDate due) {
        StageCase stage = c.stages.getFirst();
        LocalDate day0 = c.receivedOn;
        switch (path) {
            case 0 -> {
                if (k % 7 == 3) {
                    // on hold for seven working days: the resumed due date moves by as many, and the response meets it
                    LocalDate suspendedOn = calendar.addWorkingDays(day0, 2);
                    events.add(new ComplaintSuspended(c.tenant, c.id, at(suspendedOn), suspendedOn,
                            SuspensionGround.POLICE_INVESTIGATION, List.of(new PausedDueDate(response(1, due), STAGE_1_DAYS - 2))));
                    LocalDate resumedOn = calendar.addWorkingDays(suspendedOn, 7);
                    LocalDate resumedDue = calendar.addWorkingDays(day0, STAGE_1_DAYS + 7);
                    events.add(new ComplaintResumed(c.tenant, c.id, at(resumedOn), resumedOn, List.of(response(1, resumedDue))));
                    respond(c, stage, STAGE_1_DAYS + 3, Timeliness.WITHIN, resumedDue, k);
                } else {
                    respond(c, stage, 10 + random.nextInt(STAGE_1_DAYS - 9), Timeliness.WITHIN, due, k);
                }
            }
            case 1 -> {
                LocalDate extended = extend(c, 1, day0, STAGE_1_EXTENDED_DAYS);
                respond(c, stage, STAGE_1_DAYS + 1 + random.nextInt(STAGE_1_EXTENDED_DAYS - STAGE_1_DAYS), Timeliness.WITHIN_EXTENDED,
                        extended, k);
            }
            case 2 -> respond(c, stage, STAGE_1_DAYS + 1 + random.nextInt(5), Timeliness.LATE, due, k);
            case 3 -> {
                LocalDate extended = extend(c, 1, day0, STAGE_1_EXTENDED_DAYS);
                respond(c, stage, STAGE_1_EXTENDED_DAYS + 1 + random.nextInt(3), Timeliness.LATE, extended, k);
            }
            case 4 -> {
                LocalDate withdrawnOn = calendar.addWorkingDays(day0, 5);
                events.add(new ComplaintWithdrawn(c.tenant, c.id, at(withdrawnOn), withdrawnOn, 1));
                c.withdrawnOn = withdrawnOn;
                c.withdrawnStage = 1;
                return;
            }
            default -> {
                return; // still waiting for its response: open
            }
        }
        afterResponse(c, k, stage);
    }

    /** After a response: escalate in time, ask late (accepted or refused), stay open in the request window, or close. */
    private void afterResponse(Case c, int k, StageCase responded) {
        int next = responded.stage + 1;
        LocalDate respondedOn = responded.respondedOn;
        // Stage 3 only for statutory complaints, every fourth one that finished Stage 2; nothing after Stage 3
        int choice = next == 2 ? k % 5 : next == 3 && c.route.equals("STATUTORY") && k % 4 == 0 ? 0 : 4;
        if (choice == 0) {
            LocalDate requestedOn = calendar.addWorkingDays(respondedOn, 5);
            events.add(new EscalationRequested(c.tenant, c.id, at(requestedOn), requestedOn, next, respondedOn.plusDays(20), true));
            escalate(c, k, responded, requestedOn, true);
        } else if (choice == 1) {
            LocalDate requestedOn = respondedOn.plusDays(30);
            LocalDate decidedOn = calendar.addWorkingDays(requestedOn, 2);
            boolean accepted = c.receivedOn.getMonthValue() % 2 == 1;
            events.add(new EscalationRequested(c.tenant, c.id, at(requestedOn), requestedOn, next, respondedOn.plusDays(20), false));
            events.add(new LateEscalationDecided(c.tenant, c.id, at(decidedOn), next, accepted));
            c.lateDecision = new LateDecision(next, requestedOn, decidedOn, accepted);
            if (accepted) {
                escalate(c, k, responded, decidedOn, false);
            } else {
                close(c, responded, decidedOn);
            }
        } else if (choice == 2) {
            return; // the request window is open: the complaint stays open
        } else {
            close(c, responded, calendar.addWorkingDays(respondedOn, 1));
        }
    }

    private void escalate(Case c, int k, StageCase from, LocalDate on, boolean inTime) {
        int to = from.stage + 1;
        StageCase stage = new StageCase(to, on);
        stage.requestedOn = inTime ? on : c.lateDecision.requestedOn();
        stage.inTime = inTime;
        c.stages.add(stage);
        int days = to == 2 ? STAGE_2_DAYS : STAGE_3_DAYS;
        LocalDate due = calendar.addWorkingDays(on, days);
        String step = to == 2 ? INVESTIGATION_REPORT : PANEL_HELD;
        LocalDate stepDue = calendar.addWorkingDays(on, to == 2 ? REPORT_DAYS : PANEL_DAYS);
        events.add(new ComplaintEscalated(c.tenant, c.id, at(on), on, from.stage, to,
                List.of(response(to, due), dueDate(to, step, stepDue))));
        int taken = days - 6 + random.nextInt(12);
        if (to == 2) {
            investigationReport(c, stage, k, stepDue);
        } else {
            panel(c, stage, k, stepDue);
        }
        respond(c, stage, taken, taken <= days ? Timeliness.WITHIN : Timeliness.LATE, due, k + to);
        afterResponse(c, k, stage);
    }

    /**
     * The report is due 15 working days after the escalation. By {@code k % 3}: in on day 12; in on day 17, 2 working days
     * late; or the report extended on day 10 to day 20 and in on day 18. Always before the response (day 19 at the earliest).
     */
    private void investigationReport(Case c, StageCase stage, int k, LocalDate due) {
        LocalDate day0 = stage.startedOn;
        switch (k % 3) {
            case 0 -> reportIn(c, stage, calendar.addWorkingDays(day0, 12), due, false, Timeliness.WITHIN, 0);
            case 1 -> reportIn(c, stage, calendar.addWorkingDays(day0, 17), due, false, Timeliness.LATE, 2);
            default -> {
                LocalDate extendedOn = calendar.addWorkingDays(day0, 10);
                LocalDate extended = calendar.addWorkingDays(day0, REPORT_EXTENDED_DAYS);
                events.add(new StageExtended(c.tenant, c.id, at(extendedOn), 2, ExtensionCondition.COMPLEX_CASE_NOTIFIED,
                        dueDate(2, INVESTIGATION_REPORT, extended)));
                reportIn(c, stage, calendar.addWorkingDays(day0, 18), extended, true, Timeliness.WITHIN_EXTENDED, 0);
            }
        }
    }

    private void reportIn(Case c, StageCase stage, LocalDate on, LocalDate due, boolean extended, Timeliness timeliness, int daysLate) {
        events.add(new InvestigationReportSubmitted(c.tenant, c.id, at(on), on, ReportKind.FINAL, InvestigatorRole.INVESTIGATING_OFFICER,
                List.of(), List.of(INVESTIGATION_REPORT)));
        stage.steps.add(new StepCase(INVESTIGATION_REPORT, due, extended, on, timeliness, daysLate));
    }

    /**
     * The panel is convened on day 3 and must meet by day 10; its findings are due 2 working days after the meeting.
     * By {@code k / 4 % 2} (Stage 3 is reached by k = 0, 4, 8, 12 only): held on day 6 and findings a day later, both on
     * time; or held on day 11 and findings 3 working days later, each 1 working day late. Always by day 14, before the
     * response.
     */
    private void panel(Case c, StageCase stage, int k, LocalDate heldDue) {
        LocalDate day0 = stage.startedOn;
        boolean late = k / 4 % 2 == 1;
        LocalDate convenedOn = calendar.addWorkingDays(day0, 3);
        events.add(new PanelConvened(c.tenant, c.id, at(convenedOn), convenedOn, List.of(
                new PanelMember("panel-chair", true, true), new PanelMember("panel-member-1", false, true),
                new PanelMember("panel-member-2", false, true)), List.of()));
        LocalDate heldOn = calendar.addWorkingDays(day0, late ? 11 : 6);
        LocalDate findingsDue = calendar.addWorkingDays(heldOn, FINDINGS_DAYS);
        events.add(new PanelHeld(c.tenant, c.id, at(heldOn), heldOn, List.of(dueDate(3, PANEL_FINDINGS, findingsDue)),
                List.of(PANEL_HELD)));
        stage.steps.add(new StepCase(PANEL_HELD, heldDue, false, heldOn, late ? Timeliness.LATE : Timeliness.WITHIN, late ? 1 : 0));
        LocalDate findingsOn = calendar.addWorkingDays(heldOn, late ? 3 : 1);
        events.add(new PanelFindingsIssued(c.tenant, c.id, at(findingsOn), findingsOn, List.of(new Finding(1, Outcome.NOT_UPHELD)),
                List.of(), List.of(PANEL_FINDINGS)));
        stage.steps.add(new StepCase(PANEL_FINDINGS, findingsDue, false, findingsOn, late ? Timeliness.LATE : Timeliness.WITHIN,
                late ? 1 : 0));
    }

    private LocalDate extend(Case c, int stage, LocalDate day0, int days) {
        LocalDate extended = calendar.addWorkingDays(day0, days);
        LocalDate extendedOn = calendar.addWorkingDays(day0, 15);
        events.add(new StageExtended(c.tenant, c.id, at(extendedOn), stage, ExtensionCondition.AGREED_WITH_COMPLAINANT,
                response(stage, extended)));
        return extended;
    }

    /** Outcome by {@code n % 3}: an upheld point among others, a partly upheld one among not upheld, or none upheld. */
    private void respond(Case c, StageCase stage, int workingDays, Timeliness timeliness, LocalDate due, int n) {
        LocalDate respondedOn = calendar.addWorkingDays(stage.startedOn, workingDays);
        List<Finding> findings = switch (n % 3) {
            case 0 -> List.of(new Finding(1, Outcome.NOT_UPHELD), new Finding(2, Outcome.UPHELD), new Finding(3, Outcome.PARTLY_UPHELD));
            case 1 -> List.of(new Finding(1, Outcome.PARTLY_UPHELD), new Finding(2, Outcome.NOT_UPHELD));
            default -> List.of(new Finding(1, Outcome.NOT_UPHELD));
        };
        stage.outcome = switch (n % 3) {
            case 0 -> "UPHELD";
            case 1 -> "PARTLY_UPHELD";
            default -> "NOT_UPHELD";
        };
        stage.respondedOn = respondedOn;
        stage.workingDays = workingDays;
        stage.timeliness = timeliness;
        events.add(new StageResponded(c.tenant, c.id, at(respondedOn), respondedOn, stage.stage, findings, due, null));
    }

    private void close(Case c, StageCase stage, LocalDate on) {
        events.add(new ComplaintClosed(c.tenant, c.id, at(on), on, stage.stage, List.of(new Finding(1, Outcome.NOT_UPHELD))));
        c.closedOn = on;
        if (stage.stage >= 2) {
            learningMeeting(c, stage);
        }
    }

    /**
     * After the last response of a complaint that reached Stage 2 or 3, the learning meeting is due a calendar month
     * later: held 5 days before, or 3 working days after, by the parity of the day of receipt. A measure's review
     * (a clock of the whole complaint, stage 0) is scheduled and done on the same days and is no stage's step.
     */
    private void learningMeeting(Case c, StageCase stage) {
        LocalDate respondedOn = stage.respondedOn;
        LocalDate due = respondedOn.plusMonths(1);
        boolean late = c.receivedOn.getDayOfMonth() % 2 == 1;
        LocalDate heldOn = late ? calendar.addWorkingDays(due, 3) : due.minusDays(5);
        String review = FollowUpScheduled.MEASURE_REVIEW + UUID.nameUUIDFromBytes((c.id + ":measure").getBytes());
        events.add(new FollowUpScheduled(c.tenant, c.id, at(respondedOn),
                dueDate(stage.stage, FollowUpScheduled.LEARNING_MEETING, due)));
        events.add(new FollowUpScheduled(c.tenant, c.id, at(respondedOn), dueDate(0, review, due)));
        events.add(new FollowUpDone(c.tenant, c.id, at(heldOn), heldOn, FollowUpScheduled.LEARNING_MEETING));
        events.add(new FollowUpDone(c.tenant, c.id, at(heldOn), heldOn, review));
        stage.steps.add(new StepCase(FollowUpScheduled.LEARNING_MEETING, due, false, heldOn,
                late ? Timeliness.LATE : Timeliness.WITHIN, late ? 3 : 0));
    }

    private static DueDate response(int stage, LocalDate dueOn) {
        return dueDate(stage, "RESPONSE", dueOn);
    }

    private static DueDate dueDate(int stage, String step, LocalDate dueOn) {
        return new DueDate(stage, step, dueOn, Strictness.LIMIT, "test-v1#stages[" + stage + "].deadlines." + step);
    }

    private static Instant at(LocalDate date) {
        return Instant.parse(date + "T11:00:00Z");
    }
}
