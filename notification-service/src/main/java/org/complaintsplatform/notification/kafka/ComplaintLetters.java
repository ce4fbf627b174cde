package org.complaintsplatform.notification.kafka;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.complaintsplatform.contracts.IntegrationEvent;
import org.complaintsplatform.contracts.complaint.ComplaintClosed;
import org.complaintsplatform.contracts.complaint.ComplaintEscalated;
import org.complaintsplatform.contracts.complaint.ComplaintReceived;
import org.complaintsplatform.contracts.complaint.ComplaintResumed;
import org.complaintsplatform.contracts.complaint.ComplaintSuspended;
import org.complaintsplatform.contracts.complaint.ComplaintWithdrawn;
import org.complaintsplatform.contracts.complaint.DueDate;
import org.complaintsplatform.contracts.complaint.ExtensionCondition;
import org.complaintsplatform.contracts.complaint.Finding;
import org.complaintsplatform.contracts.complaint.LateEscalationDecided;
import org.complaintsplatform.contracts.complaint.StageExtended;
import org.complaintsplatform.contracts.complaint.StageResponded;
import org.complaintsplatform.contracts.complaint.SuspensionGround;
import org.complaintsplatform.notification.api.FeedbackType;
import org.complaintsplatform.notification.api.LetterType;
import org.complaintsplatform.notification.command.LetterRenderer;
import org.complaintsplatform.procedures.LetterTerm;
import org.complaintsplatform.procedures.ProcedureProfile;
import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.procedures.RequestWindow;
import org.complaintsplatform.procedures.RouteKind;
import org.complaintsplatform.procedures.SignpostBody;
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
    private static final Pattern RULE = Pattern.compile("^([a-z0-9-]+)-v(\\d+)#routes\\[([A-Z_]+)]\\.stages\\[(\\d+)]");

    private final Procedures procedures;

    ComplaintLetters(Procedures procedures) {
        this.procedures = procedures;
    }

    /** The letter the event calls for; empty for events that need none. */
    Optional<LetterOrder> orderFor(IntegrationEvent event, String ceId) {
        return Optional.ofNullable(switch (event) {
            case ComplaintReceived received -> acknowledge(received, ceId);
            case StageExtended extended -> extended(extended, ceId);
            case StageResponded responded -> responded(responded, ceId);
            case ComplaintEscalated escalated -> escalated(escalated, ceId);
            case LateEscalationDecided decided -> lateRequestDecided(decided, ceId);
            case ComplaintSuspended suspended -> suspended(suspended, ceId);
            case ComplaintResumed resumed -> resumed(resumed, ceId);
            case ComplaintWithdrawn withdrawn -> withdrawn(withdrawn, ceId);
            case ComplaintClosed closed -> closed(closed, ceId);
            // acknowledged, advocate, sufficient interest, escalation requested: nothing to write to the complainant
            default -> null;
        });
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

    LetterOrder responded(StageResponded responded, String ceId) {
        DueDate window = responded.nextStageWindow();
        ProcedureProfile profile = window == null ? currentProfile(responded.tenantId()).orElse(null)
                : profileOf(responded.tenantId(), window);
        Map<String, @Nullable Object> facts = new HashMap<>();
        facts.put("stageName", stageName(profile, responded.stage()));
        facts.put("respondedOn", responded.respondedOn());
        facts.put("findings", findings(responded.findings()));
        facts.put("nextStageName", window == null ? null : stageName(profile, window.stage()));
        facts.put("requestBy", window == null ? null : window.dueOn());
        facts.put("requestForm", window == null ? null : requestForm(window).orElse(null));
        return new LetterOrder(responded.tenantId(), responded.complaintId(), ceId, LetterType.STAGE_RESPONSE,
                profile, null, facts, null);
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

    /** How the profile says the next stage must be asked for, found through the window's rule. */
    private Optional<String> requestForm(DueDate window) {
        Matcher rule = RULE.matcher(window.rule());
        if (!rule.find()) {
            return Optional.empty();
        }
        try {
            RequestWindow request = procedures.profile(rule.group(1), Integer.parseInt(rule.group(2)))
                    .route(RouteKind.valueOf(rule.group(3))).orElseThrow()
                    .stage(Integer.parseInt(rule.group(4))).request();
            return Optional.ofNullable(request == null ? null : request.form());
        } catch (IllegalArgumentException | NoSuchElementException e) {
            return Optional.empty();
        }
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
