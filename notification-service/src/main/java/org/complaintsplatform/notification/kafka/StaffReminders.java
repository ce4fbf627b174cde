package org.complaintsplatform.notification.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.complaintsplatform.contracts.IntegrationEvent;
import org.complaintsplatform.contracts.complaint.FollowUpScheduled;
import org.complaintsplatform.contracts.complaint.Strictness;
import org.complaintsplatform.contracts.deadline.DeadlineApproaching;
import org.complaintsplatform.contracts.deadline.DeadlineMissed;
import org.complaintsplatform.notification.api.LetterType;
import org.complaintsplatform.procedures.ProcedureProfile;
import org.complaintsplatform.procedures.Procedures;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The reminders deadline events call for, to the tenant's complaints team (never to the complainant). */
@Component
class StaffReminders {

    private final Procedures procedures;

    StaffReminders(Procedures procedures) {
        this.procedures = procedures;
    }

    /** The reminder the event calls for; empty for deadline events that need none. */
    Optional<LetterOrder> orderFor(IntegrationEvent event, String ceId) {
        return Optional.ofNullable(switch (event) {
            case DeadlineApproaching approaching -> order(approaching.tenantId(), approaching, ceId,
                    LetterType.STAFF_DEADLINE_APPROACHING, approaching.stage(), approaching.step(), approaching.strictness(),
                    facts -> {
                        facts.put("dueOn", approaching.dueOn());
                        facts.put("workingDaysLeft", approaching.workingDaysLeft());
                    });
            case DeadlineMissed missed -> order(missed.tenantId(), missed, ceId, LetterType.STAFF_DEADLINE_MISSED,
                    missed.stage(), missed.step(), missed.strictness(), facts -> facts.put("dueOn", missed.dueOn()));
            default -> null;
        });
    }

    private LetterOrder order(String tenantId, IntegrationEvent event, String ceId, LetterType type, int stage, String step,
                              @Nullable Strictness strictness, java.util.function.Consumer<Map<String, @Nullable Object>> own) {
        ProcedureProfile profile = procedures.tenant(tenantId).map(procedures::profile).orElse(null);
        Map<String, @Nullable Object> facts = new HashMap<>();
        facts.put("clock", clockInWords(profile, stage, step));
        facts.put("strictness", strictness == Strictness.TARGET ? "a target of the procedure, not a limit"
                : "a limit of the procedure");
        own.accept(facts);
        return new LetterOrder(tenantId, event.complaintId(), ceId, type, profile, null, facts, null);
    }

    private static String clockInWords(@Nullable ProcedureProfile profile, int stage, String step) {
        if (step.equals(FollowUpScheduled.LEARNING_MEETING)) {
            return "learning meeting after the " + ComplaintLetters.stageName(profile, stage) + " response";
        }
        if (step.startsWith(FollowUpScheduled.MEASURE_REVIEW)) {
            return "review of an unreasonable-behaviour measure";
        }
        String stageName = ComplaintLetters.stageName(profile, stage);
        return switch (step) {
            case ComplaintLetters.RESPONSE -> stageName + " response";
            case "REQUEST_WINDOW" -> "window to ask for " + stageName;
            default -> stageName + " " + step.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }
}
