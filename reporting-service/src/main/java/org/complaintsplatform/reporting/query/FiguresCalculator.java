package org.complaintsplatform.reporting.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.complaintsplatform.procedures.WorkingDayCalendar;
import org.complaintsplatform.reporting.api.ComplaintFact;
import org.complaintsplatform.reporting.api.DecisionFact;
import org.complaintsplatform.reporting.api.DecisionKind;
import org.complaintsplatform.reporting.api.PeriodFigures;
import org.complaintsplatform.reporting.api.ReportPeriod;
import org.complaintsplatform.reporting.api.ResponseOutcome;
import org.complaintsplatform.reporting.api.StageFact;
import org.complaintsplatform.reporting.api.StageFigures;
import org.complaintsplatform.reporting.api.StepFact;
import org.complaintsplatform.reporting.api.StepFigures;
import org.jspecify.annotations.Nullable;

/** Counts a tenant's facts into the figures of one period; no I/O, so it is tested on its own. */
public final class FiguresCalculator {

    private FiguresCalculator() {
    }

    /**
     * @param complaints every representation of the tenant received on or before the period's last day
     * @param stages     the stages of those representations
     * @param decisions  the decisions about those representations (time limit, exclusions, Ombudsman)
     * @param steps      the clocks of those representations other than the stages' responses
     * @param calendar   the tenant's working-day calendar, for the working days to respond
     */
    public static PeriodFigures figures(ReportPeriod period, Collection<ComplaintFact> complaints,
                                        Collection<StageFact> stages, Collection<DecisionFact> decisions,
                                        Collection<StepFact> steps, WorkingDayCalendar calendar) {
        Map<UUID, List<StageFact>> stagesByComplaint = stages.stream().collect(Collectors.groupingBy(StageFact::complaintId));
        Map<UUID, List<DecisionFact>> decisionsByComplaint = decisions.stream()
                .collect(Collectors.groupingBy(DecisionFact::complaintId));
        List<DecisionFact> decided = decisions.stream().filter(decision -> period.contains(decision.decidedOn())).toList();
        List<DecisionFact> timeLimits = ofKind(decided, DecisionKind.TIME_LIMIT);
        List<DecisionFact> referrals = ofKind(decided, DecisionKind.OMBUDSMAN_REFERRAL);
        List<ComplaintFact> received = complaints.stream()
                .filter(complaint -> complaint.receivedOn() != null && period.contains(complaint.receivedOn()))
                .toList();
        List<ComplaintFact> receivedComplaints = received.stream().filter(ComplaintFact::isComplaint).toList();
        List<ComplaintFact> open = complaints.stream()
                .filter(ComplaintFact::isComplaint)
                .filter(complaint -> complaint.receivedOn() != null && !complaint.receivedOn().isAfter(period.end()))
                .filter(complaint -> notBy(complaint.closedOn(), period.end()) && notBy(complaint.withdrawnOn(), period.end()))
                .filter(complaint -> !endedByDecision(decisionsByComplaint.getOrDefault(complaint.complaintId(), List.of()),
                        period.end()))
                .toList();
        Map<UUID, Integer> stageAtEnd = new HashMap<>();
        for (ComplaintFact complaint : complaints) {
            stageAtEnd.put(complaint.complaintId(), stageReached(stagesByComplaint.getOrDefault(complaint.complaintId(), List.of()),
                    period.end()));
        }

        List<StageFigures> stageFigures = new ArrayList<>();
        for (int stage = 1; stage <= PeriodFigures.STAGES; stage++) {
            int current = stage;
            List<StageFact> facts = stages.stream().filter(fact -> fact.stage() == current).toList();
            List<DecisionFact> exclusions = ofKind(decided, DecisionKind.EXCLUSION).stream()
                    .filter(exclusion -> Integer.valueOf(current).equals(exclusion.stage())).toList();
            stageFigures.add(stageFigures(period, current, facts, complaints, exclusions,
                    open.stream().filter(c -> stageAtEnd.get(c.complaintId()) == current).count(), calendar));
        }

        return new PeriodFigures(
                received.size(),
                count(received, ComplaintFact::feedbackType),
                count(receivedComplaints, ComplaintFact::route),
                count(receivedComplaints, ComplaintFact::complainantRole),
                count(receivedComplaints, complaint -> Integer.toString(stageAtEnd.get(complaint.complaintId()))),
                receivedComplaints.stream()
                        .filter(complaint -> complaint.advocateAssignedOn() != null && !complaint.advocateAssignedOn().isAfter(period.end()))
                        .count(),
                received.stream().filter(c -> c.acknowledgedOn() != null).count(),
                received.stream().filter(c -> c.acknowledgedOn() != null && c.acknowledgementDueOn() != null
                        && !c.acknowledgedOn().isAfter(c.acknowledgementDueOn())).count(),
                received.stream().filter(c -> c.acknowledgedOn() != null && c.acknowledgementDueOn() != null
                        && c.acknowledgedOn().isAfter(c.acknowledgementDueOn())).count(),
                received.stream().filter(c -> c.acknowledgedOn() != null && c.acknowledgementDueOn() == null).count(),
                open.size(),
                timeLimits.stream().filter(decision -> Boolean.TRUE.equals(decision.accepted())).count(),
                timeLimits.stream().filter(decision -> Boolean.FALSE.equals(decision.accepted())).count(),
                count(ofKind(decided, DecisionKind.EXCLUSION), DecisionFact::ground),
                referrals.size(),
                referrals.stream().filter(referral -> Boolean.FALSE.equals(referral.procedureEnded())).count(),
                count(referrals, DecisionFact::body),
                count(referrals, referral -> referral.stage() == null ? null : referral.stage().toString()),
                count(ofKind(decided, DecisionKind.OMBUDSMAN_OUTCOME), DecisionFact::ombudsmanOutcome),
                decisionsByComplaint.values().stream().filter(ofComplaint -> awaitingOmbudsman(ofComplaint, period.end())).count(),
                stageFigures,
                stepFigures(period, steps, calendar));
    }

