package org.complaintsplatform.intake.api;

/** The procedure the submitter believes applies; workflow-service decides. */
public enum Route {
    STATUTORY,
    CORPORATE
}
