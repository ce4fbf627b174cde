package org.complaintsplatform.intake.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.complaintsplatform.intake.api.Representation;
import org.complaintsplatform.intake.api.SubmissionReceipt;
import org.complaintsplatform.intake.api.Triage;
import org.complaintsplatform.intake.command.AcceptedSubmission;
import org.complaintsplatform.intake.command.StoredSubmission;
import org.complaintsplatform.intake.command.Submissions;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code submission} and {@code reference_counter} tables. */
@Repository
public class JdbcSubmissions implements Submissions {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public JdbcSubmissions(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<StoredSubmission> findByIdempotencyKey(String tenantId, String idempotencyKey) {
        return jdbc.sql("""
                        SELECT complaint_id, reference, received_at, triage::text AS triage, personal_data_erased_at,
                            request_hash, status_secret_hash
                        FROM submission WHERE tenant_id = ? AND idempotency_key = ?""")
                .params(tenantId, idempotencyKey)
                .query((rs, n) -> stored(rs))
                .optional();
    }

    @Override
    public Optional<StoredSubmission> findByReference(String tenantId, String reference) {
        return jdbc.sql("""
                        SELECT complaint_id, reference, received_at, triage::text AS triage, personal_data_erased_at,
                            request_hash, status_secret_hash
                        FROM submission WHERE tenant_id = ? AND reference = ?""")
                .params(tenantId, reference)
                .query((rs, n) -> stored(rs))
                .optional();
    }

    @Override
    public long nextReferenceNumber(String tenantId, int year) {
        return jdbc.sql("""
                        INSERT INTO reference_counter (tenant_id, year, last_number) VALUES (?, ?, 1)
                        ON CONFLICT (tenant_id, year) DO UPDATE SET last_number = reference_counter.last_number + 1
                        RETURNING last_number""")
                .params(tenantId, year)
                .query(Long.class)
                .single();
    }

    @Override
    public boolean addUnlessKeyUsed(AcceptedSubmission submission, String idempotencyKey, String requestHash,
                                    byte[] statusSecretHash) {
        Representation representation = submission.representation();
        Representation.Complainant complainant = representation.complainant();
        Representation.@Nullable Child child = representation.child();
        Representation.@Nullable Advocate advocate = representation.advocate();
        return jdbc.sql("""
                        INSERT INTO submission (complaint_id, tenant_id, reference, received_at, idempotency_key,
                            request_hash, event_id, channel, feedback_type, route_hint, anonymous, complainant_role,
                            complainant_name, complainant_email, complainant_postal_address, preferred_contact,
                            child_name, child_date_of_birth, summary, desired_outcome, incident_dates, became_aware_on,
                            circumstances, previously_answered_on, child_in_care, triage, status_secret_hash,
                            complainant_accessibility_needs, complainant_language, advocate_name, advocate_organisation,
                            advocate_email, advocate_telephone, advocate_postal_address, consent_to_share)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS DATE[]), ?,
                            CAST(? AS TEXT[]), ?, ?, CAST(? AS JSONB), ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (tenant_id, idempotency_key) DO NOTHING""")
                .params(submission.complaintId(), submission.tenantId(), submission.reference().value(),
                        Timestamp.from(submission.receivedAt()), idempotencyKey, requestHash, submission.eventId(),
                        representation.channel().name(), representation.feedbackType().name(),
                        representation.routeHint() == null ? null : representation.routeHint().name(),
                        representation.anonymous(), complainant.role().name(), complainant.name(),
                        complainant.email(), complainant.postalAddress(), complainant.preferredContact().name(),
                        child == null ? null : child.name(), child == null ? null : child.dateOfBirth(),
                        representation.summary(), representation.desiredOutcome(),
                        arrayLiteral(representation.incidentDates()), representation.becameAwareOn(),
                        arrayLiteral(representation.circumstances()), representation.previouslyAnsweredOn(),
                        child == null ? null : child.inCare(),
                        write(submission.triage()), statusSecretHash, complainant.accessibilityNeeds(),
                        complainant.language(), advocate == null ? null : advocate.name(),
                        advocate == null ? null : advocate.organisation(), advocate == null ? null : advocate.email(),
                        advocate == null ? null : advocate.telephone(), advocate == null ? null : advocate.postalAddress(),
                        representation.consentToShare())
                .update() == 1;
    }

    public Optional<SubmissionReceipt> findReceipt(String tenantId, UUID complaintId) {
        return jdbc.sql("""
                        SELECT complaint_id, reference, received_at, triage::text AS triage, personal_data_erased_at
                        FROM submission WHERE tenant_id = ? AND complaint_id = ?""")
                .params(tenantId, complaintId)
                .query((rs, n) -> receipt(rs))
                .optional();
    }

    @Override
    public boolean erasePersonalData(String tenantId, UUID complaintId, Instant erasedAt) {
        return jdbc.sql("""
                        UPDATE submission SET complainant_name = NULL, complainant_email = NULL,
                            complainant_postal_address = NULL, child_name = NULL, child_date_of_birth = NULL,
                            child_in_care = NULL, summary = NULL, desired_outcome = NULL, incident_dates = NULL,
                            became_aware_on = NULL, circumstances = NULL, previously_answered_on = NULL, triage = NULL,
                            complainant_accessibility_needs = NULL, complainant_language = NULL, advocate_name = NULL,
                            advocate_organisation = NULL, advocate_email = NULL, advocate_telephone = NULL,
                            advocate_postal_address = NULL, personal_data_erased_at = ?
                        WHERE tenant_id = ? AND complaint_id = ? AND personal_data_erased_at IS NULL""")
                .params(Timestamp.from(erasedAt), tenantId, complaintId)
                .update() == 1;
    }

    /** A PostgreSQL array literal of ISO dates or enum names, neither of which needs quoting. */
    private static String arrayLiteral(List<?> values) {
        return values.stream().map(Object::toString).collect(Collectors.joining(",", "{", "}"));
    }

    private StoredSubmission stored(ResultSet rs) throws SQLException {
        return new StoredSubmission(receipt(rs), rs.getString("request_hash"), rs.getBytes("status_secret_hash"));
    }

    private SubmissionReceipt receipt(ResultSet rs) throws SQLException {
        Timestamp erasedAt = rs.getTimestamp("personal_data_erased_at");
        return new SubmissionReceipt(rs.getObject("complaint_id", UUID.class), rs.getString("reference"),
                rs.getTimestamp("received_at").toInstant(), read(rs.getString("triage")),
                erasedAt == null ? null : erasedAt.toInstant());
    }

    private String write(Triage triage) {
        try {
            return json.writeValueAsString(triage);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the triage of a submission", e);
        }
    }

    /** Null for submissions stored before triage existed and once their personal data are erased. */
    private @Nullable Triage read(@Nullable String triage) {
        try {
            return triage == null ? null : json.readValue(triage, Triage.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read the stored triage of a submission", e);
        }
    }
}
