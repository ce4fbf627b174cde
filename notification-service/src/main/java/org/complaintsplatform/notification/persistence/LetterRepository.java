package org.complaintsplatform.notification.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.complaintsplatform.notification.api.Channel;
import org.complaintsplatform.notification.api.LetterStatus;
import org.complaintsplatform.notification.api.LetterType;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class LetterRepository {

    private static final String COLUMNS = """
            id, tenant_id, complaint_id, letter_type, channel, recipient, body, body_sha256, status, reason,
            triggered_by, created_at""";

    private final JdbcClient jdbc;

    public LetterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the letter unless one of its type already answers the same trigger.
     *
     * @return false when the trigger already has its letter, which is then left as it was
     */
    public boolean insert(LetterRecord letter) {
        return jdbc.sql("INSERT INTO letter (" + COLUMNS + """
                        ) VALUES (:id, :tenantId, :complaintId, :letterType, :channel, :recipient, :body, :bodySha256,
                                  :status, :reason, :triggeredBy, :createdAt)
                        ON CONFLICT (triggered_by, letter_type) DO NOTHING""")
                .param("id", letter.id())
                .param("tenantId", letter.tenantId())
                .param("complaintId", letter.complaintId())
                .param("letterType", letter.letterType().name())
                .param("channel", letter.channel() == null ? null : letter.channel().name())
                .param("recipient", letter.recipient())
                .param("body", letter.body())
                .param("bodySha256", letter.bodySha256())
                .param("status", letter.status().name())
                .param("reason", letter.reason())
                .param("triggeredBy", letter.triggeredBy())
                .param("createdAt", letter.createdAt().atOffset(ZoneOffset.UTC))
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

    private static LetterRecord map(ResultSet rs, int row) throws SQLException {
        @Nullable String channel = rs.getString("channel");
        return new LetterRecord(
                rs.getObject("id", UUID.class),
                rs.getString("tenant_id"),
                rs.getObject("complaint_id", UUID.class),
                LetterType.valueOf(rs.getString("letter_type")),
                channel == null ? null : Channel.valueOf(channel),
                rs.getString("recipient"),
                rs.getString("body"),
                rs.getString("body_sha256"),
                LetterStatus.valueOf(rs.getString("status")),
                rs.getString("reason"),
                rs.getString("triggered_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
