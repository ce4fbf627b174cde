package org.complaintsplatform.securitysupport;

/** The roles a token's {@code roles} claim may hold; case-scoped independent roles come with their own issue. */
public final class Roles {

    /** A portal: submits representations and reads their receipts. */
    public static final String PORTAL = "portal";
    /** Acts on the complaints of their own organisation. */
    public static final String CASEWORKER = "caseworker";
    /** A caseworker who may also extend, decide and read the figures. */
    public static final String MANAGER = "manager";
    /** Reads everything of their organisation, the audit log included, and changes nothing. */
    public static final String AUDITOR = "auditor";
    /** Runs the platform: projections, tenants, profiles, templates; no complaint data. */
    public static final String ADMIN = "admin";
    /** Another service of the platform, acting for every tenant (OAuth2 client credentials). */
    public static final String SERVICE = "service";
    /** Prometheus and other scrapers: the actuator endpoints, nothing else. */
    public static final String MONITORING = "monitoring";

    private Roles() {
    }
}
