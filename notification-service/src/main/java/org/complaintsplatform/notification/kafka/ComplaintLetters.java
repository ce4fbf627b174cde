package org.complaintsplatform.notification.kafka;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.complaintsplatform.contracts.IntegrationEvent;
import org.complaintsplatform.contracts.complaint.ComplaintClosed;
import org.complaintsplatform.contracts.complaint.ComplaintEscalated;
import org.complaintsplatform.contracts.complaint.ComplaintExcluded;
import org.complaintsplatform.contracts.complaint.ComplaintReceived;
import org.complaintsplatform.contracts.complaint.ComplaintResumed;
import org.complaintsplatform.contracts.complaint.ComplaintSuspended;
import org.complaintsplatform.contracts.complaint.ComplaintWithdrawn;
import org.complaintsplatform.contracts.complaint.DueDate;
import org.complaintsplatform.contracts.complaint.ExclusionGround;
import org.complaintsplatform.contracts.complaint.ExtensionCondition;
import org.complaintsplatform.contracts.complaint.Finding;
import org.complaintsplatform.contracts.complaint.IndependentPersonAppointed;
import org.complaintsplatform.contracts.complaint.InvestigatorAppointed;
import org.complaintsplatform.contracts.complaint.InvestigatorRole;
import org.complaintsplatform.contracts.complaint.LateEscalationDecided;
import org.complaintsplatform.contracts.complaint.PanelConvened;
import org.complaintsplatform.contracts.complaint.PanelFindingsIssued;
import org.complaintsplatform.contracts.complaint.PanelMember;
import org.complaintsplatform.contracts.complaint.StageExtended;
import org.complaintsplatform.contracts.complaint.StageResponded;
import org.complaintsplatform.contracts.complaint.SuspensionGround;
import org.complaintsplatform.contracts.complaint.TimeLimitDecided;
import org.complaintsplatform.notification.api.FeedbackType;
import org.complaintsplatform.notification.api.LetterType;
import org.complaintsplatform.notification.command.LetterRenderer;
import org.complaintsplatform.procedures.LetterTerm;
import org.complaintsplatform.procedures.Panel;
import org.complaintsplatform.procedures.ProcedureProfile;
import org.complaintsplatform.procedures.ClockStart;
import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.procedures.RequestWindow;
import org.complaintsplatform.procedures.RouteKind;
import org.complaintsplatform.procedures.SignpostBody;
import org.complaintsplatform.procedures.Stage;
import org.complaintsplatform.procedures.Timescale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Which letter each complaint event calls for, and what it says. Dates come from the events, never
 * recomputed; words come from the profile's {@code letters.ownWords} and {@code signposting}.
 */
@Component
class ComplaintLetters {

    static final String ANONYMOUS_NOT_ACKNOWLEDGED = "anonymous complaints are not acknowledged";
    static final String NOT_ACKNOWLEDGED = "the procedure does not acknowledge ";
    static final String RESPONSE = "RESPONSE";

    /** {@code cambridgeshire-v1#routes[STATUTORY_CHILDREN].stages[2].request}: the profile field a clock came from. */
    /** A panel attendee that is the complainant, with what the profile says they may do: "The complainant, who may ...". */
    private static final Pattern COMPLAINANT_ATTENDS = Pattern.compile("^the complainant\\b(?:, who (may .+))?", Pattern.CASE_INSENSITIVE);

    /** {@code cambridgeshire-v1#...}: the profile and version a rule comes from. */
    private static final Pattern PROFILE = Pattern.compile("^([a-z0-9-]+)-v(\\d+)#");

    private static final Pattern RULE = Pattern.compile("^([a-z0-9-]+)-v(\\d+)#routes\\[([A-Z_]+)]\\.stages\\[(\\d+)]");

    private final Procedures procedures;

    ComplaintLetters(Procedures procedures) {
        this.procedures = procedures;
    }

