package org.complaintsplatform.procedures;

/** What happens when a window to request the next stage lapses. */
public enum Lapse {
    /** The seed states no window: a request is never out of time. */
    NO_WINDOW,
    /** The request is out of time; the complaints manager decides whether to accept it. */
    LATE_REQUEST_NEEDS_DISCRETION,
    /** The complaint is closed at the previous stage (Cambridgeshire). */
    COMPLAINT_CLOSED
}
