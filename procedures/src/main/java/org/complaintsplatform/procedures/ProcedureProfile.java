package org.complaintsplatform.procedures;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One version of an organisation's procedure, loaded from {@code profiles/<id>-v<version>.yaml} and
 * validated against {@code schemas/procedure-profile.schema.json}. A complaint keeps the version it
 * started under, so a shipped version is never edited: changes go into a new version.
 *
 * <p>A null section means the seed says nothing on the matter; the profile does not invent a rule.
 *
 * @param seedFile        the seed text under {@code seeds/} this profile was written from
 * @param acknowledgementDeadline the acknowledgement rule with its clock start and the seed's sentence
 * @param feedback        the feedback types the organisation accepts
 * @param routes          the routes a complaint can follow; the first is the main one
 * @param interpretations the reading chosen for each ambiguity of {@code seeds/AMBIGUITIES.md} that concerns the organisation
 */
public record ProcedureProfile(
        String id,
        int version,
        String organisation,
        String seedFile,
        ClockRules clockRules,
        DeemedReceipt deemedReceipt,
        @JsonProperty("acknowledgement") Deadline acknowledgementDeadline,
        List<FeedbackRule> feedback,
        List<Route> routes,
        Eligibility eligibility,
        Exclusions exclusions,
        @Nullable Suspension suspension,
        @Nullable AnonymousHandling anonymous,
        @Nullable Advocacy advocacy,
        List<Signpost> signposting,
        Letters letters,
        List<Report> reporting,
        @Nullable Retention retention,
        @Nullable UnreasonableBehaviour unreasonableBehaviour,
        List<Referral> referrals,
        Learning learning,
        List<Interpretation> interpretations) {

    public ProcedureProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(seedFile, "seedFile");
        Objects.requireNonNull(clockRules, "clockRules");
        Objects.requireNonNull(deemedReceipt, "deemedReceipt");
        Objects.requireNonNull(acknowledgementDeadline, "acknowledgement");
        feedback = List.copyOf(feedback);
        routes = List.copyOf(routes);
        Objects.requireNonNull(eligibility, "eligibility");
        Objects.requireNonNull(exclusions, "exclusions");
        signposting = List.copyOf(signposting);
        Objects.requireNonNull(letters, "letters");
        reporting = List.copyOf(reporting);
        referrals = List.copyOf(referrals);
        Objects.requireNonNull(learning, "learning");
        interpretations = List.copyOf(interpretations);
    }

    /** The acknowledgement timescale; empty where the seed states none (Core Assets, BCP, Herefordshire). */
    public Optional<Timescale> acknowledgement() {
        return acknowledgementDeadline.stated();
    }

    public Optional<Route> route(RouteKind kind) {
        return routes.stream().filter(route -> route.kind() == kind).findFirst();
    }

    public Optional<FeedbackRule> feedback(FeedbackType type) {
        return feedback.stream().filter(rule -> rule.type() == type).findFirst();
    }

    public Optional<Interpretation> interpretation(String label) {
        return interpretations.stream().filter(interpretation -> interpretation.label().equals(label)).findFirst();
    }

    @Override
    public String toString() {
        return id + "-v" + version;
    }
}
