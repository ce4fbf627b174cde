package org.complaintsplatform.procedures;

/** Periods are financial (April to March), as the platform's reporting uses them. */
public enum ReportingPeriod {
    QUARTERLY,
    ANNUAL
}
