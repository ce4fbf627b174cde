package org.complaintsplatform.procedures;

public enum RouteKind {
    /** The Children Act 1989 representations procedure (SI 2006/1738): three stages with independent oversight. */
    STATUTORY_CHILDREN,
    /** The organisation's own, non-statutory procedure. */
    CORPORATE
}
