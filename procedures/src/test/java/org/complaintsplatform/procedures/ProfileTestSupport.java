package org.complaintsplatform.procedures;

import java.time.LocalDate;

/** Shared lookups for the per-profile tests; every date in those tests is worked out by hand. */
final class ProfileTestSupport {

    static final Procedures PROCEDURES = Procedures.loadDefault();
    static final WorkingDayCalendar ENGLAND = PROCEDURES.calendar(Division.ENGLAND_AND_WALES);

    private ProfileTestSupport() {
    }

    static ProcedureProfile profile(String tenantId) {
        return PROCEDURES.profile(PROCEDURES.tenant(tenantId).orElseThrow());
    }

    static Stage stage(ProcedureProfile profile, RouteKind route, int number) {
        return profile.route(route).orElseThrow().stage(number);
    }

    static Deadline deadline(ProcedureProfile profile, RouteKind route, int stage, Step step) {
        return stage(profile, route, stage).deadline(step).orElseThrow();
    }

    static RequestWindow window(ProcedureProfile profile, RouteKind route, int stage) {
        RequestWindow window = stage(profile, route, stage).request();
        if (window == null) {
            throw new AssertionError("Stage " + stage + " of " + profile + " has no request window");
        }
        return window;
    }

    static LocalDate due(Deadline deadline, LocalDate dayZero) {
        return ENGLAND.dueDate(dayZero, deadline.stated().orElseThrow());
    }

    static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
