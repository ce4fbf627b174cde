package org.complaintsplatform.procedures;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How long after the events a complaint may be made. Counted from the latest event complained about.
 *
 * @param discretion       whether a late complaint may still be accepted
 * @param decidedBy        who decides a late complaint, where the seed says
 * @param writtenDecision  whether a refusal is given in writing
 * @param acceptedLate     circumstances in which a late complaint is accepted, or considered favourably
 */
public record TimeLimit(
        Timescale limit,
        boolean discretion,
        @Nullable String decidedBy,
        boolean writtenDecision,
        List<LateAcceptance> acceptedLate,
        String seed,
        @Nullable String note) {

    public TimeLimit {
        Objects.requireNonNull(limit, "limit");
        acceptedLate = List.copyOf(acceptedLate);
        Objects.requireNonNull(seed, "seed");
    }
}