    /**
     * The letters the event calls for, at most one of each type; empty for events that need none. Only an
     * escalation to a stage that works to a written statement calls for two: the confirmation and the invitation.
     */
    List<LetterOrder> ordersFor(IntegrationEvent event, String ceId) {
        return switch (event) {
            case ComplaintReceived received -> List.of(acknowledge(received, ceId));
            case StageExtended extended -> List.of(extended(extended, ceId));
            case StageResponded responded -> List.of(responded(responded, ceId));
            case ComplaintEscalated escalated -> statementInvitation(escalated, ceId)
                    .map(invitation -> List.of(escalated(escalated, ceId), invitation))
                    .orElseGet(() -> List.of(escalated(escalated, ceId)));
            case InvestigatorAppointed appointed -> List.of(appointed(appointed.tenantId(), appointed.complaintId(),
                    appointed.appointedOn(), InvestigatorRole.INVESTIGATING_OFFICER, ceId));
            case IndependentPersonAppointed appointed -> List.of(appointed(appointed.tenantId(), appointed.complaintId(),
                    appointed.appointedOn(), InvestigatorRole.INDEPENDENT_PERSON, ceId));
            case PanelConvened convened -> List.of(panelConvened(convened, ceId));
            case PanelFindingsIssued issued -> List.of(panelFindings(issued, ceId));
            case LateEscalationDecided decided -> List.of(lateRequestDecided(decided, ceId));
            case TimeLimitDecided decided -> List.of(timeLimitDecided(decided, ceId));
            case ComplaintExcluded excluded -> List.of(excluded(excluded, ceId));
            case ComplaintSuspended suspended -> List.of(suspended(suspended, ceId));
            case ComplaintResumed resumed -> List.of(resumed(resumed, ceId));
            case ComplaintWithdrawn withdrawn -> List.of(withdrawn(withdrawn, ceId));
            case ComplaintClosed closed -> List.of(closed(closed, ceId));
            // acknowledged, advocate, sufficient interest, escalation requested, statement agreed, reports, panel
            // held: nothing to write to the complainant
            default -> List.of();
        };
    }

    LetterOrder acknowledge(ComplaintReceived received, String ceId) {
        FeedbackType feedbackType = FeedbackType.valueOf(received.feedbackType().name());
        ProcedureProfile profile = profile(received.profileId(), received.profileVersion())
                .or(() -> currentProfile(received.tenantId())).orElse(null);
        Map<String, @Nullable Object> facts = new HashMap<>();
        facts.put("representation", feedbackType.inWords());
        facts.put("answered", feedbackType.answered());
        facts.put("receivedOn", received.receivedOn());
        facts.put("stageName", stageName(profile, 1));
        facts.put("responseDueOn", received.deadlines().stream()
                .filter(due -> due.stage() == 1 && RESPONSE.equals(due.step())).map(DueDate::dueOn).findFirst().orElse(null));
        String notWritten = received.anonymous() ? ANONYMOUS_NOT_ACKNOWLEDGED
                : received.acknowledgementRequired() ? null : NOT_ACKNOWLEDGED + feedbackType.pluralInWords();
        return new LetterOrder(received.tenantId(), received.complaintId(), ceId, LetterType.ACKNOWLEDGEMENT,
                profile, received.reference(), facts, notWritten);
    }

    LetterOrder extended(StageExtended extended, String ceId) {
        ProcedureProfile profile = profileOf(extended.tenantId(), extended.deadline());
        Map<String, @Nullable Object> facts = new HashMap<>();
        facts.put("stageName", stageName(profile, extended.stage()));
        facts.put("newDueOn", extended.deadline().dueOn());
        facts.put("agreed", extended.condition() == ExtensionCondition.AGREED_WITH_COMPLAINANT);
        return new LetterOrder(extended.tenantId(), extended.complaintId(), ceId, LetterType.EXTENSION_NOTICE,
                profile, null, facts, null);
    }