    /** A step of a stage; steps met without a due date have no stage and come first. */
    private record StepKey(@Nullable Integer stage, String step) {
        static final Comparator<StepKey> ORDER = Comparator.comparing(StepKey::stage, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(StepKey::step);
    }

    /** Per stage and step, the steps met in the period: on time, within an extension, late, without a due date. */
    private static List<StepFigures> stepFigures(ReportPeriod period, Collection<StepFact> steps, WorkingDayCalendar calendar) {
        Map<StepKey, List<StepFact>> met = new TreeMap<>(StepKey.ORDER);
        for (StepFact step : steps) {
            if (within(period, step.metOn())) {
                met.computeIfAbsent(new StepKey(step.stage(), step.step()), key -> new ArrayList<>()).add(step);
            }
        }
        List<StepFigures> figures = new ArrayList<>();
        met.forEach((key, ofStep) -> {
            long withinTimescale = 0;
            long withinExtended = 0;
            long withoutTimescale = 0;
            List<Integer> daysLate = new ArrayList<>();
            for (StepFact step : ofStep) {
                LocalDate metOn = step.metOn();
                LocalDate dueOn = step.dueOn();
                if (dueOn == null) {
                    withoutTimescale++;
                } else if (metOn.isAfter(dueOn)) {
                    daysLate.add(calendar.workingDaysBetween(dueOn, metOn));
                } else if (step.extended()) {
                    withinExtended++;
                } else {
                    withinTimescale++;
                }
            }
            figures.add(new StepFigures(key.stage(), key.step(), ofStep.size(), withinTimescale, withinExtended,
                    daysLate.size(), withoutTimescale, average(daysLate)));
        });
        return figures;
    }

