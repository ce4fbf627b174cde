package org.complaintsplatform.intake.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class StatusSecretsTest {

    private static final String KEY = key('k');
    private static final String OLD_KEY = key('o');
    private static final UUID COMPLAINT = UUID.fromString("0d5e0aa7-136a-47d2-9a0f-13ae39b5af84");

    private final StatusSecrets secrets = new StatusSecrets(KEY, List.of());

    @Test
    void aSecretIs256BitsInBase64UrlAndTheSameForTheSameSubmission() {
        String secret = secrets.issue("cambridgeshire", COMPLAINT);

        assertThat(secret).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(secret)).hasSize(32);
        assertThat(new StatusSecrets(KEY, List.of()).issue("cambridgeshire", COMPLAINT)).isEqualTo(secret);
    }

    @Test
    void anotherSubmissionTenantOrKeyGivesAnotherSecret() {
        String secret = secrets.issue("cambridgeshire", COMPLAINT);

        assertThat(secrets.issue("cambridgeshire", UUID.randomUUID())).isNotEqualTo(secret);
        assertThat(secrets.issue("bcp", COMPLAINT)).isNotEqualTo(secret);
        assertThat(new StatusSecrets(OLD_KEY, List.of()).issue("cambridgeshire", COMPLAINT)).isNotEqualTo(secret);
    }

    @Test
    void onlyTheSecretMatchesItsHash() {
        String secret = secrets.issue("cambridgeshire", COMPLAINT);
        byte[] hash = StatusSecrets.hash(secret);

        assertThat(StatusSecrets.matches(secret, hash)).isTrue();
        assertThat(StatusSecrets.matches(secret.substring(1), hash)).isFalse();
        assertThat(StatusSecrets.matches("", hash)).isFalse();
        assertThat(StatusSecrets.matches(null, hash)).isFalse();
        assertThat(StatusSecrets.matches(secret, null)).isFalse();
        assertThat(StatusSecrets.matches(null, null)).isFalse();
    }

    @Test
    void aReplayRepeatsTheSecretAlsoAfterTheKeyWasRotated() {
        StatusSecrets before = new StatusSecrets(OLD_KEY, List.of());
        String issued = before.issue("cambridgeshire", COMPLAINT);
        StatusSecrets rotated = new StatusSecrets(KEY, List.of(OLD_KEY));

        assertThat(rotated.reissue("cambridgeshire", COMPLAINT, StatusSecrets.hash(issued))).isEqualTo(issued);
        assertThat(rotated.issue("cambridgeshire", UUID.randomUUID())).isNotEqualTo(before.issue("cambridgeshire", UUID.randomUUID()));
    }

    @Test
    void aReplayWhoseSecretNoKeyGivesAnswersNone() {
        String issued = new StatusSecrets(OLD_KEY, List.of()).issue("cambridgeshire", COMPLAINT);

        assertThat(secrets.reissue("cambridgeshire", COMPLAINT, StatusSecrets.hash(issued))).isNull();
        assertThat(secrets.reissue("cambridgeshire", COMPLAINT, null)).isNull();
    }

    @Test
    void aKeyMustBeBase64OfAtLeast32Bytes() {
        assertThatIllegalArgumentException().isThrownBy(() -> new StatusSecrets(Base64.getEncoder().encodeToString(new byte[31]), List.of()))
                .withMessageContaining("at least 32 bytes");
        assertThatIllegalArgumentException().isThrownBy(() -> new StatusSecrets("not base64!", List.of()))
                .withMessageContaining("base64");
        assertThatIllegalArgumentException().isThrownBy(() -> new StatusSecrets(KEY, List.of("c2hvcnQ=")));
    }

    private static String key(char fill) {
        return Base64.getEncoder().encodeToString(String.valueOf(fill).repeat(32).getBytes());
    }
}
