package org.complaintsplatform.intake.query;

import java.util.Optional;

import org.complaintsplatform.intake.api.FindSubmission;
import org.complaintsplatform.intake.api.SubmissionReceipt;
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
}
