package org.complaintsplatform.workflow.command;

import java.time.Instant;
import java.time.LocalDate;

import org.complaintsplatform.procedures.ProcedureProfile;
import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.procedures.Tenant;
import org.complaintsplatform.procedures.WorkingDayCalendar;
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

    public Start start(String tenantId, Instant receivedAt) {
        Tenant tenant = procedures.tenant(tenantId)
                .orElseThrow(() -> new ComplaintRuleViolation(RuleCode.UNKNOWN_TENANT, "no tenant '" + tenantId + "'"));
        return new Start(tenant, procedures.profile(tenant), procedures.calendar(tenant.division()),
                procedures.calendar(tenant.division()).dayZero(receivedAt));
    }

    /** A new complaint's profile, calendar and day zero. */
    public record Start(Tenant tenant, ProcedureProfile profile, WorkingDayCalendar calendar, LocalDate dayZero) {

        /** The acknowledgement due date, or null where the profile sets no acknowledgement timescale. */
        public @Nullable LocalDate acknowledgementDueOn() {
            return profile.acknowledgement().map(timescale -> calendar.dueDate(dayZero, timescale)).orElse(null);
        }
    }
}
