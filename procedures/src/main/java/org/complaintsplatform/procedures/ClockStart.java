package org.complaintsplatform.procedures;

/** The event a timescale's clock counts from; its date is day zero. */
public enum ClockStart {
    /** The complaint (or request) was received. */
    RECEIPT
}
