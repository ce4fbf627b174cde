package org.complaintsplatform.deadline.api;

/** A LIMIT breaches the procedure when missed; a TARGET is an aim ("normally", "usually"). */
public enum Strictness {
    LIMIT,
    TARGET
}
