package org.complaintsplatform.notification.kafka;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.complaintsplatform.contracts.cloudevents.EventIds;
import org.complaintsplatform.contracts.correspondence.CorrespondenceDetails;
import org.complaintsplatform.notification.api.Channel;
import org.complaintsplatform.notification.api.Correspondent;
import org.complaintsplatform.notification.api.Delivery;
import org.complaintsplatform.notification.api.LetterType;
import org.complaintsplatform.notification.command.LetterRenderer;
import org.complaintsplatform.notification.command.PdfRenderer;
import org.complaintsplatform.notification.command.RecipientRule;
import org.complaintsplatform.notification.config.NotificationProperties;
import org.complaintsplatform.notification.persistence.LetterRecord;
import org.complaintsplatform.notification.persistence.LetterRepository;
import org.complaintsplatform.procedures.WorkingDayCalendar;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes the letter an event calls for, in the caller's (the listener's) transaction: fetches the
 * complainant from workflow, chooses the channel, renders text and PDF, and stores the letter PENDING for
 * its channel (the mail queue or the print queue); or records NOT_SENT with the reason. Nothing leaves
 * the service here, so a redelivered or replayed event can never send anything twice. Logs ids only.
 */
@Component
class LetterWriter {

    static final String ANONYMOUS = "anonymous complaints get no letters";
    static final String NO_ADDRESS = "no e-mail or postal address for the complainant";
    static final String NO_STAFF_ADDRESS = "no staff e-mail address configured for the tenant";

    private static final Logger log = LoggerFactory.getLogger(LetterWriter.class);

    private final WorkflowCorrespondence workflow;
    private final LetterComposer composer;
    private final LetterRepository letters;
    private final NotificationProperties settings;
    private final Clock clock;

    LetterWriter(WorkflowCorrespondence workflow, LetterRenderer renderer, PdfRenderer pdfRenderer,
                 LetterRepository letters, NotificationProperties settings, Clock clock) {
        this.workflow = workflow;
        this.composer = new LetterComposer(renderer, pdfRenderer, tenantId -> {
            NotificationProperties.TenantLetters tenant = settings.tenants().get(tenantId);
            return tenant == null ? List.of() : tenant.address();
        });
        this.letters = letters;
        this.settings = settings;
        this.clock = clock;
    }

    /** The letter's id: one per trigger and letter type, the same however often the trigger is processed. */
    static UUID letterId(String triggeredBy, LetterType type) {
        return EventIds.derivedUuid(triggeredBy, "letter:" + type.name());
    }

    /** Writes the letter, or records why there is none. */
    void handle(LetterOrder order) {
        if (order.notWritten() != null) {
            notSent(order, order.notWritten());
        } else {
            write(order);
        }
    }

    /**
     * A reminder to the tenant's complaints team: by e-mail to the configured staff address, whatever the
     * complainant's anonymity; workflow is asked for the complaint's reference only.
     */
    void handleForStaff(LetterOrder order) {
        NotificationProperties.TenantLetters tenant = settings.tenants().get(order.tenantId());
        String staffEmail = tenant == null ? null : tenant.staffEmail();
        if (staffEmail == null || staffEmail.isBlank()) {
            notSent(order, NO_STAFF_ADDRESS);
            return;
        }
        Instant now = clock.instant();
        String reference = workflow.fetch(order.tenantId(), order.complaintId()).reference();
        store(order, new Correspondent(null, staffEmail, null, Channel.EMAIL), new Delivery(Channel.EMAIL, staffEmail.strip()),
                null, reference, false, now);   // to the complaints team, never the complainant
    }

    private void write(LetterOrder order) {
        Instant now = clock.instant();
        CorrespondenceDetails details = workflow.fetch(order.tenantId(), order.complaintId());
        if (details.anonymous()) {
            notSent(order, order.type() == LetterType.ACKNOWLEDGEMENT ? ComplaintLetters.ANONYMOUS_NOT_ACKNOWLEDGED : ANONYMOUS);
            return;
        }
        Correspondent correspondent = new Correspondent(details.complainantName(), details.email(),
                details.postalAddress(), Channel.valueOf(details.preferredContact().name()));
        Optional<Delivery> delivery = RecipientRule.choose(correspondent);
        if (delivery.isEmpty()) {
            log.warn("No {} letter for complaint {} of tenant {}: {}", order.type(), order.complaintId(), order.tenantId(), NO_ADDRESS);
            notSent(order, NO_ADDRESS);
            return;
        }
        store(order, correspondent, delivery.get(), advocateCopy(details.advocate(), delivery.get()),
                order.reference() == null ? details.reference() : order.reference(), details.briefInformationOnly(), now);
    }

    /**
     * The advocate the complainant named gets the same e-mail in Cc, brief information rules and all, when both have
     * an e-mail address; a letter to post, or an advocate without one, gets no copy (see README).
     */
    private static @Nullable AdvocateCopy advocateCopy(CorrespondenceDetails.@Nullable Advocate advocate, Delivery delivery) {
        if (advocate == null || advocate.email() == null || advocate.email().isBlank() || delivery.channel() != Channel.EMAIL) {
            return null;
        }
        return new AdvocateCopy(advocate.email().strip(),
                advocate.organisation() == null ? advocate.name() : advocate.name() + ", " + advocate.organisation());
    }

    /** @param inWords as the letter names the advocate under the signature, e.g. "Jo Advocate, NYAS" */
    private record AdvocateCopy(String email, String inWords) {
    }

    private void store(LetterOrder order, Correspondent correspondent, Delivery delivery, @Nullable AdvocateCopy copy,
                       String reference, boolean briefInformationOnly, Instant now) {
        LetterComposer.ComposedLetter composed = composer.compose(order, correspondent, reference,
                LocalDate.ofInstant(now, WorkingDayCalendar.LONDON), briefInformationOnly, copy == null ? null : copy.inWords());
        UUID letterId = letterId(order.triggeredBy(), order.type());
        LetterRecord letter = LetterRecord.pending(letterId, order.tenantId(), order.complaintId(), order.type(),
                delivery, copy == null ? null : copy.email(), composed.subject(), composed.text(), composed.pdf(), composed.templateVersion(),
                order.triggeredBy(), now);
        if (!letters.insert(letter, composed.pdf())) {
            log.info("Complaint {} already has its {} letter for event {}", order.complaintId(), order.type(), order.triggeredBy());
            return;
        }
        log.info("{} letter {} for complaint {} of tenant {} written, to go by {}", order.type(), letterId,
                order.complaintId(), order.tenantId(), delivery.channel());
    }

    /** Records that the event gets no letter, and why; without asking workflow when the event says enough. */
    private void notSent(LetterOrder order, String reason) {
        letters.insert(LetterRecord.notSent(letterId(order.triggeredBy(), order.type()), order.tenantId(),
                order.complaintId(), order.type(), reason, order.triggeredBy(), clock.instant()), null);
    }

}
