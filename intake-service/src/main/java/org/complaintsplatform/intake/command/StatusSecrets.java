package org.complaintsplatform.intake.command;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * The secret that lets a submitter read their submission's status by its reference. It is
 * HMAC-SHA256(key, tenant and complaint id), so a replayed POST can repeat it without intake storing it;
 * intake stores only its SHA-256, so the table alone reveals no secret (ADR 0017).
 */
public final class StatusSecrets {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_KEY_BYTES = 32;
    /** Compared with when there is no stored hash, so an unknown reference costs what a wrong secret costs. */
    private static final byte[] NO_HASH = new byte[32];

    /** The current key first. */
    private final List<SecretKeySpec> keys;

    /**
     * @param key          base64 of at least 32 bytes
     * @param previousKeys keys used before a rotation, tried only to repeat an earlier answer
     */
    public StatusSecrets(String key, List<String> previousKeys) {
        List<SecretKeySpec> all = new ArrayList<>();
        all.add(decode(key));
        previousKeys.forEach(previous -> all.add(decode(previous)));
        this.keys = List.copyOf(all);
    }

    /** The secret of a new submission: 256 bits, base64url without padding (43 characters). */
    public String issue(String tenantId, UUID complaintId) {
        return derive(keys.getFirst(), tenantId, complaintId);
    }

    /**
     * The secret first answered for a submission, for a replay of its POST; null when no configured key gives
     * it (stored before status secrets existed, or derived with a key since removed).
     */
    public @Nullable String reissue(String tenantId, UUID complaintId, byte @Nullable [] storedHash) {
        if (storedHash == null) {
            return null;
        }
        for (SecretKeySpec key : keys) {
            String secret = derive(key, tenantId, complaintId);
            if (MessageDigest.isEqual(hash(secret), storedHash)) {
                return secret;
            }
        }
        return null;
    }

    public static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** In constant time whatever the secret's content; nothing matches a missing secret or hash. */
    public static boolean matches(@Nullable String given, byte @Nullable [] storedHash) {
        boolean equal = MessageDigest.isEqual(hash(given == null ? "" : given), storedHash == null ? NO_HASH : storedHash);
        return equal && given != null && storedHash != null;
    }

    private static String derive(SecretKeySpec key, String tenantId, UUID complaintId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] secret = mac.doFinal(("intake-status-secret:v1:" + tenantId + ":" + complaintId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot derive a status secret", e);
        }
    }

    private static SecretKeySpec decode(String key) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("complaints.intake.status-secret keys must be base64", e);
        }
        if (bytes.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("complaints.intake.status-secret keys must have at least "
                    + MIN_KEY_BYTES + " bytes, not " + bytes.length);
        }
        return new SecretKeySpec(bytes, ALGORITHM);
    }
}
