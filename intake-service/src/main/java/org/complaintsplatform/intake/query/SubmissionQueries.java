package org.complaintsplatform.intake.query;

import java.util.Optional;

import org.complaintsplatform.intake.api.FindSubmission;
import org.complaintsplatform.intake.api.FindSubmissionStatus;
import org.complaintsplatform.intake.api.SubmissionReceipt;
import org.complaintsplatform.intake.command.StatusSecrets;
import org.complaintsplatform.intake.command.StoredSubmission;
import org.complaintsplatform.intake.persistence.JdbcSubmissions;
import org.springframework.stereotype.Service;

/** Answers what a submitter may ask about a submission later: its receipt, never its content. */
@Service
public class SubmissionQueries {

    private final JdbcSubmissions submissions;

    public SubmissionQueries(JdbcSubmissions submissions) {
        this.submissions = submissions;
    }

    /** Empty when unknown or another tenant's, which callers must not tell apart. */
    public Optional<SubmissionReceipt> handle(FindSubmission query) {
        return submissions.findReceipt(query.tenantId(), query.complaintId());
    }

    /**
     * Empty for an unknown reference, another tenant's, a wrong or a missing secret alike; the secret is
     * compared even when the reference is unknown, so the time taken does not tell the cases apart either.
     */
    public Optional<SubmissionReceipt> handle(FindSubmissionStatus query) {
        Optional<StoredSubmission> found = submissions.findByReference(query.tenantId(), query.reference().value());
        byte[] storedHash = found.map(StoredSubmission::statusSecretHash).orElse(null);
        return StatusSecrets.matches(query.statusSecret(), storedHash) ? found.map(StoredSubmission::receipt) : Optional.empty();
    }
}
