package org.complaintsplatform.contracts.deadline;

/** Why a clock stopped for good. */
public enum CancellationReason {
    /** The stage was responded to; its other clocks no longer run. */
    STAGE_RESPONDED,
    /** The complaint moved to a later stage. */
    ESCALATED,
    WITHDRAWN,
    CLOSED,
    /** A late complaint was refused under the time limit. */
    TIME_LIMIT_REFUSED,
    /** The whole complaint was excluded from the procedure. */
    EXCLUDED
}
