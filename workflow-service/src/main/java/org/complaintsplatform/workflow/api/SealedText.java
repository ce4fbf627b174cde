package org.complaintsplatform.workflow.api;

/**
 * Personal data as events keep them: encrypted under the complaint's own data key, so that destroying that
 * key makes them unreadable in every stored event at once (crypto-shredding).
 *
 * @param keyId      the data key that sealed the text: the complaint's id, or {@link #UNENCRYPTED} for a value
 *                   stored before personal data were encrypted (an upcast older revision)
 * @param ciphertext base64 of the AES-GCM nonce followed by the ciphertext and its tag; for an
 *                   {@link #UNENCRYPTED} value, the text as it was stored
 */
public record SealedText(String keyId, String ciphertext) {

    public static final String UNENCRYPTED = "unencrypted";

    /** Keeps even an unencrypted value out of logs and exception messages. */
    @Override
    public String toString() {
        return "SealedText[keyId=" + keyId + "]";
    }
}