    /**
     * The cover of a stage's response: with no next stage to ask for it is the final response, which signposts;
     * a Stage 2 response after an investigation is the adjudication, whose next stage is the review panel. No
     * window means no next stage, unless the profile's next stage may be asked for without a time limit.
     */
    LetterOrder responded(StageResponded responded, String ceId) {
        DueDate window = responded.nextStageWindow();
        Map<String, @Nullable Object> facts = new HashMap<>();
        facts.put("respondedOn", responded.respondedOn());
        facts.put("findings", findings(responded.findings()));
        if (window == null) {
            ProcedureProfile profile = currentProfile(responded.tenantId()).orElse(null);
            facts.put("stageName", stageName(profile, responded.stage()));
            Optional<Stage> askedWithoutWindow = nextStageWithoutWindow(profile, responded.stage());
            if (askedWithoutWindow.isPresent()) {
                facts.put("nextStageName", stageName(profile, responded.stage() + 1));
                facts.put("requestBy", null);
                facts.put("requestForm", Objects.requireNonNull(askedWithoutWindow.get().request()).form());
                return new LetterOrder(responded.tenantId(), responded.complaintId(), ceId, LetterType.STAGE_RESPONSE,
                        profile, null, facts, null);
            }
            facts.put("signposts", signposts(profile));
            return new LetterOrder(responded.tenantId(), responded.complaintId(), ceId, LetterType.FINAL_RESPONSE,
                    profile, null, facts, null);
        }
        ProcedureProfile profile = profileOf(responded.tenantId(), window);
        facts.put("stageName", stageName(profile, responded.stage()));
        facts.put("nextStageName", stageName(profile, window.stage()));
        facts.put("requestBy", window.dueOn());
        facts.put("requestForm", stage(window.rule(), window.stage()).map(Stage::request).map(RequestWindow::form).orElse(null));
        boolean adjudication = responded.stage() == 2
                && stage(window.rule(), 2).map(stage -> stage.investigation() != null).orElse(false);
        if (!adjudication) {
            return new LetterOrder(responded.tenantId(), responded.complaintId(), ceId, LetterType.STAGE_RESPONSE,
                    profile, null, facts, null);
        }
        facts.put("adjudication", word(profile, LetterTerm.ADJUDICATION, "letter of adjudication"));
        facts.put("panel", word(profile, LetterTerm.PANEL, "Review Panel"));
        return new LetterOrder(responded.tenantId(), responded.complaintId(), ceId, LetterType.ADJUDICATION_COVER,
                profile, null, facts, null);
    }

    /**
     * The invitation to agree the written statement of complaint, when the complaint moves to a stage whose
     * investigation works to one (the profile's {@code statementOfComplaint}), found through the clocks' rule; an
     * escalation with no clock yet (Core Assets: its clocks count from the agreed statement and the report) is
     * placed by the profile, when only one of its routes has that stage.
     */
    Optional<LetterOrder> statementInvitation(ComplaintEscalated escalated, String ceId) {
        ProcedureProfile profile;
        Optional<Stage> stage;
        if (escalated.deadlines().isEmpty()) {
            profile = currentProfile(escalated.tenantId()).orElse(null);
            stage = onlyStage(profile, escalated.toStage());
        } else {
            DueDate first = escalated.deadlines().getFirst();
            profile = profileOf(escalated.tenantId(), first);
            stage = stage(first.rule(), escalated.toStage());
        }
        stage = stage.filter(candidate -> candidate.investigation() != null && candidate.investigation().statementOfComplaint() != null);
        if (stage.isEmpty()) {
            return Optional.empty();
        }
        Map<String, @Nullable Object> facts = new HashMap<>();
        facts.put("stageName", stageName(profile, escalated.toStage()));
        facts.put("statement", word(profile, LetterTerm.STATEMENT_OF_COMPLAINT, "written statement of complaint"));
        facts.put("responseCountsFromStatement", stage.get().deadlines().values().stream()
                .anyMatch(deadline -> deadline.from() == ClockStart.STATEMENT_AGREED));
        facts.put("responseDueOn", escalated.deadlines().stream()
                .filter(due -> due.stage() == escalated.toStage() && RESPONSE.equals(due.step())).map(DueDate::dueOn)
                .findFirst().orElse(null));
        return Optional.of(new LetterOrder(escalated.tenantId(), escalated.complaintId(), ceId,
                LetterType.STATEMENT_INVITATION, profile, null, facts, null));
    }

    /** The stage of that number, where only one route of the profile has one. */
    private static Optional<Stage> onlyStage(@Nullable ProcedureProfile profile, int number) {
        List<Stage> stages = profile == null ? List.of() : profile.routes().stream()
                .flatMap(route -> route.stages().stream()).filter(stage -> stage.number() == number).toList();
        return stages.size() == 1 ? Optional.of(stages.getFirst()) : Optional.empty();
    }

