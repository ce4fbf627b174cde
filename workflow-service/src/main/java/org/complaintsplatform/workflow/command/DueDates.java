package org.complaintsplatform.workflow.command;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.complaintsplatform.procedures.Channel;
import org.complaintsplatform.procedures.ClockStart;
import org.complaintsplatform.procedures.Deadline;
import org.complaintsplatform.procedures.Extension;
import org.complaintsplatform.procedures.FeedbackRule;
import org.complaintsplatform.procedures.Lapse;
import org.complaintsplatform.procedures.Panel;
import org.complaintsplatform.procedures.PausedClock;
import org.complaintsplatform.procedures.ProcedureProfile;
import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.procedures.RequestWindow;
import org.complaintsplatform.procedures.Retention;
import org.complaintsplatform.procedures.RouteKind;
import org.complaintsplatform.procedures.Stage;
import org.complaintsplatform.procedures.Step;
import org.complaintsplatform.procedures.Suspension;
import org.complaintsplatform.procedures.Tenant;
import org.complaintsplatform.procedures.TimeLimit;
import org.complaintsplatform.procedures.Timescale;
import org.complaintsplatform.procedures.TimescaleUnit;
import org.complaintsplatform.procedures.UnreasonableBehaviour;
import org.complaintsplatform.procedures.WorkingDayCalendar;
import org.complaintsplatform.workflow.api.ComplainantRole;
import org.complaintsplatform.workflow.api.ContactPreference;
import org.complaintsplatform.workflow.api.DueDate;
import org.complaintsplatform.workflow.api.ExclusionEffect;
import org.complaintsplatform.workflow.api.ExclusionGround;
import org.complaintsplatform.workflow.api.ExternalBody;
import org.complaintsplatform.workflow.api.ExtensionCondition;
import org.complaintsplatform.workflow.api.FeedbackType;
import org.complaintsplatform.workflow.api.InvestigatorRole;
import org.complaintsplatform.workflow.api.PausedDueDate;
import org.complaintsplatform.workflow.api.Route;
import org.complaintsplatform.workflow.api.Strictness;
import org.complaintsplatform.workflow.api.SuspensionGround;
import org.complaintsplatform.workflow.command.ComplaintRuleViolation.RuleCode;
import org.jspecify.annotations.Nullable;

/**
 * The one place due dates are computed (DESIGN: computed once, carried in events). The complaint's
 * profile version says which steps of a stage start from which event and how long each takes; its
 * division's calendar counts the working days.
 */
public class DueDates {

    private final Procedures procedures;

    public DueDates(Procedures procedures) {
        this.procedures = procedures;
    }

    /**
     * The profile, route, calendar and day zero of a representation received now, under the tenant's current
     * profile. Without a route hint a complaint takes the statutory route where the organisation has one.
     */
    public Start start(String tenantId, FeedbackType feedbackType, @Nullable Route routeHint, Instant receivedAt) {
        Tenant tenant = procedures.tenant(tenantId)
                .orElseThrow(() -> new ComplaintRuleViolation(RuleCode.UNKNOWN_TENANT, "no tenant '" + tenantId + "'"));
        ProcedureProfile profile = procedures.profile(tenant);
        FeedbackRule rule = profile.feedback(org.complaintsplatform.procedures.FeedbackType.valueOf(feedbackType.name()))
                .orElseThrow(() -> new ComplaintRuleViolation(RuleCode.FEEDBACK_TYPE_NOT_ACCEPTED,
                        profile.organisation() + "'s procedure does not take " + feedbackType + " representations"));
        Route route = routeHint != null ? routeHint
                : profile.route(RouteKind.STATUTORY_CHILDREN).isPresent() ? Route.STATUTORY : Route.CORPORATE;
        ProfileRef ref = new ProfileRef(tenantId, profile.id(), profile.version(), route);
        if (feedbackType == FeedbackType.COMPLAINT && profile.route(ref.routeKind()).isEmpty()) {
            throw new ComplaintRuleViolation(RuleCode.ROUTE_NOT_OFFERED,
                    profile.organisation() + " has no " + route.name().toLowerCase(Locale.ROOT) + " complaints procedure");
        }
        WorkingDayCalendar calendar = procedures.calendar(tenant.division());
        return new Start(ref, profile, rule, calendar, calendar.dayZero(receivedAt));
    }

