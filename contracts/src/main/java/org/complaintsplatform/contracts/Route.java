package org.complaintsplatform.contracts;

/** Which procedure a complaint follows. */
public enum Route {
    /** The Children Act 1989 representations procedure: three stages with independent oversight. */
    STATUTORY,
    /** The organisation's own procedure. */
    CORPORATE
}
