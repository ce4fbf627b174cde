package org.complaintsplatform.workflow.command;

import java.time.Instant;
import java.time.LocalDate;

import org.complaintsplatform.procedures.FeedbackRule;
import org.complaintsplatform.procedures.ProcedureProfile;
import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.procedures.Tenant;
import org.complaintsplatform.procedures.WorkingDayCalendar;
import org.complaintsplatform.workflow.api.FeedbackType;
import org.complaintsplatform.workflow.command.ComplaintRuleViolation.RuleCode;
import org.jspecify.annotations.Nullable;

/**
 * The one place due dates are computed (DESIGN: computed once, carried in events): the tenant's
 * profile gives the timescale, its division's calendar counts the days from day zero.
 */
public class DueDates {

    private final Procedures procedures;

    public DueDates(Procedures procedures) {
        this.procedures = procedures;
    }

    /** The profile, calendar and day zero of a representation received now, under the tenant's current profile. */
    public Start start(String tenantId, FeedbackType feedbackType, Instant receivedAt) {
        Tenant tenant = procedures.tenant(tenantId)
                .orElseThrow(() -> new ComplaintRuleViolation(RuleCode.UNKNOWN_TENANT, "no tenant '" + tenantId + "'"));
        ProcedureProfile profile = procedures.profile(tenant);
        FeedbackRule rule = profile.feedback(org.complaintsplatform.procedures.FeedbackType.valueOf(feedbackType.name()))
                .orElseThrow(() -> new ComplaintRuleViolation(RuleCode.FEEDBACK_TYPE_NOT_ACCEPTED,
                        profile.organisation() + "'s procedure does not take " + feedbackType + " representations"));
        WorkingDayCalendar calendar = procedures.calendar(tenant.division());
        return new Start(profile, rule, calendar, calendar.dayZero(receivedAt));
    }

    /** A new representation's profile, the rule for its feedback type, its calendar and day zero. */
    public record Start(ProcedureProfile profile, FeedbackRule feedbackRule, WorkingDayCalendar calendar, LocalDate dayZero) {

        /**
         * The acknowledgement due date, or null where the procedure does not acknowledge this feedback type
         * or sets no timescale for acknowledging it.
         */
        public @Nullable LocalDate acknowledgementDueOn() {
            if (!feedbackRule.acknowledged()) {
                return null;
            }
            return profile.acknowledgement().map(timescale -> calendar.dueDate(dayZero, timescale)).orElse(null);
        }
    }
}
