package org.complaintsplatform.intake.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Validator;
import org.complaintsplatform.intake.api.ContactPreference;
import org.complaintsplatform.intake.command.SubmissionDates;
import org.complaintsplatform.procedures.WorkingDayCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks a submission request and its idempotency key in one pass, so the client sees every problem
 * at once: the field constraints, plus the rules that span fields (name and contact unless anonymous).
 */
@Component
class SubmissionRequestValidator {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;

    private final Validator validator;
    private final Clock clock;

    SubmissionRequestValidator(Validator validator, Clock clock) {
        this.validator = validator;
        this.clock = clock;
    }

    void check(SubmissionRequest request, String idempotencyKey) {
        List<FieldProblem> problems = new ArrayList<>();
        if (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH) {
            problems.add(new FieldProblem(IDEMPOTENCY_KEY, "must be 1 to " + MAX_KEY_LENGTH + " characters, not blank"));
        }
        validator.validate(request).forEach(violation ->
                problems.add(new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage())));
        SubmissionRequest.ComplainantRequest complainant = request.complainant();
        if (complainant != null && !request.isAnonymous()) {
            if (isBlank(complainant.name())) {
                problems.add(new FieldProblem("complainant.name", "is required unless the submission is anonymous"));
            }
            if (complainant.preferredContact() == ContactPreference.EMAIL && isBlank(complainant.email())) {
                problems.add(new FieldProblem("complainant.email", "is required when preferredContact is EMAIL"));
            }
            if (complainant.preferredContact() == ContactPreference.POST && isBlank(complainant.postalAddress())) {
                problems.add(new FieldProblem("complainant.postalAddress", "is required when preferredContact is POST"));
            }
        }
        List<LocalDate> incidentDates = request.incidentDates() == null
                || request.incidentDates().stream().anyMatch(Objects::isNull) ? List.of() : request.incidentDates();
        if (request.whatHappenedOn() != null && !incidentDates.isEmpty()) {
            problems.add(new FieldProblem("incidentDates", "give whatHappenedOn for one event or incidentDates for several, not both"));
        }
        SubmissionRequest.ChildRequest child = request.child();
        SubmissionDates.check(request.whatHappenedOn(), incidentDates, request.becameAwareOn(),
                        request.previouslyAnsweredOn(), child == null ? null : child.dateOfBirth(),
                        LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.LONDON))
                .forEach(problem -> problems.add(new FieldProblem(problem.field(), problem.message())));
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message));
            throw new InvalidRequest(problems);
        }
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
