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
import org.complaintsplatform.procedures.LateAcceptanceEffect;
import org.complaintsplatform.procedures.LateAcceptanceKind;
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

    private static final int ADULTHOOD = 18;

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
                representation, receivedOn);
        Set<ExclusionGround> indicated = exclusionGroundsIndicated(representation, receivedOn);
        List<String> exclusionGrounds = profile.exclusions().grounds().stream().map(Exclusion::ground)
                .filter(indicated::contains).map(Enum::name).toList();
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

    /**
     * Counted from the latest event (CA-A6 (b), HER-A2), or from a later awareness date where the profile says so
     * (CAM-A12 (b)). A complaint late counted from the events lists every circumstance the profile admits it under,
     * each marked where the submission's facts point to it.
     */
    private static Triage.@Nullable TimeLimitCheck timeLimit(TimeLimit limit, WorkingDayCalendar calendar,
                                                             Representation representation, LocalDate receivedOn) {
        @Nullable LocalDate latest = representation.whatHappenedOn();
        if (latest == null) {
            return null;
        }
        @Nullable LocalDate becameAwareOn = representation.becameAwareOn();
        boolean awareLater = becameAwareOn != null && becameAwareOn.isAfter(latest);
        boolean countsFromAwareness = awareLater && limit.acceptedLate().stream()
                .anyMatch(late -> late.effect() == LateAcceptanceEffect.COUNTED_FROM_AWARENESS);
        LocalDate countedFrom = countsFromAwareness ? becameAwareOn : latest;
        LocalDate lastDayFromEvents = calendar.dueDate(latest, limit.limit());
        LocalDate lastDayInTime = countsFromAwareness ? calendar.dueDate(countedFrom, limit.limit()) : lastDayFromEvents;
        boolean lateFromEvents = receivedOn.isAfter(lastDayFromEvents);
        LocalDate firstHappenedOn = representation.incidentDates().getFirst();
        List<Triage.LateAcceptanceCheck> lateAcceptance = lateFromEvents
                ? limit.acceptedLate().stream().map(late -> new Triage.LateAcceptanceCheck(late.kind().name(),
                        late.effect().name(), late.rule(), indicated(late.kind(), representation, firstHappenedOn, awareLater)))
                        .toList()
                : List.of();
        return new Triage.TimeLimitCheck(latest, firstHappenedOn, becameAwareOn, countedFrom, limit.limit().amount(),
                limit.limit().unit().name(), lastDayInTime, receivedOn,
                Math.max(0, ChronoUnit.DAYS.between(lastDayInTime, receivedOn)), limit.discretion(), lateAcceptance);
    }

    private static boolean indicated(LateAcceptanceKind kind, Representation representation, LocalDate firstHappenedOn,
                                     boolean awareLater) {
        return switch (kind) {
            case UNAWARE_UNTIL_RECENTLY -> awareLater;
            case CHILD_AT_THE_TIME, CHILD_UNABLE_TO_COMPLAIN_IN_TIME -> complainantWasAChild(representation, firstHappenedOn);
            case NOT_REASONABLE_TO_COMPLAIN_SOONER -> false;
        };
    }

    /**
     * A child complaining was a child then; a care leaver was if the child's date of birth (theirs) puts the first
     * event before their eighteenth birthday. Anyone else complains about someone else's childhood.
     */
    private static boolean complainantWasAChild(Representation representation, LocalDate firstHappenedOn) {
        Representation.@Nullable Child child = representation.child();
        return switch (representation.complainant().role()) {
            case CHILD -> true;
            case CARE_LEAVER -> child != null && child.dateOfBirth() != null
                    && firstHappenedOn.isBefore(child.dateOfBirth().plusYears(ADULTHOOD));
            default -> false;
        };
    }

    /**
     * The grounds the submitter's answers point to. "Previously raised and responded to more than 12 months
     * earlier" (CAM-A13 (a)): an answer within the 12 months does not exclude a repeat.
     */
    private static Set<ExclusionGround> exclusionGroundsIndicated(Representation representation, LocalDate receivedOn) {
        Set<ExclusionGround> grounds = EnumSet.noneOf(ExclusionGround.class);
        representation.circumstances().forEach(circumstance -> grounds.add(switch (circumstance) {
            case LEGAL_PROCEEDINGS -> ExclusionGround.LEGAL_PROCEEDINGS;
            case TRIBUNAL -> ExclusionGround.TRIBUNAL;
            case DISCIPLINARY_PROCEEDINGS -> ExclusionGround.DISCIPLINARY_PROCEEDINGS;
            case CRIMINAL_INVESTIGATION -> ExclusionGround.CRIMINAL_PROCEEDINGS;
            case CHILD_PROTECTION_CONFERENCE -> ExclusionGround.CHILD_PROTECTION_CONFERENCE;
            case COMPENSATION_ONLY -> ExclusionGround.COMPENSATION_CLAIM;
            case ABOUT_ANOTHER_ORGANISATION -> ExclusionGround.OTHER_AGENCY;
            case RIGHT_OF_APPEAL -> ExclusionGround.FORMAL_RIGHT_OF_APPEAL;
            case CONSIDERED_AT_EVERY_STAGE, CONSIDERED_BY_OMBUDSMAN -> ExclusionGround.ALREADY_CONSIDERED;
        }));
        @Nullable LocalDate answeredOn = representation.previouslyAnsweredOn();
        if (answeredOn != null && answeredOn.isBefore(receivedOn.minusMonths(12))) {
            grounds.add(ExclusionGround.ANSWERED_OVER_12_MONTHS_AGO);
        }
        return grounds;
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
