package org.complaintsplatform.procedures;

/** The unit a seed states a timescale in; kept as stated so that letters can quote it. */
public enum TimescaleUnit {
    WORKING_DAYS,
    CALENDAR_DAYS,
    WEEKS,
    HOURS,
    CALENDAR_MONTHS,
    YEARS
}