    /** The appointment carries no clock, so the letter gives no response date (the escalation letter did). */
    LetterOrder appointed(String tenantId, UUID complaintId, LocalDate appointedOn,
                          InvestigatorRole role, String ceId) {
        ProcedureProfile profile = currentProfile(tenantId).orElse(null);
        Map<String, @Nullable Object> facts = new HashMap<>();
        facts.put("stageName", stageName(profile, 2));
        facts.put("appointedOn", appointedOn);
        facts.put("independentPerson", role == InvestigatorRole.INDEPENDENT_PERSON);
        facts.put("role", role == InvestigatorRole.INDEPENDENT_PERSON ? "Independent Person"
                : word(profile, LetterTerm.INVESTIGATING_OFFICER, "Investigating Officer"));
        return new LetterOrder(tenantId, complaintId, ceId, LetterType.INVESTIGATOR_APPOINTMENT_NOTICE, profile, null,
                facts, null);
    }

    /**
     * Members by their role only: the event names them by staff or register references, which stay internal.
     * Who may come with the complainant and who else attends are the profile's panel rules ({@link #companion}).
     */
    LetterOrder panelConvened(PanelConvened convened, String ceId) {
        ProcedureProfile profile = currentProfile(convened.tenantId()).orElse(null);
        Optional<Panel> rules = panel(profile);
        String panel = word(profile, LetterTerm.PANEL, "Review Panel");
        Map<String, @Nullable Object> facts = new HashMap<>();
        facts.put("stageName", stageName(profile, 3));
        facts.put("panel", panel);
        facts.put("companion", companion(rules, panel));
        facts.put("otherAttendees", rules.map(Panel::attendees).orElse(List.of()).stream()
                .filter(attendee -> !COMPLAINANT_ATTENDS.matcher(attendee).find()).toList());
        facts.put("convenedOn", convened.convenedOn());
        facts.put("meetingOn", convened.meetingOn());
        facts.put("members", convened.members().stream()
                .sorted(Comparator.comparing(PanelMember::chair).reversed())
                .map(member -> (member.independent() ? "an independent " : "a ") + (member.chair() ? "chair" : "member")
                        + (member.independent() ? "" : " from " + (profile == null ? "our organisation" : profile.organisation())))
                .toList());
        return new LetterOrder(convened.tenantId(), convened.complaintId(), ceId, LetterType.PANEL_INVITATION, profile,
                null, facts, null);
    }

    /**
     * Who may come with the complainant: the profile's own words where its panel lists the complainant "who may ..."
     * (Core Assets), else the right to bring someone to support or speak for them, with the profile's bar on lawyers.
     */
    private static String companion(Optional<Panel> rules, String panel) {
        Optional<String> ownWords = rules.stream().flatMap(candidate -> candidate.attendees().stream())
                .map(COMPLAINANT_ATTENDS::matcher).filter(Matcher::find)
                .flatMap(found -> Optional.ofNullable(found.group(1)).stream()).findFirst();
        if (ownWords.isPresent()) {
            return "You " + ownWords.get() + ".";
        }
        String right = "You have the right to bring someone with you to support you or to speak for you, such as a friend, "
                + "a relative or an advocate.";
        return rules.filter(Panel::lawyersExcluded).isPresent()
                ? right + " They may not be a lawyer acting for you in a professional capacity: the " + panel
                        + " is not a court of law."
                : right;
    }

    /**
     * The next stage, where the profile lets it be asked for with no time limit (Herefordshire's and Core Assets'
     * Stage 2): workflow then sends no window, which otherwise means the response was the last stage's.
     */
    private static Optional<Stage> nextStageWithoutWindow(@Nullable ProcedureProfile profile, int stage) {
        return profile == null ? Optional.empty() : profile.routes().stream()
                .flatMap(route -> route.stages().stream())
                .filter(next -> next.number() == stage + 1 && next.request() != null
                        && next.request().limits().stream().allMatch(limit -> limit.timescale() == null))
                .findFirst();
    }

    /** The review panel of the profile's procedure: the first route whose Stage 3 has one. */
    private static Optional<Panel> panel(@Nullable ProcedureProfile profile) {
        return profile == null ? Optional.empty() : profile.routes().stream()
                .flatMap(route -> route.stages().stream())
                .filter(stage -> stage.number() == 3 && stage.panel() != null)
                .map(Stage::panel).findFirst();
    }

