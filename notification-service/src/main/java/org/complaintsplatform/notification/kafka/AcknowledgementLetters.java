package org.complaintsplatform.notification.kafka;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import org.complaintsplatform.contracts.cloudevents.EventIds;
import org.complaintsplatform.contracts.complaint.ComplaintReceived;
import org.complaintsplatform.contracts.correspondence.CorrespondenceDetails;
import org.complaintsplatform.kafkasupport.TransactionalOutbox;
import org.complaintsplatform.notification.api.AcknowledgementContent;
import org.complaintsplatform.notification.api.Channel;
import org.complaintsplatform.notification.api.Correspondent;
import org.complaintsplatform.notification.api.Delivery;
import org.complaintsplatform.notification.api.FeedbackType;
import org.complaintsplatform.notification.api.LetterType;
import org.complaintsplatform.notification.command.LetterRenderer;
import org.complaintsplatform.notification.command.RecipientRule;
import org.complaintsplatform.notification.persistence.LetterRecord;
import org.complaintsplatform.notification.persistence.LetterRepository;
import org.complaintsplatform.procedures.ProcedureProfile;
import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.procedures.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Answers ComplaintReceived with the acknowledgement letter when the procedure acknowledges the
 * representation: stored and announced as LetterSent in the caller's transaction, or recorded as
 * NOT_SENT with its reason. Logs ids, never personal data.
 */
@Component
class AcknowledgementLetters {

    static final String ANONYMOUS = "anonymous complaints are not acknowledged";
    static final String NO_ADDRESS = "no e-mail or postal address for the complainant";
    static final String NOT_ACKNOWLEDGED = "the procedure does not acknowledge ";
    // the effects of a trigger that EventIds derives ids from, spelt as before EventIds so that letters
    // already written keep their ids
    static final String LETTER = "letter:" + LetterType.ACKNOWLEDGEMENT.name();
    static final String LETTER_SENT = "letter-sent:" + LetterType.ACKNOWLEDGEMENT.name();

    private static final Logger log = LoggerFactory.getLogger(AcknowledgementLetters.class);
    private static final LetterType TYPE = LetterType.ACKNOWLEDGEMENT;

    private final WorkflowCorrespondence workflow;
    private final LetterRenderer renderer;
    private final LetterRepository letters;
    private final TransactionalOutbox outbox;
    private final Procedures procedures;
    private final Clock clock;

    AcknowledgementLetters(WorkflowCorrespondence workflow, LetterRenderer renderer, LetterRepository letters,
                           TransactionalOutbox outbox, Procedures procedures, Clock clock) {
        this.workflow = workflow;
        this.renderer = renderer;
        this.letters = letters;
        this.outbox = outbox;
        this.procedures = procedures;
        this.clock = clock;
    }

    void acknowledge(ComplaintReceived received, String triggerEventId) {
        Instant now = clock.instant();
        UUID letterId = EventIds.derivedUuid(triggerEventId, LETTER);
        FeedbackType feedbackType = FeedbackType.valueOf(received.feedbackType().name());
        if (received.anonymous()) {
            notSent(received, letterId, triggerEventId, ANONYMOUS, now);
            return;
        }
        if (!received.acknowledgementRequired()) {
            notSent(received, letterId, triggerEventId, NOT_ACKNOWLEDGED + feedbackType.pluralInWords(), now);
            return;
        }
        CorrespondenceDetails details = workflow.fetch(received.tenantId(), received.complaintId());
        if (details.anonymous()) {
            notSent(received, letterId, triggerEventId, ANONYMOUS, now);
            return;
        }
        Correspondent correspondent = new Correspondent(details.complainantName(), details.email(),
                details.postalAddress(), Channel.valueOf(details.preferredContact().name()));
        Optional<Delivery> delivery = RecipientRule.choose(correspondent);
        if (delivery.isEmpty()) {
            log.warn("No acknowledgement for complaint {} of tenant {}: {}", received.complaintId(), received.tenantId(), NO_ADDRESS);
            notSent(received, letterId, triggerEventId, NO_ADDRESS, now);
            return;
        }
        String body = renderer.renderAcknowledgement(received.tenantId(), new AcknowledgementContent(
                organisation(received), feedbackType, LocalDate.ofInstant(now, WorkingDayCalendar.LONDON), received.reference(),
                correspondent.name(), received.receivedOn()));
        LetterRecord letter = LetterRecord.sent(letterId, received.tenantId(), received.complaintId(), TYPE,
                delivery.get(), body, triggerEventId, now);
        if (!letters.insert(letter)) {
            log.info("Complaint {} already has its acknowledgement for event {}", received.complaintId(), triggerEventId);
            return;
        }
        outbox.append(LetterSentMapper.toEvent(letter), EventIds.derived(triggerEventId, LETTER_SENT));
        log.info("Acknowledgement letter {} for complaint {} of tenant {} sent by {}", letterId, received.complaintId(),
                received.tenantId(), delivery.get().channel());
    }

    private void notSent(ComplaintReceived received, UUID letterId, String triggerEventId, String reason, Instant now) {
        letters.insert(LetterRecord.notSent(letterId, received.tenantId(), received.complaintId(), TYPE, reason,
                triggerEventId, now));
    }

    /** The organisation of the profile version the complaint started under, else the tenant's current one, else its id. */
    private String organisation(ComplaintReceived received) {
        Optional<ProcedureProfile> profile;
        try {
            profile = Optional.of(procedures.profile(received.profileId(), received.profileVersion()));
        } catch (NoSuchElementException e) {
            profile = procedures.tenant(received.tenantId()).map(procedures::profile);
        }
        return profile.map(ProcedureProfile::organisation).orElse(received.tenantId());
    }
}
