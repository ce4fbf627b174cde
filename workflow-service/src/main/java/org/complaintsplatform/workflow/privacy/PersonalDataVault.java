package org.complaintsplatform.workflow.privacy;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.SecretKey;

import org.complaintsplatform.workflow.api.ComplaintId;
import org.complaintsplatform.workflow.api.SealedText;
import org.complaintsplatform.workflow.command.PersonalDataKeys;
import org.complaintsplatform.workflow.config.PrivacyProperties;
import org.complaintsplatform.workflow.persistence.DataKeyRepository;
import org.complaintsplatform.workflow.persistence.DataKeyRepository.StoredKey;
import org.springframework.stereotype.Component;

/**
 * One AES-256-GCM data key per complaint, stored wrapped by the master key from configuration. Events carry
 * only what it seals; destroying a complaint's key erases its personal data from every stored event, while
 * the events themselves stay intact and replayable.
 */
@Component
public class PersonalDataVault implements PersonalDataKeys {


    private final DataKeyRepository keys;
    private final Clock clock;
    private final SecretKey masterKey;
    private final String masterKeyId;

    public PersonalDataVault(DataKeyRepository keys, PrivacyProperties properties, Clock clock) {
        this.keys = keys;
        this.clock = clock;
        byte[] master = Base64.getDecoder().decode(properties.masterKey());
        if (master.length != AesGcm.KEY_BYTES) {
            throw new IllegalStateException("complaints.workflow.privacy.master-key must be " + AesGcm.KEY_BYTES
                    + " bytes in base64, not " + master.length);
        }
        this.masterKey = AesGcm.key(master);
        this.masterKeyId = fingerprint(master);
    }

    @Override
    public SealedText seal(ComplaintId complaintId, String text) {
        StoredKey stored = keys.find(complaintId).orElseGet(() -> create(complaintId));
        if (stored.destroyed()) {
            throw new IllegalStateException("the personal data of complaint " + complaintId
                    + " were erased; nothing more is sealed under its key");
        }
        byte[] sealed = AesGcm.encrypt(unwrap(complaintId, stored), text.getBytes(UTF_8), associatedData(complaintId));
        return new SealedText(complaintId.toString(), Base64.getEncoder().encodeToString(sealed));
    }

    /**
     * The text of a value sealed for the complaint, or empty if its personal data were erased. A value stored
     * before encryption reads as it was written until the complaint is erased, then as erased too.
     *
     * @throws IllegalStateException when the key is missing, belongs to another complaint, or cannot be unwrapped
     *                               with the configured master key: never read as erased, as nothing was erased
     */
    public Optional<String> unseal(ComplaintId complaintId, SealedText sealed) {
        Optional<StoredKey> stored = keys.find(complaintId);
        if (stored.isPresent() && stored.get().destroyed()) {
            return Optional.empty();
        }
        if (SealedText.UNENCRYPTED.equals(sealed.keyId())) {
            return Optional.of(sealed.ciphertext());
        }
        if (!sealed.keyId().equals(complaintId.toString())) {
            throw new IllegalStateException("a value sealed under key " + sealed.keyId() + " in complaint " + complaintId);
        }
        StoredKey key = stored.orElseThrow(() -> new IllegalStateException("complaint " + complaintId + " has no data key"));
        try {
            byte[] text = AesGcm.decrypt(unwrap(complaintId, key), Base64.getDecoder().decode(sealed.ciphertext()),
                    associatedData(complaintId));
            return Optional.of(new String(text, UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed value of complaint " + complaintId + " does not open with its key", e);
        }
    }

    @Override
    public void destroy(ComplaintId complaintId) {
        keys.destroy(complaintId, clock.instant());
    }

    private StoredKey create(ComplaintId complaintId) {
        byte[] wrapped = AesGcm.encrypt(masterKey, AesGcm.newKey().getEncoded(), associatedData(complaintId));
        keys.insertIfAbsent(complaintId, wrapped, masterKeyId, clock.instant());
        return keys.find(complaintId).orElseThrow();
    }

    private SecretKey unwrap(ComplaintId complaintId, StoredKey stored) {
        byte[] wrapped = stored.wrappedKey();
        if (wrapped == null) {
            throw new IllegalStateException("the data key of complaint " + complaintId + " was destroyed");
        }
        try {
            return AesGcm.key(AesGcm.decrypt(masterKey, wrapped, associatedData(complaintId)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the data key of complaint " + complaintId + " was wrapped by master key "
                    + stored.masterKeyId() + "; the configured master key is " + masterKeyId, e);
        }
    }

    private static byte[] associatedData(ComplaintId complaintId) {
        return complaintId.toString().getBytes(UTF_8);
    }

    /** Names the master key without revealing it, so a key wrapped by another one is recognised as such. */
    private static String fingerprint(byte[] masterKey) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(masterKey), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