    LetterOrder panelFindings(PanelFindingsIssued issued, String ceId) {
        Optional<DueDate> response = issued.deadlines().stream().filter(due -> RESPONSE.equals(due.step())).findFirst();
        ProcedureProfile profile = response.map(due -> profileOf(issued.tenantId(), due))
                .orElseGet(() -> currentProfile(issued.tenantId()).orElse(null));
        Map<String, @Nullable Object> facts = new HashMap<>();
        facts.put("stageName", stageName(profile, 3));
        facts.put("panel", word(profile, LetterTerm.PANEL, "Review Panel"));
        facts.put("receivedOn", issued.receivedOn());
        facts.put("findings", findings(issued.findings()));
        facts.put("responseDueOn", response.map(DueDate::dueOn).orElse(null));
        return new LetterOrder(issued.tenantId(), issued.complaintId(), ceId, LetterType.PANEL_FINDINGS_COVER, profile,
                null, facts, null);
    }

    LetterOrder escalated(ComplaintEscalated escalated, String ceId) {
        Optional<DueDate> response = escalated.deadlines().stream()
                .filter(due -> due.stage() == escalated.toStage() && RESPONSE.equals(due.step())).findFirst();
        ProcedureProfile profile = escalated.deadlines().isEmpty() ? currentProfile(escalated.tenantId()).orElse(null)
                : profileOf(escalated.tenantId(), escalated.deadlines().getFirst());
        Map<String, @Nullable Object> facts = new HashMap<>();
        facts.put("stageName", stageName(profile, escalated.toStage()));
        facts.put("escalatedOn", escalated.escalatedOn());
        facts.put("responseDueOn", response.map(DueDate::dueOn).orElse(null));
        return new LetterOrder(escalated.tenantId(), escalated.complaintId(), ceId, LetterType.ESCALATION_CONFIRMATION,
                profile, null, facts, null);
    }

    LetterOrder lateRequestDecided(LateEscalationDecided decided, String ceId) {
        ProcedureProfile profile = currentProfile(decided.tenantId()).orElse(null);
        Map<String, @Nullable Object> facts = new HashMap<>();
        facts.put("stageName", stageName(profile, decided.toStage()));
        facts.put("accepted", decided.accepted());
        facts.put("ombudsman", word(profile, LetterTerm.OMBUDSMAN, "Local Government and Social Care Ombudsman"));
        return new LetterOrder(decided.tenantId(), decided.complaintId(), ceId, LetterType.LATE_REQUEST_DECISION,
                profile, null, facts, null);
    }

    /**
     * A complaint made after the profile's time limit, accepted or refused: the limit in the profile's terms, who
     * decided (the event's {@code decidedBy}) and, for a refusal, the Ombudsman. The decision-maker's own explanation
     * stays in workflow (the event carries none).
     */
    LetterOrder timeLimitDecided(TimeLimitDecided decided, String ceId) {
        ProcedureProfile profile = profileOfRule(decided.tenantId(), decided.rule()).orElse(null);
        Map<String, @Nullable Object> facts = new HashMap<>();
        facts.put("timeLimit", true);
        facts.put("accepted", decided.accepted());
        facts.put("decidedOn", decided.decidedOn());
        facts.put("decidedBy", decided.decidedBy());
        facts.put("limit", profile == null ? null : inWords(profile.eligibility().timeLimit().limit()));
        facts.put("stageName", stageName(profile, 1));
        facts.put("ombudsman", word(profile, LetterTerm.OMBUDSMAN, "Local Government and Social Care Ombudsman"));
        return new LetterOrder(decided.tenantId(), decided.complaintId(), ceId, LetterType.ELIGIBILITY_DECISION, profile,
                null, facts, null);
    }

    /** The whole complaint or a part of it excluded: the ground and what it means for the complainant, then the Ombudsman. */
    LetterOrder excluded(ComplaintExcluded excluded, String ceId) {
        ProcedureProfile profile = profileOfRule(excluded.tenantId(), excluded.rule()).orElse(null);
        Map<String, @Nullable Object> facts = new HashMap<>();
        facts.put("timeLimit", false);
        facts.put("decidedOn", excluded.excludedOn());
        facts.put("stageName", stageName(profile, excluded.stage()));
        facts.put("wholeComplaint", excluded.wholeComplaint());
        facts.put("ground", groundInWords(excluded.ground()));
        facts.put("effect", switch (excluded.effect()) {
            case NOT_CONSIDERED -> null;   // the letter has just said so
            case MAY_RESUBMIT_AFTERWARDS -> "You may make it again once the other process has ended.";
            case REDIRECTED -> "We have passed it to the body or procedure that can deal with it, who will contact you.";
        });
        facts.put("ombudsman", word(profile, LetterTerm.OMBUDSMAN, "Local Government and Social Care Ombudsman"));
        return new LetterOrder(excluded.tenantId(), excluded.complaintId(), ceId, LetterType.ELIGIBILITY_DECISION, profile,
                null, facts, null);
    }

