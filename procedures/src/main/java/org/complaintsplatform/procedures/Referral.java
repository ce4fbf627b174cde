package org.complaintsplatform.procedures;

import java.util.Objects;

/** A timed hand-over of (part of) a complaint to another body. */
public record Referral(ReferralTarget target, String action, Deadline deadline) {

    public Referral {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(deadline, "deadline");
    }
}
