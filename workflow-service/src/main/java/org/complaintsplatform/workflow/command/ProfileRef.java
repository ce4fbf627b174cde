package org.complaintsplatform.workflow.command;

import org.complaintsplatform.procedures.RouteKind;
import org.complaintsplatform.workflow.api.Route;

/** The procedure a complaint runs under for its whole life: its tenant, profile version and route. */
public record ProfileRef(String tenantId, String profileId, int profileVersion, Route route) {

    RouteKind routeKind() {
        return route == Route.STATUTORY ? RouteKind.STATUTORY_CHILDREN : RouteKind.CORPORATE;
    }

    /** Where a timescale came from, so a manager can look it up in the profile file. */
    String rule(int stage, String step) {
        return profileId + "-v" + profileVersion + "#routes[" + routeKind() + "].stages[" + stage + "]."
                + (step.equals(org.complaintsplatform.workflow.api.DueDate.REQUEST_WINDOW) ? "request" : "deadlines." + step);
    }
}
