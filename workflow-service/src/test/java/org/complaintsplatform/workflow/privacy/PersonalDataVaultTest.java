package org.complaintsplatform.workflow.privacy;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.complaintsplatform.workflow.api.ComplaintId;
import org.complaintsplatform.workflow.api.SealedText;
import org.complaintsplatform.workflow.config.PrivacyProperties;
import org.complaintsplatform.workflow.persistence.DataKeyRepository;
import org.complaintsplatform.workflow.persistence.DataKeyRepository.StoredKey;
import org.junit.jupiter.api.Test;

/** Sealing and unsealing with a complaint's own key, over a key table held in memory. */
class PersonalDataVaultTest {

    private static final String MASTER_KEY = base64Key((byte) 1);
    private static final ComplaintId COMPLAINT = new ComplaintId(UUID.fromString("3f1c8f9e-2a57-4c1e-9d0b-6a1f4e2b7c10"));
    private static final ComplaintId OTHER = new ComplaintId(UUID.fromString("7a0e4b52-93d1-4f6c-b1a8-0c2d5e9f3a61"));

    private final Map<ComplaintId, StoredKey> table = new HashMap<>();
    private final DataKeyRepository keys = keyTable(table);
    private final PersonalDataVault vault = vault(MASTER_KEY);

    @Test
    void sealedTextHoldsNoTraceOfTheTextAndOpensWithTheComplaintsKey() {
        SealedText sealed = vault.seal(COMPLAINT, "Alex Example");

        assertThat(sealed.keyId()).isEqualTo(COMPLAINT.toString());
        assertThat(new String(Base64.getDecoder().decode(sealed.ciphertext()), UTF_8)).doesNotContain("Alex");
        assertThat(sealed.ciphertext()).doesNotContain("Alex");
        assertThat(vault.unseal(COMPLAINT, sealed)).contains("Alex Example");
    }

    @Test
    void oneKeyIsMadePerComplaintAndKeptWrapped() {
        vault.seal(COMPLAINT, "Alex Example");
        vault.seal(COMPLAINT, "alex@example.org");
        vault.seal(OTHER, "Sam Example");

        assertThat(table).containsOnlyKeys(COMPLAINT, OTHER);
        assertThat(table.get(COMPLAINT).wrappedKey()).hasSize(12 + 32 + 16);
        assertThat(table.get(COMPLAINT).wrappedKey()).isNotEqualTo(table.get(OTHER).wrappedKey());
    }

    @Test
    void sameTextSealedTwiceLooksDifferent() {
        assertThat(vault.seal(COMPLAINT, "Alex Example")).isNotEqualTo(vault.seal(COMPLAINT, "Alex Example"));
    }

    @Test
    void destroyedKeyReadsAsErasedAndSealsNothingMore() {
        SealedText sealed = vault.seal(COMPLAINT, "Alex Example");

        vault.destroy(COMPLAINT);

        assertThat(vault.unseal(COMPLAINT, sealed)).isEmpty();
        assertThatThrownBy(() -> vault.seal(COMPLAINT, "Alex Example")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("erased");
    }

    @Test
    void valueStoredBeforeEncryptionReadsAsWrittenUntilTheComplaintIsErased() {
        SealedText unencrypted = new SealedText(SealedText.UNENCRYPTED, "Cllr Example");
        assertThat(vault.unseal(COMPLAINT, unencrypted)).contains("Cllr Example");

        vault.destroy(COMPLAINT);

        assertThat(vault.unseal(COMPLAINT, unencrypted)).isEmpty();
    }

    @Test
    void valueSealedForOneComplaintDoesNotOpenInAnother() {
        SealedText sealed = vault.seal(COMPLAINT, "Alex Example");
        vault.seal(OTHER, "Sam Example");

        assertThatThrownBy(() -> vault.unseal(OTHER, sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> vault.unseal(OTHER, new SealedText(OTHER.toString(), sealed.ciphertext())))
                .isInstanceOf(IllegalStateException.class);
    }

    /** A wrong master key is an operator's mistake, not an erasure: it must never read as erased. */
    @Test
    void keyWrappedByAnotherMasterKeyFailsLoudly() {
        SealedText sealed = vault.seal(COMPLAINT, "Alex Example");

        assertThatThrownBy(() -> vault(base64Key((byte) 2)).unseal(COMPLAINT, sealed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("wrapped by master key");
    }

    @Test
    void masterKeyMustHoldThirtyTwoBytes() {
        assertThatThrownBy(() -> vault(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 bytes");
    }

    private PersonalDataVault vault(String masterKey) {
        return new PersonalDataVault(keys, new PrivacyProperties(masterKey),
                Clock.fixed(Instant.parse("2026-12-22T16:45:00Z"), ZoneOffset.UTC));
    }

    private static String base64Key(byte fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, fill);
        return Base64.getEncoder().encodeToString(key);
    }

    private static DataKeyRepository keyTable(Map<ComplaintId, StoredKey> table) {
        DataKeyRepository keys = mock(DataKeyRepository.class);
        when(keys.find(any())).thenAnswer(call -> Optional.ofNullable(table.get(call.<ComplaintId>getArgument(0))));
        doAnswer(call -> table.putIfAbsent(call.getArgument(0), new StoredKey(call.getArgument(1), call.getArgument(2))))
                .when(keys).insertIfAbsent(any(), any(), any(), any());
        doAnswer(call -> table.put(call.getArgument(0), new StoredKey(null, null))).when(keys).destroy(any(), any());
        return keys;
    }
}