    /** The profile's time limit as it states it, e.g. {@code 12 months}, {@code 1 year}. */
    private static String inWords(Timescale timescale) {
        int amount = timescale.amount();
        String unit = switch (timescale.unit()) {
            case WORKING_DAYS -> "working day";
            case CALENDAR_DAYS -> "day";
            case WEEKS -> "week";
            case HOURS -> "hour";
            case CALENDAR_MONTHS -> "month";
            case YEARS -> "year";
        };
        return amount + " " + unit + (amount == 1 ? "" : "s");
    }

    private static String groundInWords(ExclusionGround ground) {
        return switch (ground) {
            case LEGAL_PROCEEDINGS -> "it is the subject of legal proceedings";
            case TRIBUNAL -> "it is the subject of tribunal proceedings";
            case DISCIPLINARY_PROCEEDINGS -> "it is the subject of disciplinary proceedings";
            case CRIMINAL_PROCEEDINGS -> "it is the subject of a criminal investigation or proceedings";
            case ALREADY_CONSIDERED -> "it has already been considered under our complaints procedure";
            case ANSWERED_OVER_12_MONTHS_AGO -> "it was answered more than 12 months ago";
            case WITHDRAWN -> "it was withdrawn earlier";
            case CORPORATE_ROUTE_MORE_SUITABLE -> "it is better dealt with under our corporate complaints procedure";
            case CHILD_PROTECTION_CONFERENCE -> "it is about a child protection conference, which has its own procedure";
            case COMPENSATION_CLAIM -> "it is a claim for compensation, which our complaints procedure cannot decide";
            case OTHER_AGENCY -> "it is about the service of another organisation";
            case FORMAL_RIGHT_OF_APPEAL -> "there is a formal right of appeal against the decision it is about";
        };
    }

    LetterOrder suspended(ComplaintSuspended suspended, String ceId) {
        ProcedureProfile profile = suspended.paused().isEmpty() ? currentProfile(suspended.tenantId()).orElse(null)
                : profileOf(suspended.tenantId(), suspended.paused().getFirst().dueDate());
        Map<String, @Nullable Object> facts = new HashMap<>();
        facts.put("suspendedOn", suspended.suspendedOn());
        facts.put("ground", groundInWords(suspended.ground()));
        return new LetterOrder(suspended.tenantId(), suspended.complaintId(), ceId, LetterType.SUSPENSION_NOTICE,
                profile, null, facts, null);
    }

    LetterOrder resumed(ComplaintResumed resumed, String ceId) {
        ProcedureProfile profile = resumed.deadlines().isEmpty() ? currentProfile(resumed.tenantId()).orElse(null)
                : profileOf(resumed.tenantId(), resumed.deadlines().getFirst());
        Map<String, @Nullable Object> facts = new HashMap<>();
        facts.put("resumedOn", resumed.resumedOn());
        facts.put("newDates", resumed.deadlines().stream()
                .sorted(Comparator.comparing(DueDate::dueOn))
                .map(due -> clockInWords(profile, due) + ": " + LetterRenderer.formatDate(due.dueOn()))
                .toList());
        return new LetterOrder(resumed.tenantId(), resumed.complaintId(), ceId, LetterType.RESUMPTION_NOTICE,
                profile, null, facts, null);
    }

    LetterOrder withdrawn(ComplaintWithdrawn withdrawn, String ceId) {
        ProcedureProfile profile = currentProfile(withdrawn.tenantId()).orElse(null);
        Map<String, @Nullable Object> facts = new HashMap<>();
        facts.put("withdrawnOn", withdrawn.withdrawnOn());
        facts.put("stageName", stageName(profile, withdrawn.stage()));
        return new LetterOrder(withdrawn.tenantId(), withdrawn.complaintId(), ceId, LetterType.WITHDRAWAL_CONFIRMATION,
                profile, null, facts, null);
    }

