package org.complaintsplatform.reporting.api;

import java.util.Collection;

/**
 * The outcome of a stage's response as a whole, from the outcomes of its points: upheld if any point is
 * upheld, partly upheld if any point is partly upheld and none is upheld, otherwise not upheld (which
 * includes a response without findings).
 */
public enum ResponseOutcome {
    UPHELD,
    PARTLY_UPHELD,
    NOT_UPHELD;

    /** @param pointOutcomes the contract names of the points' outcomes */
    public static ResponseOutcome of(Collection<String> pointOutcomes) {
        if (pointOutcomes.contains(UPHELD.name())) {
            return UPHELD;
        }
        if (pointOutcomes.contains(PARTLY_UPHELD.name())) {
            return PARTLY_UPHELD;
        }
        return NOT_UPHELD;
    }
}
