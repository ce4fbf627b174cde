package org.complaintsplatform.intake.command;

import java.time.Clock;
import java.time.Instant;

import org.complaintsplatform.intake.api.ErasePersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Erases intake's copy of a complaint's personal data once workflow has erased its own: the representation's
 * names, contact details, free text and the facts about the people concerned, and every attachment's name and
 * content. What describes no one stays, so the receipt is still answered. Joins the caller's transaction; erasing
 * twice changes nothing.
 */
@Service
public class ErasePersonalDataHandler {

    private static final Logger log = LoggerFactory.getLogger(ErasePersonalDataHandler.class);

    private final Submissions submissions;
    private final Attachments attachments;
    private final Clock clock;

    public ErasePersonalDataHandler(Submissions submissions, Attachments attachments, Clock clock) {
        this.submissions = submissions;
        this.attachments = attachments;
        this.clock = clock;
    }

    public void handle(ErasePersonalData command) {
        Instant now = clock.instant();
        boolean submission = submissions.erasePersonalData(command.tenantId(), command.complaintId(), now);
        int files = attachments.erase(command.tenantId(), command.complaintId(), now);
        if (submission || files > 0) {
            log.info("Erased the personal data of submission {} of tenant {} and {} attachment(s)", command.complaintId(),
                    command.tenantId(), files);
        } else {
            log.info("Submission {} of tenant {}: no personal data left to erase", command.complaintId(), command.tenantId());
        }
    }
}
