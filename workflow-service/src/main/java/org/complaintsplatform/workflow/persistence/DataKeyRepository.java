package org.complaintsplatform.workflow.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.complaintsplatform.workflow.api.ComplaintId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code complaint_data_key}: each complaint's data key, wrapped by the master key. Destroying a key
 * keeps its row, without the key, so that a read can tell erased data from a missing key.
 */
@Repository
public class DataKeyRepository {

    private final JdbcClient jdbc;

    public DataKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A complaint's key as stored: wrapped, with the id of the master key that wrapped it, or destroyed.
     *
     * @param wrappedKey  null once destroyed
     * @param masterKeyId null once destroyed
     */
    public record StoredKey(byte @Nullable [] wrappedKey, @Nullable String masterKeyId) {

        public boolean destroyed() {
            return wrappedKey == null;
        }
    }

    public Optional<StoredKey> find(ComplaintId complaintId) {
        return jdbc.sql("SELECT wrapped_key, master_key_id FROM complaint_data_key WHERE complaint_id = :id")
                .param("id", complaintId.value())
                .query((rs, n) -> new StoredKey(rs.getBytes("wrapped_key"), rs.getString("master_key_id")))
                .optional();
    }

    /** Stores a new key unless the complaint has one already (made by a concurrent command, or destroyed). */
    public void insertIfAbsent(ComplaintId complaintId, byte[] wrappedKey, String masterKeyId, Instant createdAt) {
        jdbc.sql("""
                INSERT INTO complaint_data_key (complaint_id, wrapped_key, master_key_id, created_at)
                VALUES (:id, :key, :masterKeyId, :at) ON CONFLICT (complaint_id) DO NOTHING""")
                .param("id", complaintId.value())
                .param("key", wrappedKey)
                .param("masterKeyId", masterKeyId)
                .param("at", Timestamp.from(createdAt))
                .update();
    }

    /** Drops the key for good; a complaint that never had one (stored in the clear) gets a destroyed row too. */
    public void destroy(ComplaintId complaintId, Instant destroyedAt) {
        jdbc.sql("""
                INSERT INTO complaint_data_key (complaint_id, wrapped_key, master_key_id, created_at, destroyed_at)
                VALUES (:id, NULL, NULL, :at, :at)
                ON CONFLICT (complaint_id) DO UPDATE SET wrapped_key = NULL, master_key_id = NULL,
                    destroyed_at = COALESCE(complaint_data_key.destroyed_at, EXCLUDED.destroyed_at)""")
                .param("id", complaintId.value())
                .param("at", Timestamp.from(destroyedAt))
                .update();
    }
}
