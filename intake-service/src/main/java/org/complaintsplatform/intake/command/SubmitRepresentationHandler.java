package org.complaintsplatform.intake.command;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.complaintsplatform.intake.api.ComplaintReference;
import org.complaintsplatform.intake.api.FeedbackType;
import org.complaintsplatform.intake.api.FeedbackTypeNotAccepted;
import org.complaintsplatform.intake.api.IdempotencyKeyReused;
import org.complaintsplatform.intake.api.SubmissionResult;
import org.complaintsplatform.intake.api.SubmitRepresentation;
import org.complaintsplatform.intake.api.UnknownTenant;
import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.procedures.Tenant;
import org.complaintsplatform.procedures.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepts a representation exactly once per idempotency key: numbers it, stores it and publishes it
 * in one transaction, so a submission is never stored without its event or published without its row.
 */
@Service
public class SubmitRepresentationHandler {

    private static final Logger log = LoggerFactory.getLogger(SubmitRepresentationHandler.class);

    private final Procedures procedures;
    private final Submissions submissions;
    private final SubmissionEvents events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final MeterRegistry meters;
    private final TriageRules triage;
    private final StatusSecrets statusSecrets;

    public SubmitRepresentationHandler(Procedures procedures, Submissions submissions, SubmissionEvents events,
                                       TransactionTemplate transactions, Clock clock, MeterRegistry meters,
                                       TriageRules triage, StatusSecrets statusSecrets) {
        this.procedures = procedures;
        this.triage = triage;
        this.statusSecrets = statusSecrets;
        this.submissions = submissions;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * @throws UnknownTenant           when the tenant is not registered
     * @throws IdempotencyKeyReused    when the key was used before with a different body
     * @throws FeedbackTypeNotAccepted when the tenant's procedure profile does not list the feedback type
     *                                 (checked for new submissions only: a retry gets the first answer)
     */
    public SubmissionResult handle(SubmitRepresentation command) {
        Tenant tenant = procedures.tenant(command.tenantId()).orElseThrow(() -> new UnknownTenant(command.tenantId()));
        String requestHash = RequestFingerprint.of(command.representation());
        SubmissionResult result = Objects.requireNonNull(transactions.execute(status -> {
            var earlier = submissions.findByIdempotencyKey(tenant.id(), command.idempotencyKey());
            if (earlier.isPresent()) {
                return replay(earlier.get(), command, requestHash);
            }
            requireAccepted(tenant, command);
            Instant receivedAt = clock.instant();
            LocalDate receivedOn = LocalDate.ofInstant(receivedAt, WorkingDayCalendar.LONDON);
            int year = receivedOn.getYear();
            UUID complaintId = UUID.randomUUID();
            AcceptedSubmission accepted = new AcceptedSubmission(tenant.id(), complaintId, UUID.randomUUID(),
                    ComplaintReference.of(tenant.referencePrefix(), year, submissions.nextReferenceNumber(tenant.id(), year)),
                    receivedAt, command.representation(),
                    triage.assess(procedures.profile(tenant), procedures.calendar(tenant), command.representation(), receivedOn));
            String statusSecret = statusSecrets.issue(tenant.id(), complaintId);
            if (!submissions.addUnlessKeyUsed(accepted, command.idempotencyKey(), requestHash, StatusSecrets.hash(statusSecret))) {
                // A concurrent request with the same key committed first: answer as its replay and
                // roll back, which also gives the reference number back.
                status.setRollbackOnly();
                return replay(submissions.findByIdempotencyKey(tenant.id(), command.idempotencyKey()).orElseThrow(),
                        command, requestHash);
            }
            events.accepted(accepted);
            return new SubmissionResult(accepted.receipt(), false, statusSecret);
        }));
        count(command, result.replayed() ? "replayed" : "accepted");
        if (!result.replayed()) {
            log.info("Accepted submission {} as {} for tenant {}", result.receipt().complaintId(),
                    result.receipt().reference(), tenant.id());
        }
        return result;
    }

    private SubmissionResult replay(StoredSubmission earlier, SubmitRepresentation command, String requestHash) {
        if (!earlier.requestHash().equals(requestHash)) {
            count(command, "conflict");
            throw new IdempotencyKeyReused(command.idempotencyKey());
        }
        return new SubmissionResult(earlier.receipt(), true, statusSecrets.reissue(command.tenantId(),
                earlier.receipt().complaintId(), earlier.statusSecretHash()));
    }

    private void requireAccepted(Tenant tenant, SubmitRepresentation command) {
        FeedbackType type = command.representation().feedbackType();
        if (procedures.profile(tenant).feedback(org.complaintsplatform.procedures.FeedbackType.valueOf(type.name())).isEmpty()) {
            count(command, "not-accepted");
            throw new FeedbackTypeNotAccepted(tenant.id(), type);
        }
    }

    /** Only called for registered tenants, so the tag's values stay bounded. */
    private void count(SubmitRepresentation command, String outcome) {
        Counter.builder("complaints.intake.submissions")
                .description("Submissions answered by intake, by outcome")
                .tag("tenant", command.tenantId())
                .tag("channel", command.representation().channel().name())
                .tag("outcome", outcome)
                .register(meters)
                .increment();
    }
}
