package org.complaintsplatform.notification.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.complaintsplatform.notification.api.Channel;
import org.complaintsplatform.notification.api.DeliveryFailure;
import org.complaintsplatform.notification.api.LetterStatus;
import org.complaintsplatform.notification.api.LetterType;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class LetterRepository {

    private static final String COLUMNS = """
            id, tenant_id, complaint_id, letter_type, channel, recipient, subject, body, body_sha256, pdf_sha256,
            template_version, status, reason, triggered_by, created_at, sent_at, attempts, failure, personal_data_erased_at,
            copy_to""";

    static final String ERASED_BEFORE_SENDING = "the complaint's personal data were erased before the letter was sent";

    private final JdbcClient jdbc;

    public LetterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the letter unless one of its type already answers the same trigger. E-mail letters are due for
     * delivery at once (by the database clock, which also times the retries).
     *
     * @param pdf null for a letter that was not written
     * @return false when the trigger already has its letter, which is then left as it was
     */
    public boolean insert(LetterRecord letter, byte @Nullable [] pdf) {
        return jdbc.sql("INSERT INTO letter (" + COLUMNS + """
                        , pdf, next_attempt_at) VALUES (:id, :tenantId, :complaintId, :letterType, :channel, :recipient,
                                  :subject, :body, :bodySha256, :pdfSha256, :templateVersion, :status, :reason,
                                  :triggeredBy, :createdAt, NULL, 0, NULL, NULL, :copyTo, :pdf,
                                  CASE WHEN :status = 'PENDING' THEN now() END)
                        ON CONFLICT (triggered_by, letter_type) DO NOTHING""")
                .param("id", letter.id())
                .param("tenantId", letter.tenantId())
                .param("complaintId", letter.complaintId())
                .param("letterType", letter.letterType().name())
                .param("channel", letter.channel() == null ? null : letter.channel().name())
                .param("recipient", letter.recipient())
                .param("subject", letter.subject())
                .param("body", letter.body())
                .param("bodySha256", letter.bodySha256())
                .param("pdfSha256", letter.pdfSha256())
                .param("templateVersion", letter.templateVersion())
                .param("status", letter.status().name())
                .param("reason", letter.reason())
                .param("triggeredBy", letter.triggeredBy())
                .param("createdAt", letter.createdAt().atOffset(ZoneOffset.UTC))
                .param("copyTo", letter.copyTo())
                .param("pdf", pdf)
                .update() == 1;
    }

    /** The complaint's letters, oldest first. */
    public List<LetterRecord> findByComplaint(String tenantId, UUID complaintId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM letter WHERE tenant_id = ? AND complaint_id = ? ORDER BY created_at, id")
                .params(tenantId, complaintId)
                .query(LetterRepository::map)
                .list();
    }

    public Optional<LetterRecord> find(String tenantId, UUID letterId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM letter WHERE tenant_id = ? AND id = ?")
                .params(tenantId, letterId)
                .query(LetterRepository::map)
                .optional();
    }

    /** The PDF of a letter, or that it was erased; empty for a letter that never had one. */
    public Optional<StoredPdf> findPdf(String tenantId, UUID letterId) {
        return jdbc.sql("SELECT complaint_id, pdf, personal_data_erased_at FROM letter WHERE tenant_id = ? AND id = ?"
                        + " AND (pdf IS NOT NULL OR (personal_data_erased_at IS NOT NULL AND pdf_sha256 IS NOT NULL))")
                .params(tenantId, letterId)
                .query((rs, row) -> storedPdf(rs))
                .optional();
    }

    public sealed interface StoredPdf permits Pdf, ErasedPdf {
    }

    /** A letter's PDF and the complaint it belongs to, whose reads are recorded. */
    public record Pdf(UUID complaintId, byte[] content) implements StoredPdf {
    }

    /** The PDF was erased with the complaint's personal data. */
    public record ErasedPdf(Instant erasedAt) implements StoredPdf {
    }

    /**
     * Erases the recipient, text, PDF and last delivery error of every letter of the complaint not erased before. A
     * letter still waiting to be sent can no longer be: it is recorded as not sent, with that reason.
     *
     * @return how many letters were erased
     */
    public int erasePersonalData(String tenantId, UUID complaintId, Instant erasedAt) {
        return jdbc.sql("""
                        UPDATE letter SET recipient = NULL, copy_to = NULL, body = NULL, pdf = NULL, last_error = NULL,
                            next_attempt_at = NULL,
                            reason = CASE WHEN status = 'PENDING' THEN :notSent ELSE reason END,
                            status = CASE WHEN status = 'PENDING' THEN 'NOT_SENT' ELSE status END,
                            personal_data_erased_at = :erasedAt
                        WHERE tenant_id = :tenantId AND complaint_id = :complaintId AND personal_data_erased_at IS NULL""")
                .param("notSent", ERASED_BEFORE_SENDING)
                .param("erasedAt", erasedAt.atOffset(ZoneOffset.UTC))
                .param("tenantId", tenantId)
                .param("complaintId", complaintId)
                .update();
    }

    /** Locks the letter for the caller's transaction. */
    public Optional<LetterRecord> lock(String tenantId, UUID letterId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM letter WHERE tenant_id = ? AND id = ? FOR UPDATE")
                .params(tenantId, letterId)
                .query(LetterRepository::map)
                .optional();
    }

    /** An e-mail letter due for delivery, with its PDF, locked for the caller's transaction; other instances skip it. */
    public Optional<QueuedMail> claimDueMail() {
        return jdbc.sql("SELECT " + COLUMNS + ", pdf FROM letter WHERE status = 'PENDING' AND channel = 'EMAIL'"
                        + " AND next_attempt_at <= now() ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .query((rs, row) -> new QueuedMail(map(rs, row), rs.getBytes("pdf")))
                .optional();
    }

    /** A PENDING letter of the queue with its PDF. */
    public record QueuedMail(LetterRecord letter, byte[] pdf) {
    }

    /** Post letters waiting to be printed, oldest first. */
    public List<LetterRecord> printQueue(String tenantId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM letter WHERE tenant_id = ? AND status = 'PENDING' AND channel = 'POST'"
                        + " ORDER BY created_at, id")
                .params(tenantId)
                .query(LetterRepository::map)
                .list();
    }

    public void markSent(UUID letterId, Instant sentAt, int attempts) {
        jdbc.sql("UPDATE letter SET status = 'SENT', sent_at = ?, attempts = ?, next_attempt_at = NULL, last_error = NULL WHERE id = ?")
                .params(sentAt.atOffset(ZoneOffset.UTC), attempts, letterId)
                .update();
    }

    public void markFailed(UUID letterId, int attempts, DeliveryFailure failure, String error) {
        jdbc.sql("UPDATE letter SET status = 'FAILED', attempts = ?, failure = ?, last_error = ?, next_attempt_at = NULL WHERE id = ?")
                .params(attempts, failure.name(), error, letterId)
                .update();
    }

    public void retryLater(UUID letterId, int attempts, Duration delay, String error) {
        jdbc.sql("UPDATE letter SET attempts = ?, last_error = ?, next_attempt_at = now() + make_interval(secs => ?) WHERE id = ?")
                .params(attempts, error, delay.toMillis() / 1000.0, letterId)
                .update();
    }

    public long count(LetterStatus status, Channel channel) {
        return jdbc.sql("SELECT count(*) FROM letter WHERE status = ? AND channel = ?")
                .params(status.name(), channel.name())
                .query(Long.class)
                .single();
    }

    /** How long the oldest e-mail letter has been waiting, by the database clock; empty when none waits. */
    public Optional<Duration> oldestPendingMailAge() {
        double seconds = jdbc.sql("SELECT COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), -1) FROM letter"
                        + " WHERE status = 'PENDING' AND channel = 'EMAIL'")
                .query(Double.class)
                .single();
        return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofMillis((long) (seconds * 1000)));
    }

    private static StoredPdf storedPdf(ResultSet rs) throws SQLException {
        @Nullable OffsetDateTime erasedAt = rs.getObject("personal_data_erased_at", OffsetDateTime.class);
        return erasedAt == null ? new Pdf(rs.getObject("complaint_id", UUID.class), rs.getBytes("pdf"))
                : new ErasedPdf(erasedAt.toInstant());
    }

    private static LetterRecord map(ResultSet rs, int row) throws SQLException {
        @Nullable String channel = rs.getString("channel");
        @Nullable String failure = rs.getString("failure");
        @Nullable OffsetDateTime sentAt = rs.getObject("sent_at", OffsetDateTime.class);
        @Nullable OffsetDateTime erasedAt = rs.getObject("personal_data_erased_at", OffsetDateTime.class);
        return new LetterRecord(
                rs.getObject("id", UUID.class),
                rs.getString("tenant_id"),
                rs.getObject("complaint_id", UUID.class),
                LetterType.valueOf(rs.getString("letter_type")),
                channel == null ? null : Channel.valueOf(channel),
                rs.getString("recipient"),
                rs.getString("subject"),
                rs.getString("body"),
                rs.getString("body_sha256"),
                rs.getString("pdf_sha256"),
                rs.getString("template_version"),
                LetterStatus.valueOf(rs.getString("status")),
                rs.getString("reason"),
                rs.getString("triggered_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                sentAt == null ? null : sentAt.toInstant(),
                rs.getInt("attempts"),
                failure == null ? null : DeliveryFailure.valueOf(failure),
                erasedAt == null ? null : erasedAt.toInstant(),
                rs.getString("copy_to"));
    }
}
