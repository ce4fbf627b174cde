package org.complaintsplatform.workflow.query;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryHandler;
import org.complaintsplatform.workflow.api.ComplaintAcknowledged;
import org.complaintsplatform.workflow.api.ComplaintReceived;
import org.complaintsplatform.workflow.api.ComplaintSummary;
import org.complaintsplatform.workflow.api.Correspondence;
import org.complaintsplatform.workflow.api.FindComplaint;
import org.complaintsplatform.workflow.api.FindCorrespondence;
import org.complaintsplatform.workflow.persistence.ComplaintViewRepository;
import org.springframework.stereotype.Component;

/**
 * The complaint read model. Its processing group is subscribing, so the view is written in the
 * command's own transaction: when a public event leaves, the details a letter needs are readable.
 */
@Component
@ProcessingGroup(ComplaintProjection.PROCESSING_GROUP)
public class ComplaintProjection {

    public static final String PROCESSING_GROUP = "complaint-view";

    private static final DateTimeFormatter LETTER_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ComplaintViewRepository views;

    public ComplaintProjection(ComplaintViewRepository views) {
        this.views = views;
    }

    @EventHandler
    void on(ComplaintReceived event, @MessageIdentifier String eventId) {
        views.insert(event);
        String acknowledgement;
        if (event.anonymous()) {
            acknowledgement = "anonymous, so not acknowledged";
        } else if (!event.acknowledgementRequired()) {
            acknowledgement = "the procedure does not acknowledge it";
        } else if (event.acknowledgementDueOn() == null) {
            acknowledgement = "to be acknowledged (no timescale set)";
        } else {
            acknowledgement = "acknowledgement due " + LETTER_DATE.format(event.acknowledgementDueOn());
        }
        views.appendTimeline(eventId, event.complaintId(), event.receivedAt(), "ComplaintReceived",
                "Received by " + event.channel().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + " as a " + event.route().name().toLowerCase(Locale.ROOT) + " "
                        + event.feedbackType().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + "; " + acknowledgement);
    }

    @EventHandler
    void on(ComplaintAcknowledged event, @MessageIdentifier String eventId) {
        views.markAcknowledged(event.complaintId(), event.acknowledgedOn());
        LocalDate due = event.acknowledgementDueOn();
        String timeliness = due == null ? "" : (event.acknowledgedOn().isAfter(due) ? ", late (due " : " (due ")
                + LETTER_DATE.format(due) + ")";
        views.appendTimeline(eventId, event.complaintId(), event.acknowledgedAt(), "ComplaintAcknowledged",
                "Acknowledgement letter sent on " + LETTER_DATE.format(event.acknowledgedOn()) + timeliness);
    }

    @QueryHandler
    Optional<ComplaintSummary> handle(FindComplaint query) {
        return views.findSummary(query.tenantId(), query.complaintId());
    }

    @QueryHandler
    Optional<Correspondence> handle(FindCorrespondence query) {
        return views.findCorrespondence(query.tenantId(), query.complaintId());
    }
}