    LetterOrder closed(ComplaintClosed closed, String ceId) {
        ProcedureProfile profile = currentProfile(closed.tenantId()).orElse(null);
        Map<String, @Nullable Object> facts = new HashMap<>();
        facts.put("closedOn", closed.closedOn());
        facts.put("stageName", stageName(profile, closed.stage()));
        facts.put("findings", findings(closed.findings()));
        facts.put("signposts", signposts(profile));
        return new LetterOrder(closed.tenantId(), closed.complaintId(), ceId, LetterType.CLOSURE, profile, null, facts, null);
    }

    /** The Ombudsman first, then the other bodies the profile names, each with when to go to it. */
    static List<String> signposts(@Nullable ProcedureProfile profile) {
        if (profile == null || profile.signposting().isEmpty()) {
            return List.of("the Local Government and Social Care Ombudsman");
        }
        return profile.signposting().stream()
                .sorted(Comparator.comparing(signpost -> signpost.body() != SignpostBody.LGSCO))
                .map(signpost -> signpost.when() == null ? signpost.name() : signpost.name() + ": " + signpost.when())
                .toList();
    }

    static List<String> findings(List<Finding> findings) {
        return findings.stream()
                .sorted(Comparator.comparingInt(Finding::point))
                .map(finding -> "Point " + finding.point() + ": " + finding.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .toList();
    }

    static String stageName(@Nullable ProcedureProfile profile, int stage) {
        String fallback = "Stage " + stage;
        return switch (stage) {
            case 1 -> word(profile, LetterTerm.STAGE_1, fallback);
            case 2 -> word(profile, LetterTerm.STAGE_2, fallback);
            case 3 -> word(profile, LetterTerm.STAGE_3, fallback);
            default -> fallback;
        };
    }

    private static String word(@Nullable ProcedureProfile profile, LetterTerm term, String fallback) {
        return profile == null ? fallback : profile.letters().ownWords().getOrDefault(term, fallback);
    }

    private static String clockInWords(@Nullable ProcedureProfile profile, DueDate due) {
        String stage = stageName(profile, due.stage());
        return switch (due.step()) {
            case RESPONSE -> "Our " + stage + " response";
            case "REQUEST_WINDOW" -> "The last day to ask for " + stage;
            default -> stage + ", " + due.step().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    private static String groundInWords(SuspensionGround ground) {
        return switch (ground) {
            case COURT_PROCEEDINGS -> "court proceedings";
            case TRIBUNAL -> "tribunal proceedings";
            case CHILD_PROTECTION_ENQUIRY -> "a child protection enquiry";
            case DISCIPLINARY_PROCEDURE -> "a disciplinary procedure";
            case HARASSMENT_PROCEDURE -> "a harassment procedure";
            case POLICE_INVESTIGATION -> "a police investigation";
        };
    }

    /** A stage of the route a clock's rule names, in the profile version it names. */
    private Optional<Stage> stage(String clockRule, int number) {
        Matcher rule = RULE.matcher(clockRule);
        if (!rule.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(procedures.profile(rule.group(1), Integer.parseInt(rule.group(2)))
                    .route(RouteKind.valueOf(rule.group(3))).orElseThrow().stage(number));
        } catch (IllegalArgumentException | NoSuchElementException e) {
            return Optional.empty();
        }
    }

    /** The profile version a rule names ({@code telford-wrekin-v1#eligibility.timeLimit}), else the tenant's current one. */
    private Optional<ProcedureProfile> profileOfRule(String tenantId, String rule) {
        Matcher named = PROFILE.matcher(rule);
        return (named.find() ? profile(named.group(1), Integer.parseInt(named.group(2))) : Optional.<ProcedureProfile>empty())
                .or(() -> currentProfile(tenantId));
    }

    /** The profile version a clock was computed with, else the tenant's current one. */
    private @Nullable ProcedureProfile profileOf(String tenantId, DueDate due) {
        Matcher rule = RULE.matcher(due.rule());
        Optional<ProcedureProfile> profile = rule.find() ? profile(rule.group(1), Integer.parseInt(rule.group(2))) : Optional.empty();
        return profile.or(() -> currentProfile(tenantId)).orElse(null);
    }

    private Optional<ProcedureProfile> profile(String profileId, int version) {
        try {
            return Optional.of(procedures.profile(profileId, version));
        } catch (NoSuchElementException e) {
            return Optional.empty();
        }
    }

    private Optional<ProcedureProfile> currentProfile(String tenantId) {
        return procedures.tenant(tenantId).map(procedures::profile);
    }
}
