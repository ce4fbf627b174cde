package org.complaintsplatform.intake.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.complaintsplatform.intake.api.AttachmentReceipt;
import org.complaintsplatform.intake.command.Attachments;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code attachment} table; content as BYTEA beside its submission. */
@Repository
public class JdbcAttachments implements Attachments {

    private static final String RECEIPT_COLUMNS =
            "attachment_id, complaint_id, filename, content_type, size_bytes, sha256, received_at";

    private final JdbcClient jdbc;

    public JdbcAttachments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<LockedSubmission> lockSubmission(String tenantId, UUID complaintId) {
        return jdbc.sql("SELECT personal_data_erased_at FROM submission WHERE tenant_id = ? AND complaint_id = ? FOR UPDATE")
                .params(tenantId, complaintId)
                .query((rs, n) -> new LockedSubmission(instant(rs, "personal_data_erased_at")))
                .optional();
    }

    @Override
    public int countFor(UUID complaintId) {
        return jdbc.sql("SELECT count(*) FROM attachment WHERE complaint_id = ?").param(complaintId).query(Integer.class).single();
    }

    @Override
    public Optional<StoredAttachment> findByIdempotencyKey(UUID complaintId, String idempotencyKey) {
        return jdbc.sql("SELECT " + RECEIPT_COLUMNS + " FROM attachment WHERE complaint_id = ? AND idempotency_key = ?")
                .params(complaintId, idempotencyKey)
                .query((rs, n) -> new StoredAttachment(receipt(rs)))
                .optional();
    }

    @Override
    public void add(String tenantId, AttachmentReceipt receipt, String idempotencyKey, byte[] content) {
        jdbc.sql("""
                        INSERT INTO attachment (attachment_id, complaint_id, tenant_id, idempotency_key, filename,
                            content_type, size_bytes, sha256, received_at, content)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(receipt.attachmentId(), receipt.complaintId(), tenantId, idempotencyKey, receipt.filename(),
                        receipt.contentType(), receipt.size(), receipt.sha256(), Timestamp.from(receipt.receivedAt()), content)
                .update();
    }

    @Override
    public Optional<StoredFile> find(String tenantId, UUID complaintId, UUID attachmentId) {
        return jdbc.sql("SELECT " + RECEIPT_COLUMNS + ", content, erased_at FROM attachment"
                        + " WHERE tenant_id = ? AND complaint_id = ? AND attachment_id = ?")
                .params(tenantId, complaintId, attachmentId)
                .query((rs, n) -> file(rs))
                .optional();
    }

    @Override
    public int erase(String tenantId, UUID complaintId, Instant erasedAt) {
        return jdbc.sql("""
                        UPDATE attachment SET filename = NULL, content = NULL, erased_at = ?
                        WHERE tenant_id = ? AND complaint_id = ? AND erased_at IS NULL""")
                .params(Timestamp.from(erasedAt), tenantId, complaintId)
                .update();
    }

    private static StoredFile file(ResultSet rs) throws SQLException {
        Instant erasedAt = instant(rs, "erased_at");
        return erasedAt == null ? new AttachmentFile(receipt(rs), rs.getBytes("content")) : new ErasedFile(erasedAt);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static AttachmentReceipt receipt(ResultSet rs) throws SQLException {
        return new AttachmentReceipt(rs.getObject("attachment_id", UUID.class), rs.getObject("complaint_id", UUID.class),
                rs.getString("filename"), rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getTimestamp("received_at").toInstant());
    }
}
