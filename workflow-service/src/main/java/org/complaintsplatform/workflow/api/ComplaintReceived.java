package org.complaintsplatform.workflow.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

/**
 * A complaint was registered, with its personal data (sealed under the complaint's key) and the due dates
 * computed for it. Revision 3 sealed the complainant's name and contact details, the child, the summary
 * and the desired outcome.
 *
 * @param receivedOn           day zero: the London date of receipt
 * @param profileVersion       the procedure profile version the complaint keeps for its whole life
 * @param acknowledgementRequired whether the procedure acknowledges it (never when anonymous)
 * @param acknowledgementDueOn absent when it is not acknowledged or the procedure sets no timescale
 * @param deadlines            the first stage's clocks that start at receipt (complaints only)
 */
@Revision("3")
public record ComplaintReceived(
        ComplaintId complaintId,
        String tenantId,
        String reference,
        Instant receivedAt,
        LocalDate receivedOn,
        ReceiptChannel channel,
        FeedbackType feedbackType,
        Route route,
        boolean anonymous,
        boolean acknowledgementRequired,
        SealedComplainant complainant,
        @Nullable SealedChild child,
        SealedText summary,
        @Nullable SealedText desiredOutcome,
        String profileId,
        int profileVersion,
        @Nullable LocalDate acknowledgementDueOn,
        List<DueDate> deadlines,
        boolean dueDatesProjected) {
}
