package org.complaintsplatform.notification.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import org.complaintsplatform.contracts.ContactPreference;
import org.complaintsplatform.contracts.EventType;
import org.complaintsplatform.contracts.FeedbackType;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.contracts.cloudevents.EventIds;
import org.complaintsplatform.contracts.notification.LetterChannel;
import org.complaintsplatform.contracts.notification.LetterSent;
import org.complaintsplatform.notification.api.Channel;
import org.complaintsplatform.notification.api.Delivery;
import org.complaintsplatform.notification.api.LetterType;
import org.complaintsplatform.notification.persistence.LetterRecord;
import org.junit.jupiter.api.Test;

class LetterSentContractTest {

    private static final CloudEventCodec CODEC = new CloudEventCodec();
    private static final UUID COMPLAINT = UUID.fromString("3f1c8f9e-2a57-4c1e-9d0b-6a1f4e2b7c10");
    private static final String TRIGGER = "5c0e1d2b-7a8f-4b3c-9e6d-1f2a3b4c5d6e";
    private static final Instant NOW = Instant.parse("2026-12-23T09:12:39Z");

    @Test
    void sentLetterMapsToALetterSentThatMatchesItsSchema() {
        UUID letterId = EventIds.derivedUuid(TRIGGER, AcknowledgementLetters.LETTER);
        LetterRecord letter = LetterRecord.sent(letterId, "cambridgeshire", COMPLAINT, LetterType.ACKNOWLEDGEMENT,
                new Delivery(Channel.POST, "1 High Street"), "body", TRIGGER, NOW);

        LetterSent event = LetterSentMapper.toEvent(letter);

        assertThat(event).isEqualTo(new LetterSent("cambridgeshire", COMPLAINT, NOW, letterId,
                org.complaintsplatform.contracts.notification.LetterType.ACKNOWLEDGEMENT, LetterChannel.POST, TRIGGER));
        CODEC.validate(EventType.LETTER_SENT, CODEC.mapper().valueToTree(event));
    }

    @Test
    void lettersNotSentAreNeverAnnounced() {
        LetterRecord letter = LetterRecord.notSent(UUID.randomUUID(), "telford-wrekin", COMPLAINT,
                LetterType.ACKNOWLEDGEMENT, "anonymous complaints are not acknowledged", TRIGGER, NOW);

        assertThatThrownBy(() -> LetterSentMapper.toEvent(letter)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was not sent");
    }

    @Test
    void letterAndLetterSentIdsAreDerivedFromTheTriggerAsBeforeEventIds() {
        // the ids of letters already written and announced must not change when a topic is replayed
        assertThat(EventIds.derivedUuid(TRIGGER, AcknowledgementLetters.LETTER))
                .isEqualTo(UUID.nameUUIDFromBytes((TRIGGER + ":letter:ACKNOWLEDGEMENT").getBytes(StandardCharsets.UTF_8)));
        assertThat(EventIds.derived(TRIGGER, AcknowledgementLetters.LETTER_SENT))
                .isEqualTo(UUID.nameUUIDFromBytes((TRIGGER + ":letter-sent:ACKNOWLEDGEMENT").getBytes(StandardCharsets.UTF_8)).toString());
    }

    @Test
    void serviceEnumsHaveTheContractsValues() {
        assertThat(names(Channel.values())).isEqualTo(names(LetterChannel.values())).isEqualTo(names(ContactPreference.values()));
        assertThat(names(LetterType.values()))
                .isEqualTo(names(org.complaintsplatform.contracts.notification.LetterType.values()));
        assertThat(names(org.complaintsplatform.notification.api.FeedbackType.values())).isEqualTo(names(FeedbackType.values()));
    }

    private static String[] names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }
}
