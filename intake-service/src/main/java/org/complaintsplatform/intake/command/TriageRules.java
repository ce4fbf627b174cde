package org.complaintsplatform.intake.command;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.complaintsplatform.intake.api.ComplainantRole;
import org.complaintsplatform.intake.api.FeedbackType;
import org.complaintsplatform.intake.api.Representation;
import org.complaintsplatform.intake.api.Route;
import org.complaintsplatform.intake.api.Triage;
import org.complaintsplatform.procedures.Advocacy;
import org.complaintsplatform.procedures.AdvocacyProvider;
import org.complaintsplatform.procedures.Exclusion;
import org.complaintsplatform.procedures.ExclusionGround;
import org.complaintsplatform.procedures.ProcedureProfile;
import org.complaintsplatform.procedures.RouteKind;
import org.complaintsplatform.procedures.TimeLimit;
import org.complaintsplatform.procedures.WorkingDayCalendar;
import org.jspecify.annotations.Nullable;

/**
 * Computes the {@link Triage} flags of a representation from its tenant's procedure profile. Pure:
 * the receipt date and calendar are passed in, so tests state every date by hand.
 */
public final class TriageRules {

    /** Roles the Children Act 1989 procedure names (s.26(3)); anyone else needs sufficient interest. */
    private static final Set<ComplainantRole> STATUTORY_ROLES = EnumSet.of(ComplainantRole.CHILD,
            ComplainantRole.PARENT, ComplainantRole.PARENTAL_RESPONSIBILITY, ComplainantRole.FOSTER_CARER,
            ComplainantRole.SPECIAL_GUARDIAN, ComplainantRole.CARE_LEAVER, ComplainantRole.ADVOCATE);

    private final List<String> keywords;
    private final List<Pattern> patterns;

    /** @param safeguardingKeywords matched case-insensitively as whole words or phrases */
    public TriageRules(List<String> safeguardingKeywords) {
        this.keywords = safeguardingKeywords.stream().map(String::strip).filter(k -> !k.isEmpty()).toList();
        this.patterns = keywords.stream()
                .map(k -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(k.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
    }

    public Triage assess(ProcedureProfile profile, WorkingDayCalendar calendar, Representation representation,
                         LocalDate receivedOn) {
        Triage.@Nullable TimeLimitCheck timeLimit = timeLimit(profile.eligibility().timeLimit(), calendar,
                representation.whatHappenedOn(), receivedOn);
        List<String> exclusionGrounds = representation.legalProceedings()
                ? profile.exclusions().grounds().stream().map(Exclusion::ground)
                        .filter(ground -> ground == ExclusionGround.LEGAL_PROCEEDINGS).map(Enum::name).toList()
                : List.of();
        @Nullable Advocacy advocacy = profile.advocacy();
        boolean advocacyToOffer = advocacy != null && forAdvocacy(representation);
        List<String> found = safeguardingKeywords(representation);
        return new Triage(
                timeLimit != null && timeLimit.daysLate() > 0,
                timeLimit,
                !exclusionGrounds.isEmpty(),
                exclusionGrounds,
                representation.complainant().role() == ComplainantRole.OTHER,
                advocacyToOffer,
                advocacyToOffer ? advocacy.providers().stream().map(AdvocacyProvider::name).findFirst().orElse(null) : null,
                suggestedRoute(profile, representation),
                !found.isEmpty(),
                found);
    }

    private static Triage.@Nullable TimeLimitCheck timeLimit(TimeLimit limit, WorkingDayCalendar calendar,
                                                             @Nullable LocalDate whatHappenedOn, LocalDate receivedOn) {
        if (whatHappenedOn == null) {
            return null;
        }
        LocalDate lastDayInTime = calendar.dueDate(whatHappenedOn, limit.limit());
        long daysLate = Math.max(0, ChronoUnit.DAYS.between(lastDayInTime, receivedOn));
        return new Triage.TimeLimitCheck(whatHappenedOn, limit.limit().amount(), limit.limit().unit().name(),
                lastDayInTime, receivedOn, daysLate, limit.discretion());
    }

    private static boolean forAdvocacy(Representation representation) {
        ComplainantRole role = representation.complainant().role();
        Representation.@Nullable Child child = representation.child();
        return role == ComplainantRole.CHILD || role == ComplainantRole.CARE_LEAVER || (child != null && child.inCare());
    }

    /**
     * The statutory route for a named complainant the Act names, or for a complaint about a named child;
     * the corporate route for anonymous complaints and for anyone else; the only route where there is one.
     */
    private static @Nullable Route suggestedRoute(ProcedureProfile profile, Representation representation) {
        if (representation.feedbackType() != FeedbackType.COMPLAINT || profile.routes().isEmpty()) {
            return null;
        }
        boolean hasStatutory = profile.route(RouteKind.STATUTORY_CHILDREN).isPresent();
        boolean hasCorporate = profile.route(RouteKind.CORPORATE).isPresent();
        if (!hasStatutory || !hasCorporate) {
            return hasStatutory ? Route.STATUTORY : Route.CORPORATE;
        }
        boolean statutory = !representation.anonymous()
                && (STATUTORY_ROLES.contains(representation.complainant().role()) || representation.child() != null);
        return statutory ? Route.STATUTORY : Route.CORPORATE;
    }

    private List<String> safeguardingKeywords(Representation representation) {
        String text = representation.summary()
                + (representation.desiredOutcome() == null ? "" : "\n" + representation.desiredOutcome());
        return java.util.stream.IntStream.range(0, keywords.size())
                .filter(i -> patterns.get(i).matcher(text).find())
                .mapToObj(keywords::get)
                .toList();
    }
}
