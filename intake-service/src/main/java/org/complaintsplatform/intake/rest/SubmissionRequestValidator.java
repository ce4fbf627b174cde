package org.complaintsplatform.intake.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.Validator;
import org.complaintsplatform.intake.api.ContactPreference;
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
        LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.LONDON);
        SubmissionRequest.ChildRequest child = request.child();
        if (child != null && child.dateOfBirth() != null && child.dateOfBirth().isAfter(today)) {
            problems.add(new FieldProblem("child.dateOfBirth", "must not be in the future"));
        }
        if (request.whatHappenedOn() != null && request.whatHappenedOn().isAfter(today)) {
            problems.add(new FieldProblem("whatHappenedOn", "must not be in the future"));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message));
            throw new InvalidRequest(problems);
        }
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