    /** A new representation's profile, the rule for its feedback type, its calendar and day zero. */
    public record Start(ProfileRef ref, ProcedureProfile profile, FeedbackRule feedbackRule, WorkingDayCalendar calendar,
                        LocalDate dayZero) {

        /**
         * The acknowledgement due date, or null where the procedure does not acknowledge this feedback type
         * or sets no timescale for acknowledging it.
         */
        public @Nullable LocalDate acknowledgementDueOn() {
            if (!feedbackRule.acknowledged()) {
                return null;
            }
            return profile.acknowledgement().map(timescale -> calendar.dueDate(dayZero, timescale)).orElse(null);
        }
    }

    /** The London date of an instant: day zero of whatever happened then. */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, WorkingDayCalendar.LONDON);
    }

    /**
     * The clocks of a stage that (re)start on {@code trigger}: those counted from it, and those the profile
     * holds back until it ("starts later on"). Steps whose timescale the seed does not state get no due date.
     */
    public List<DueDate> clocksStartingOn(ProfileRef ref, int stage, ClockStart trigger, LocalDate dayZero) {
        return clocksStartingOn(ref, stage, trigger, dayZero.atStartOfDay(WorkingDayCalendar.LONDON).toInstant());
    }

    /**
     * The same, for a trigger whose time is known: a timescale in hours (Core Assets' "initial response from
     * the panel within 24 hours") runs in clock hours from that instant, and is due on the London date it ends.
     */
    public List<DueDate> clocksStartingOn(ProfileRef ref, int stage, ClockStart trigger, Instant at) {
        LocalDate dayZero = dateOf(at);
        Optional<Stage> found = stage(ref, stage);
        if (found.isEmpty()) {
            return List.of();
        }
        WorkingDayCalendar calendar = calendar(ref);
        List<DueDate> due = new ArrayList<>();
        found.get().deadlines().entrySet().stream()
                .filter(entry -> entry.getKey() != Step.ACKNOWLEDGEMENT)
                .filter(entry -> entry.getValue().from() == trigger || entry.getValue().startsLaterOn().contains(trigger))
                .filter(entry -> entry.getValue().timescale() != null)
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> {
                    Timescale timescale = entry.getValue().timescale();
                    LocalDate dueOn = timescale.unit() == TimescaleUnit.HOURS
                            ? dateOf(calendar.dueAt(at, timescale))
                            : calendar.dueDate(dayZero, timescale);
                    due.add(dueDate(ref, stage, entry.getKey().name(), entry.getValue(), dueOn));
                });
        return due;
    }

    /** The response's new due date under an extension the profile allows for this stage. */
    public DueDate extendResponse(ProfileRef ref, int stage, ExtensionCondition condition, int workingDays, LocalDate dayZero) {
        Deadline response = stage(ref, stage).flatMap(found -> found.deadline(Step.RESPONSE))
                .orElseThrow(() -> new ComplaintRuleViolation(RuleCode.EXTENSION_NOT_ALLOWED,
                        "Stage " + stage + " has no response timescale to extend"));
        Extension extension = response.extensions().stream()
                .filter(candidate -> candidate.condition().name().equals(condition.name()))
                .findFirst()
                .orElseThrow(() -> new ComplaintRuleViolation(RuleCode.EXTENSION_NOT_ALLOWED,
                        "the procedure allows no Stage " + stage + " extension " + condition + "; it allows "
                                + response.extensions().stream().map(e -> e.condition().name()).toList()));
        Timescale upTo = extension.upTo();
        if (upTo != null && workingDays > upTo.amount()) {
            throw new ComplaintRuleViolation(RuleCode.EXTENSION_BEYOND_MAXIMUM,
                    "Stage " + stage + " may be extended to " + upTo.amount() + " working days at most, not " + workingDays);
        }
        Timescale stated = response.timescale();
        if (stated != null && workingDays <= stated.amount()) {
            throw new ComplaintRuleViolation(RuleCode.EXTENSION_NOT_LONGER,
                    "an extension must be longer than the standard " + stated.amount() + " working days");
        }
        return dueDate(ref, stage, Step.RESPONSE.name(), response,
                calendar(ref).dueDate(dayZero, Timescale.workingDays(workingDays)));
    }

    /**
     * The last day to ask for {@code toStage}, from the events of the previous stage; empty where the profile
     * sets no window (a request is never late) or the route has no such stage.
     */
    public Optional<DueDate> requestWindow(ProfileRef ref, int toStage, Map<ClockStart, LocalDate> dayZeros) {
        Optional<RequestWindow> window = stage(ref, toStage).map(Stage::request);
        if (window.isEmpty() || window.get() == null) {
            return Optional.empty();
        }
        return window.get().closesOn(dayZeros, calendar(ref)).map(closesOn -> new DueDate(toStage, DueDate.REQUEST_WINDOW,
                closesOn, Strictness.LIMIT, ref.rule(toStage, DueDate.REQUEST_WINDOW)));
    }

    /** A profile that names suspension grounds allows only those; one whose seed is silent allows any. */
    public boolean recognises(ProfileRef ref, SuspensionGround ground) {
        Suspension suspension = profile(ref).suspension();
        return suspension == null
                || suspension.grounds().contains(org.complaintsplatform.procedures.SuspensionGround.valueOf(ground.name()));
    }

    /** The profile's time limit for complaining: whether a late complaint may be accepted, who decides, whether in writing. */
    public TimeLimitRule timeLimit(ProfileRef ref) {
        TimeLimit timeLimit = profile(ref).eligibility().timeLimit();
        return new TimeLimitRule(timeLimit.discretion(), timeLimit.decidedBy(), timeLimit.writtenDecision(),
                ref.profileId() + "-v" + ref.profileVersion() + "#eligibility.timeLimit");
    }

    /** What the profile says about late complaints, and the field it says it in. */
    public record TimeLimitRule(boolean discretion, @Nullable String decidedBy, boolean writtenDecision, String rule) {
    }

    /** The effect of an exclusion ground the profile lists, with its field; empty where the profile does not list it. */
    public Optional<ExclusionRule> exclusion(ProfileRef ref, ExclusionGround ground) {
        return profile(ref).exclusions().grounds().stream()
                .filter(exclusion -> exclusion.ground().name().equals(ground.name()))
                .findFirst()
                .map(exclusion -> new ExclusionRule(ExclusionEffect.valueOf(exclusion.effect().name()),
                        ref.profileId() + "-v" + ref.profileVersion() + "#exclusions.grounds[" + ground.name() + "]"));
    }

    /** The grounds the profile lists, for a refusal that names them. */
    public List<String> exclusionGrounds(ProfileRef ref) {
        return profile(ref).exclusions().grounds().stream().map(exclusion -> exclusion.ground().name()).toList();
    }

    public record ExclusionRule(ExclusionEffect effect, String rule) {
    }

    /** The profile field that lets a complaint go straight to Stage 2 on its route; empty where the seed does not allow it. */
    public Optional<String> directToStageTwo(ProfileRef ref) {
        return profile(ref).route(ref.routeKind()).map(org.complaintsplatform.procedures.Route::directToStage2)
                .map(provision -> ref.profileId() + "-v" + ref.profileVersion() + "#routes[" + ref.routeKind() + "].directToStage2");
    }

    /** The learning meeting the profile holds after a complaint's final response; empty where it holds none. */
    public Optional<LearningMeeting> learningMeeting(ProfileRef ref) {
        Deadline meeting = profile(ref).learning().meeting();
        if (meeting == null || meeting.timescale() == null) {
            return Optional.empty();
        }
        return Optional.of(new LearningMeeting(meeting.timescale(), calendar(ref),
                Strictness.valueOf(meeting.strictness().name()),
                ref.profileId() + "-v" + ref.profileVersion() + "#learning.meeting"));
    }

    /** A learning meeting's timescale, counted from the final response sent. */
    public record LearningMeeting(Timescale timescale, WorkingDayCalendar calendar, Strictness strictness, String rule) {

        public LocalDate dueAfter(LocalDate finalResponseSentOn) {
            return calendar.dueDate(finalResponseSentOn, timescale);
        }

        /** The meeting's clock after the response of a stage: at that stage, so an escalation ends it. */
        public DueDate clockAfter(int stage, LocalDate responseSentOn) {
            return new DueDate(stage, DueDate.LEARNING_MEETING, dueAfter(responseSentOn), strictness, rule);
        }
    }

    /** The profile's measures against unreasonable behaviour; empty where its seed has none. */
    public Optional<BehaviourPolicy> unreasonableBehaviour(ProfileRef ref) {
        UnreasonableBehaviour policy = profile(ref).unreasonableBehaviour();
        if (policy == null) {
            return Optional.empty();
        }
        Deadline review = policy.review();
        return Optional.of(new BehaviourPolicy(review == null ? null : review.timescale(), calendar(ref),
                review == null ? Strictness.LIMIT : Strictness.valueOf(review.strictness().name()),
                ref.profileId() + "-v" + ref.profileVersion() + "#unreasonableBehaviour"));
    }

    /** How often a measure is reviewed (null where the profile gives each measure a duration but no review). */
    public record BehaviourPolicy(@Nullable Timescale review, WorkingDayCalendar calendar, Strictness strictness,
                                  String rule) {

        /**
         * A measure's review as a clock of the whole complaint (stage 0): stage responses and escalations leave it
         * running; closing the complaint ends it, as a closed complaint's measures are not reviewed.
         */
        public DueDate reviewClock(UUID measureId, LocalDate dueOn) {
            return new DueDate(0, DueDate.measureReview(measureId), dueOn, strictness, rule + ".review");
        }

        /** The next review of a measure imposed or reviewed on {@code from}; null if none is due before it ends. */
        public @Nullable LocalDate reviewDue(LocalDate from, LocalDate endsOn) {
            if (review == null) {
                return null;
            }
            LocalDate due = calendar.dueDate(from, review);
            return due.isBefore(endsOn) ? due : null;
        }
    }

    /** The external bodies the profile names for complainants to go to next, in its order. */
    public List<ExternalBody> signposts(ProfileRef ref) {
        return profile(ref).signposting().stream().map(signpost -> ExternalBody.valueOf(signpost.body().name())).toList();
    }

    /** The investigator roles a stage appoints; empty where the stage has no investigation. */
    public List<InvestigatorRole> investigationRoles(ProfileRef ref, int stage) {
        return stage(ref, stage).map(Stage::investigation)
                .map(investigation -> investigation.roles().stream().map(role -> InvestigatorRole.valueOf(role.name())).toList())
                .orElse(List.of());
    }

    /** The review panel a stage convenes, if it has one. */
    public Optional<Panel> panel(ProfileRef ref, int stage) {
        return stage(ref, stage).map(Stage::panel);
    }

    /** What happens when the window to ask for a stage passes; NO_WINDOW where the profile sets none. */
    public Lapse lapseOf(ProfileRef ref, int stage) {
        return stage(ref, stage).map(Stage::request).map(RequestWindow::lapse).orElse(Lapse.NO_WINDOW);
    }

    public boolean hasStage(ProfileRef ref, int stage) {
        return stage(ref, stage).isPresent();
    }

    /**
     * The profile field that lets a complainant of this role be told only brief information until consent is
     * recorded; empty when the profile sets no such limit for the role.
     */
    public Optional<String> detailOnlyWithConsent(ProfileRef ref, ComplainantRole role) {
        return profile(ref).eligibility().detailOnlyWithConsent().contains(inProfileTerms(role))
                ? Optional.of(ref.profileId() + "-v" + ref.profileVersion() + "#eligibility.detailOnlyWithConsent")
                : Optional.empty();
    }

    private static org.complaintsplatform.procedures.ComplainantRole inProfileTerms(ComplainantRole role) {
        return switch (role) {
            case CHILD -> org.complaintsplatform.procedures.ComplainantRole.CHILD;
            case PARENT -> org.complaintsplatform.procedures.ComplainantRole.PARENT;
            case PARENTAL_RESPONSIBILITY -> org.complaintsplatform.procedures.ComplainantRole.PERSON_WITH_PARENTAL_RESPONSIBILITY;
            case FOSTER_CARER -> org.complaintsplatform.procedures.ComplainantRole.FOSTER_CARER;
            case SPECIAL_GUARDIAN -> org.complaintsplatform.procedures.ComplainantRole.SPECIAL_GUARDIAN;
            case CARE_LEAVER -> org.complaintsplatform.procedures.ComplainantRole.CARE_LEAVER;
            case ADVOCATE -> org.complaintsplatform.procedures.ComplainantRole.REPRESENTATIVE;
            case OTHER -> org.complaintsplatform.procedures.ComplainantRole.PERSON_WITH_SUFFICIENT_INTEREST;
        };
    }

    /** The date a letter is taken to reach the complainant by the channel they chose. */
    public LocalDate deemedReceipt(ProfileRef ref, LocalDate sentOn, ContactPreference channel) {
        return profile(ref).deemedReceipt().receivedOn(sentOn, Channel.valueOf(channel.name()), calendar(ref));
    }

    public PausedDueDate pause(ProfileRef ref, DueDate dueDate, LocalDate suspendedOn) {
        return new PausedDueDate(dueDate, calendar(ref).pause(dueDate.dueOn(), suspendedOn).workingDaysLeft());
    }

    public DueDate resume(ProfileRef ref, PausedDueDate paused, LocalDate suspendedOn, LocalDate resumedOn) {
        DueDate before = paused.dueDate();
        LocalDate dueOn = calendar(ref).resume(new PausedClock(before.dueOn(), suspendedOn, paused.workingDaysLeft()), resumedOn);
        return new DueDate(before.stage(), before.step(), dueOn, before.strictness(), before.rule());
    }

    /**
     * How long the profile keeps a finished complaint's record: the last day of its retention, counted from the
     * closure or withdrawal, and the profile field it comes from. Empty where the profile states no retention:
     * such records stay until a manager decides.
     *
     * @throws IllegalStateException for a retention counted from anything but the closure, which no profile has
     */
    public Optional<Retained> retention(String tenantId, String profileId, int profileVersion, LocalDate finishedOn) {
        Retention retention = procedures.profile(profileId, profileVersion).retention();
        if (retention == null) {
            return Optional.empty();
        }
        if (retention.from() != ClockStart.CLOSURE) {
            throw new IllegalStateException(profileId + "-v" + profileVersion + " counts retention from " + retention.from()
                    + "; only a retention counted from closure is supported");
        }
        return Optional.of(new Retained(calendar(tenantId).dueDate(finishedOn, retention.minimum()),
                profileId + "-v" + profileVersion + "#retention"));
    }

    /** A record is kept to the end of {@code until} (London), and may be erased from the next day. */
    public record Retained(LocalDate until, String rule) {

        public boolean endedBy(LocalDate day) {
            return day.isAfter(until);
        }
    }

    private DueDate dueDate(ProfileRef ref, int stage, String step, Deadline deadline, LocalDate dueOn) {
        return new DueDate(stage, step, dueOn, Strictness.valueOf(deadline.strictness().name()), ref.rule(stage, step));
    }

    private Optional<Stage> stage(ProfileRef ref, int number) {
        return profile(ref).route(ref.routeKind())
                .flatMap(route -> route.stages().stream().filter(stage -> stage.number() == number).findFirst());
    }

    /** The highest stage the route has. */
    public int lastStage(ProfileRef ref) {
        return profile(ref).route(ref.routeKind()).flatMap(route -> route.stages().stream()
                .map(Stage::number).max(Comparator.naturalOrder())).orElse(1);
    }

    private ProcedureProfile profile(ProfileRef ref) {
        return procedures.profile(ref.profileId(), ref.profileVersion());
    }

    private WorkingDayCalendar calendar(ProfileRef ref) {
        return calendar(ref.tenantId());
    }

    private WorkingDayCalendar calendar(String tenantId) {
        Tenant tenant = procedures.tenant(tenantId)
                .orElseThrow(() -> new ComplaintRuleViolation(RuleCode.UNKNOWN_TENANT, "no tenant '" + tenantId + "'"));
        return procedures.calendar(tenant.division());
    }
}
