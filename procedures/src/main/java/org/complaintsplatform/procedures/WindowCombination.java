package org.complaintsplatform.procedures;

/** How the limits of a request window with more than one limit combine. */
public enum WindowCombination {
    /** One limit. */
    SINGLE,
    /** The window closes at the earliest limit ("whichever is earlier"). */
    EARLIEST,
    /** The window stays open until the latest limit. */
    LATEST
}