    private static StageFigures stageFigures(ReportPeriod period, int stage, List<StageFact> facts,
                                             Collection<ComplaintFact> complaints, List<DecisionFact> exclusions, long openAtEnd,
                                             WorkingDayCalendar calendar) {
        List<StageFact> responses = facts.stream().filter(fact -> within(period, fact.respondedOn())).toList();
        long withinTimescale = 0;
        long withinExtended = 0;
        long late = 0;
        long withoutTimescale = 0;
        List<Integer> workingDays = new ArrayList<>();
        for (StageFact response : responses) {
            LocalDate respondedOn = response.respondedOn();
            LocalDate dueOn = response.responseDueOn();
            if (dueOn == null) {
                withoutTimescale++;
            } else if (respondedOn.isAfter(dueOn)) {
                late++;
            } else if (response.extended()) {
                withinExtended++;
            } else {
                withinTimescale++;
            }
            if (response.startedOn() != null) {
                workingDays.add(calendar.workingDaysBetween(response.startedOn(), respondedOn));
            }
        }
        Map<String, Long> outcomes = count(responses, fact -> fact.outcome() == null ? ResponseOutcome.NOT_UPHELD.name() : fact.outcome());
        List<StageFact> requests = facts.stream().filter(fact -> within(period, fact.requestedOn())).toList();
        List<StageFact> decisions = facts.stream().filter(fact -> within(period, fact.lateRequestDecidedOn())).toList();
        return new StageFigures(
                stage,
                facts.stream().filter(fact -> within(period, fact.startedOn())).count(),
                responses.size(),
                withinTimescale,
                withinExtended,
                late,
                withoutTimescale,
                average(workingDays),
                median(workingDays),
                outcomes.getOrDefault(ResponseOutcome.UPHELD.name(), 0L),
                outcomes.getOrDefault(ResponseOutcome.PARTLY_UPHELD.name(), 0L),
                outcomes.getOrDefault(ResponseOutcome.NOT_UPHELD.name(), 0L),
                complaints.stream().filter(c -> within(period, c.withdrawnOn()) && Integer.valueOf(stage).equals(c.withdrawnStage()))
                        .count(),
                exclusions.stream().filter(exclusion -> Boolean.TRUE.equals(exclusion.wholeComplaint())).count(),
                exclusions.stream().filter(exclusion -> Boolean.FALSE.equals(exclusion.wholeComplaint())).count(),
                requests.size(),
                requests.stream().filter(fact -> Boolean.FALSE.equals(fact.requestInTime())).count(),
                decisions.stream().filter(fact -> Boolean.TRUE.equals(fact.lateRequestAccepted())).count(),
                decisions.stream().filter(fact -> Boolean.FALSE.equals(fact.lateRequestAccepted())).count(),
                openAtEnd);
    }

    /** The highest stage started by that day; Stage 1 for a complaint whose stages are not known yet. */
    private static int stageReached(List<StageFact> stages, LocalDate by) {
        return stages.stream()
                .filter(fact -> fact.startedOn() != null && !fact.startedOn().isAfter(by))
                .mapToInt(StageFact::stage)
                .max().orElse(1);
    }

    /** Refused under the time limit or excluded as a whole by that day: ended without a response. */
    private static boolean endedByDecision(List<DecisionFact> decisions, LocalDate by) {
        return decisions.stream().anyMatch(decision -> decision.endsComplaint() && !decision.decidedOn().isAfter(by));
    }

    /** Referred by that day more often than decided on: one referral at a time, so the last one awaits its outcome. */
    private static boolean awaitingOmbudsman(List<DecisionFact> decisions, LocalDate by) {
        long referred = decisions.stream()
                .filter(decision -> decision.kind() == DecisionKind.OMBUDSMAN_REFERRAL && !decision.decidedOn().isAfter(by)).count();
        long decided = decisions.stream()
                .filter(decision -> decision.kind() == DecisionKind.OMBUDSMAN_OUTCOME && !decision.decidedOn().isAfter(by)).count();
        return referred > decided;
    }

    private static List<DecisionFact> ofKind(List<DecisionFact> decisions, DecisionKind kind) {
        return decisions.stream().filter(decision -> decision.kind() == kind).toList();
    }

    private static boolean notBy(@Nullable LocalDate date, LocalDate by) {
        return date == null || date.isAfter(by);
    }

    private static boolean within(ReportPeriod period, @Nullable LocalDate date) {
        return date != null && period.contains(date);
    }

    private static <T> Map<String, Long> count(Collection<T> items, Function<T, @Nullable String> key) {
        Map<String, Long> counts = new HashMap<>();
        for (T item : items) {
            String value = key.apply(item);
            counts.merge(value == null ? "UNKNOWN" : value, 1L, Long::sum);
        }
        return counts;
    }

    /** Rounded to one decimal place, as the published tables show it. */
    static @Nullable Double average(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        double mean = values.stream().mapToInt(Integer::intValue).average().orElseThrow();
        return Math.round(mean * 10) / 10.0;
    }

    static @Nullable Double median(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }
}
