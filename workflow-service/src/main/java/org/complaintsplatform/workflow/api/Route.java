package org.complaintsplatform.workflow.api;

/** Statutory children's procedure or the organisation's corporate one. Kept apart from the public contract so the two can change independently. */
public enum Route {
    STATUTORY,
    CORPORATE
}
