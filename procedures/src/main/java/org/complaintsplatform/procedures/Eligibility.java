package org.complaintsplatform.procedures;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who may complain, and by when.
 *
 * @param sufficientInterest how the sufficient-interest test is decided, where the seed has one
 * @param dataSharing        limits on what may be shared with a complainant (parental responsibility, family members)
 * @param detailOnlyWithConsent complainants who are told only brief information until the consent of a person
 *                           with parental responsibility (or of the child) is recorded; the data form of dataSharing
 */
public record Eligibility(
        List<ComplainantRole> mayComplain,
        @Nullable Provision sufficientInterest,
        TimeLimit timeLimit,
        List<Provision> dataSharing,
        List<ComplainantRole> detailOnlyWithConsent,
        String seed) {

    public Eligibility {
        mayComplain = List.copyOf(mayComplain);
        Objects.requireNonNull(timeLimit, "timeLimit");
        dataSharing = List.copyOf(dataSharing);
        detailOnlyWithConsent = List.copyOf(detailOnlyWithConsent);
        Objects.requireNonNull(seed, "seed");
    }
}
