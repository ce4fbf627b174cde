package org.complaintsplatform.intake.kafka;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.complaintsplatform.contracts.cloudevents.ContractViolation;
import org.complaintsplatform.contracts.council.CouncilSubmission;
import org.complaintsplatform.contracts.council.CouncilSubmissionCodec;
import org.complaintsplatform.contracts.council.CouncilTopics;
import org.complaintsplatform.intake.api.Circumstance;
import org.complaintsplatform.intake.api.ComplainantRole;
import org.complaintsplatform.intake.api.ContactPreference;
import org.complaintsplatform.intake.api.FeedbackType;
import org.complaintsplatform.intake.api.FeedbackTypeNotAccepted;
import org.complaintsplatform.intake.api.IdempotencyKeyReused;
import org.complaintsplatform.intake.api.ReceiptChannel;
import org.complaintsplatform.intake.api.Representation;
import org.complaintsplatform.intake.api.Route;
import org.complaintsplatform.intake.api.SubmitRepresentation;
import org.complaintsplatform.intake.command.SubmissionDates;
import org.complaintsplatform.intake.command.SubmitRepresentationHandler;
import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.procedures.WorkingDayCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Councils' submissions: every {@code council.<tenantId>.complaints.inbound.v1} topic. The tenant is the
 * topic's; a valid record becomes a submission through the same handler as a REST one, with the
 * CloudEvent id as its idempotency key, so a resent record gives one submission. An invalid record is
 * a {@link ContractViolation}: kafka-support's error handler sends it to {@code <topic>.dlt} at once, with
 * the reasons in the {@code complaints_dlt_reasons} header, and it is counted here by reason.
 */
@Component
public class CouncilInboundListener {

    /** Keeps council keys apart from the portal's Idempotency-Key values of the same tenant. */
    static final String KEY_PREFIX = "council-event:";
    private static final int MAX_ID_LENGTH = 200 - KEY_PREFIX.length();

    private final SubmitRepresentationHandler submit;
    private final Procedures procedures;
    private final CouncilSubmissionCodec codec = new CouncilSubmissionCodec();
    private final Clock clock;
    private final MeterRegistry meters;

    public CouncilInboundListener(SubmitRepresentationHandler submit, Procedures procedures, Clock clock,
                                  MeterRegistry meters) {
        this.submit = submit;
        this.procedures = procedures;
        this.clock = clock;
        this.meters = meters;
    }

    @KafkaListener(id = "council-inbound", idIsGroup = false, topicPattern = CouncilTopics.INBOUND_PATTERN)
    public void on(ConsumerRecord<String, CloudEvent> record) {
        String tenantId = CouncilTopics.tenantOfInbound(record.topic()).orElseThrow();
        CloudEvent event = record.value();
        if (procedures.tenant(tenantId).isEmpty()) {
            throw rejected(tenantId, "unknown-tenant", "no tenant '" + tenantId + "' is registered");
        }
        if (event.getId().length() > MAX_ID_LENGTH) {
            throw rejected(tenantId, "contract", "ce_id must have at most " + MAX_ID_LENGTH + " characters");
        }
        CouncilSubmission submission;
        try {
            submission = codec.decode(event);
        } catch (ContractViolation e) {
            count(tenantId, "contract");
            throw e;
        }
        if (!submission.tenantId().equals(tenantId)) {
            throw rejected(tenantId, "tenant-mismatch", "tenantId '" + submission.tenantId()
                    + "' is not the tenant of topic " + record.topic() + " ('" + tenantId + "')");
        }
        requireValidDates(tenantId, submission);
        try {
            submit.handle(new SubmitRepresentation(tenantId, KEY_PREFIX + event.getId(), representation(submission)));
        } catch (FeedbackTypeNotAccepted e) {
            throw rejected(tenantId, "feedback-type-not-accepted", "feedbackType: " + e.getMessage());
        } catch (IdempotencyKeyReused e) {
            throw rejected(tenantId, "id-reused", "ce_id '" + event.getId() + "' was already used with a different payload");
        }
    }

    private void requireValidDates(String tenantId, CouncilSubmission submission) {
        CouncilSubmission.@Nullable Child child = submission.child();
        List<String> problems = SubmissionDates.check(submission.whatHappenedOn(), submission.incidentDates(),
                        submission.becameAwareOn(), submission.previouslyAnsweredOn(),
                        child == null ? null : child.dateOfBirth(), LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.LONDON))
                .stream().map(problem -> problem.field() + ": " + problem.message()).toList();
        if (!problems.isEmpty()) {
            count(tenantId, "contract");
            throw new ContractViolation(CouncilSubmissionCodec.CE_TYPE + " breaks intake's rules", problems);
        }
    }

    private ContractViolation rejected(String tenantId, String reason, String message) {
        count(tenantId, reason);
        return new ContractViolation(CouncilSubmissionCodec.CE_TYPE + " rejected", List.of(message));
    }

    /** The tenant tag is bounded: only registered tenants have topics (brokers never auto-create). */
    private void count(String tenantId, String reason) {
        Counter.builder("complaints.intake.council.rejected")
                .description("Council submissions sent to their inbound dead-letter topic, by reason")
                .tag("tenant", tenantId)
                .tag("reason", reason)
                .register(meters)
                .increment();
    }

    private static Representation representation(CouncilSubmission submission) {
        CouncilSubmission.Complainant complainant = submission.complainant();
        CouncilSubmission.@Nullable Child child = submission.child();
        CouncilSubmission.@Nullable Advocate advocate = submission.advocate();
        return new Representation(
                FeedbackType.valueOf(submission.feedbackType().name()),
                submission.routeHint() == null ? null : Route.valueOf(submission.routeHint().name()),
                ReceiptChannel.COUNCIL_SYSTEM,
                submission.anonymous(),
                new Representation.Complainant(ComplainantRole.valueOf(complainant.role().name()),
                        textOrNull(complainant.name()), textOrNull(complainant.email()),
                        textOrNull(complainant.postalAddress()),
                        ContactPreference.valueOf(complainant.preferredContact().name()),
                        textOrNull(complainant.accessibilityNeeds()), textOrNull(complainant.language())),
                child == null ? null : new Representation.Child(child.name(), child.dateOfBirth(), child.inCare()),
                advocate == null ? null : new Representation.Advocate(advocate.name(), textOrNull(advocate.organisation()),
                        textOrNull(advocate.email()), textOrNull(advocate.telephone()), textOrNull(advocate.postalAddress())),
                submission.consentToShare(),
                submission.summary(),
                textOrNull(submission.desiredOutcome()),
                Representation.incidentDates(submission.whatHappenedOn(), submission.incidentDates()),
                submission.becameAwareOn(),
                submission.circumstances().stream().map(circumstance -> Circumstance.valueOf(circumstance.name())).toList(),
                submission.previouslyAnsweredOn());
    }

    private static @Nullable String textOrNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
