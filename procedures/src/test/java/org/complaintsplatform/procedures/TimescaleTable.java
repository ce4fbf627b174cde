package org.complaintsplatform.procedures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Renders the side-by-side timescale tables of docs/procedures.md from the profile files. */
final class TimescaleTable {

    private TimescaleTable() {
    }

    static String render(List<ProcedureProfile> profiles) {
        StringBuilder out = new StringBuilder();
        out.append("### Main route (statutory children's route; Core Assets: its own three-stage route)\n\n");
        out.append(routeTable(profiles, profile -> Optional.of(profile.routes().getFirst())));
        out.append("\n### Corporate route\n\n");
        out.append(routeTable(profiles, profile -> profile.routes().size() > 1 ? profile.route(RouteKind.CORPORATE) : Optional.empty()));
        out.append("\n### Other timescales\n\n");
        out.append(header(profiles));
        row(out, "Acknowledgement", profiles, profile -> deadline(profile.acknowledgementDeadline()));
        row(out, "Time limit for complaining", profiles, profile -> timeLimit(profile.eligibility().timeLimit()));
        row(out, "MP/councillor enquiry", profiles, profile -> profile.feedback(FeedbackType.MP_COUNCILLOR_ENQUIRY)
                .map(rule -> rule.response() == null ? "accepted, no timescale" : deadline(rule.response()))
                .orElse("—"));
        row(out, "Exclusion letter not needed if resolved within", profiles, profile -> optionalDeadline(profile.exclusions().resolvedWithoutLetterWithin()));
        row(out, "Referrals", profiles, profile -> profile.referrals().isEmpty() ? "—" : profile.referrals().stream()
                .map(referral -> referral.target().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + deadline(referral.deadline()))
                .collect(Collectors.joining("; ")));
        row(out, "Learning meeting", profiles, profile -> optionalDeadline(profile.learning().meeting()));
        row(out, "Unreasonable-behaviour review", profiles, profile -> profile.unreasonableBehaviour() == null
                ? "—" : optionalDeadline(profile.unreasonableBehaviour().review()));
        row(out, "Record retention", profiles, profile -> profile.retention() == null
                ? "not stated" : "at least " + timescale(profile.retention().minimum()) + " from " + words(profile.retention().from()));
        row(out, "Ombudsman's usual wait", profiles, profile -> profile.signposting().stream()
                .map(Signpost::usualWait).filter(Objects::nonNull).map(TimescaleTable::timescale).findFirst().orElse("—"));
        return out.toString();
    }

    private static String routeTable(List<ProcedureProfile> profiles, Function<ProcedureProfile, Optional<Route>> routeOf) {
        StringBuilder out = new StringBuilder(header(profiles));
        for (int number = 1; number <= 3; number++) {
            int stage = number;
            if (profiles.stream().anyMatch(profile -> stage(routeOf, profile, stage).map(Stage::request).isPresent())) {
                row(out, "Stage " + stage + " request", profiles, profile -> stage(routeOf, profile, stage)
                        .map(found -> found.request() == null ? "—" : window(found.request())).orElse("—"));
            }
            for (Step step : Step.values()) {
                if (profiles.stream().anyMatch(profile -> stage(routeOf, profile, stage).flatMap(found -> found.deadline(step)).isPresent())) {
                    row(out, "Stage " + stage + " " + words(step), profiles, profile -> stage(routeOf, profile, stage)
                            .flatMap(found -> found.deadline(step)).map(TimescaleTable::deadline).orElse("—"));
                }
            }
        }
        return out.toString();
    }

    private static Optional<Stage> stage(Function<ProcedureProfile, Optional<Route>> routeOf, ProcedureProfile profile, int number) {
        return routeOf.apply(profile).flatMap(route -> route.stages().stream().filter(stage -> stage.number() == number).findFirst());
    }

    private static String header(List<ProcedureProfile> profiles) {
        return "| | " + profiles.stream().map(ProcedureProfile::organisation).collect(Collectors.joining(" | ")) + " |\n"
                + "|---" + "|---".repeat(profiles.size()) + "|\n";
    }

    private static void row(StringBuilder out, String name, List<ProcedureProfile> profiles, Function<ProcedureProfile, String> cell) {
        List<String> cells = new ArrayList<>();
        for (ProcedureProfile profile : profiles) {
            cells.add(cell.apply(profile));
        }
        out.append("| ").append(name).append(" | ").append(String.join(" | ", cells)).append(" |\n");
    }

    private static String window(RequestWindow window) {
        if (window.limits().isEmpty()) {
            return "none stated";
        }
        String limits = window.limits().stream().map(TimescaleTable::deadline).collect(Collectors.joining(" or "));
        String combined = switch (window.combination()) {
            case SINGLE -> limits;
            case EARLIEST -> limits + ", whichever is earlier";
            case LATEST -> limits + ", whichever is later";
        };
        return window.lapse() == Lapse.COMPLAINT_CLOSED ? combined + "; then the complaint is closed" : combined;
    }

    private static String optionalDeadline(@Nullable Deadline deadline) {
        return deadline == null ? "—" : deadline(deadline);
    }

    private static String deadline(Deadline deadline) {
        if (deadline.timescale() == null) {
            return "not stated";
        }
        StringBuilder text = new StringBuilder(timescale(deadline.timescale())).append(" from ").append(words(deadline.from()));
        if (!deadline.startsLaterOn().isEmpty()) {
            text.append(" (or later: ").append(deadline.startsLaterOn().stream().map(TimescaleTable::words)
                    .collect(Collectors.joining(", "))).append(")");
        }
        for (Extension extension : deadline.extensions()) {
            text.append("; ").append(extension.upTo() == null ? "extendable, no cap" : "up to " + timescale(extension.upTo()))
                    .append(" (").append(words(extension.condition())).append(")");
        }
        if (deadline.strictness() == Strictness.TARGET) {
            text.append("; target");
        }
        return text.toString();
    }

    private static String timeLimit(TimeLimit timeLimit) {
        return timescale(timeLimit.limit()) + (timeLimit.discretion() ? ", with discretion" : ", no discretion");
    }

    static String timescale(Timescale timescale) {
        int amount = timescale.amount();
        String unit = switch (timescale.unit()) {
            case WORKING_DAYS -> "wd";
            case CALENDAR_DAYS -> amount == 1 ? "day" : "days";
            case WEEKS -> amount == 1 ? "week" : "weeks";
            case HOURS -> "hours";
            case CALENDAR_MONTHS -> amount == 1 ? "month" : "months";
            case YEARS -> amount == 1 ? "year" : "years";
        };
        return amount + " " + unit;
    }

    private static String words(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
