package org.complaintsplatform.procedures;

public enum ReferralTarget {
    /** An NHS body, for the parts of a complaint that are about health services. */
    NHS,
    /** The registered manager of an independent provider, for a Care Standards complaint. */
    REGISTERED_PROVIDER
}
