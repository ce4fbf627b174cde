package org.complaintsplatform.workflow.api;

/** What an exclusion means for the complainant, as the profile states it for the ground. */
public enum ExclusionEffect {
    /** Not considered under this procedure. */
    NOT_CONSIDERED,
    /** Not considered while the other process runs; the complainant may resubmit when it ends. */
    MAY_RESUBMIT_AFTERWARDS,
    /** Passed to another body or procedure. */
    REDIRECTED
}
