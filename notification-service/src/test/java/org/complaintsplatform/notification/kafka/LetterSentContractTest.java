package org.complaintsplatform.notification.kafka;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.complaintsplatform.contracts.notification.LetterFailed;
import org.complaintsplatform.contracts.notification.LetterSent;
import org.complaintsplatform.notification.api.Channel;
import org.complaintsplatform.notification.api.DeliveryFailure;
import org.complaintsplatform.notification.api.FailedLetter;
import org.complaintsplatform.notification.api.LetterType;
import org.complaintsplatform.notification.api.SentLetter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LetterSentContractTest {

    private static final CloudEventCodec CODEC = new CloudEventCodec();
    private static final UUID COMPLAINT = UUID.fromString("3f1c8f9e-2a57-4c1e-9d0b-6a1f4e2b7c10");
    private static final String TRIGGER = "5c0e1d2b-7a8f-4b3c-9e6d-1f2a3b4c5d6e";
    private static final Instant NOW = Instant.parse("2026-12-23T09:12:39Z");

    @ParameterizedTest
    @EnumSource(LetterType.class)
    void sentLetterOfEveryTypeMapsToALetterSentThatMatchesItsSchema(LetterType type) {
        UUID letterId = LetterWriter.letterId(TRIGGER, type);

        LetterSent event = LetterSentMapper.toEvent(new SentLetter("cambridgeshire", COMPLAINT, letterId, type,
                Channel.POST, TRIGGER, NOW));

        assertThat(event).isEqualTo(new LetterSent("cambridgeshire", COMPLAINT, NOW, letterId, LetterSentMapper.announcedAs(type),
                LetterChannel.POST, TRIGGER));
        CODEC.validate(EventType.LETTER_SENT, CODEC.mapper().valueToTree(event));
    }

    @Test
    void theStageResponsesOfStagesTwoAndThreeAreAnnouncedAsStageResponsesAndEveryOtherLetterUnderItsOwnName() {
        assertThat(LetterSentMapper.announcedAs(LetterType.ADJUDICATION_COVER))
                .isEqualTo(org.complaintsplatform.contracts.notification.LetterType.STAGE_RESPONSE);
        assertThat(LetterSentMapper.announcedAs(LetterType.FINAL_RESPONSE))
                .isEqualTo(org.complaintsplatform.contracts.notification.LetterType.STAGE_RESPONSE);
        assertThat(Arrays.stream(LetterType.values())
                .filter(type -> type != LetterType.ADJUDICATION_COVER && type != LetterType.FINAL_RESPONSE)
                .filter(type -> !LetterSentMapper.announcedAs(type).name().equals(type.name())))
                .isEmpty();
    }

    @Test
    void failedLetterMapsToALetterFailedThatMatchesItsSchema() {
        UUID letterId = LetterWriter.letterId(TRIGGER, LetterType.CLOSURE);

        LetterFailed event = LetterSentMapper.toEvent(new FailedLetter("cambridgeshire", COMPLAINT, letterId,
                LetterType.CLOSURE, Channel.EMAIL, TRIGGER, NOW, 20, DeliveryFailure.RETRIES_EXHAUSTED));

        assertThat(event.attempts()).isEqualTo(20);
        assertThat(event.failure()).isEqualTo(org.complaintsplatform.contracts.notification.DeliveryFailure.RETRIES_EXHAUSTED);
        CODEC.validate(EventType.LETTER_FAILED, CODEC.mapper().valueToTree(event));
    }

    @Test
    void letterAndLetterSentIdsAreDerivedFromTheTriggerAsBeforeEventIds() {
        // the ids of letters already written and announced must not change when a topic is replayed
        assertThat(LetterWriter.letterId(TRIGGER, LetterType.ACKNOWLEDGEMENT))
                .isEqualTo(UUID.nameUUIDFromBytes((TRIGGER + ":letter:ACKNOWLEDGEMENT").getBytes(StandardCharsets.UTF_8)));
        assertThat(EventIds.derived(TRIGGER, OutboxLetterAnnouncements.sentEffect(LetterType.ACKNOWLEDGEMENT)))
                .isEqualTo(UUID.nameUUIDFromBytes((TRIGGER + ":letter-sent:ACKNOWLEDGEMENT").getBytes(StandardCharsets.UTF_8)).toString());
    }

    @Test
    void serviceEnumsHaveTheContractsValues() {
        assertThat(names(Channel.values())).isEqualTo(names(LetterChannel.values())).isEqualTo(names(ContactPreference.values()));
        // every letter type of the contract is one of the service's; the service's others are announced as above
        assertThat(names(LetterType.values()))
                .contains(names(org.complaintsplatform.contracts.notification.LetterType.values()));
        assertThat(names(DeliveryFailure.values()))
                .isEqualTo(names(org.complaintsplatform.contracts.notification.DeliveryFailure.values()));
        assertThat(names(org.complaintsplatform.notification.api.FeedbackType.values())).isEqualTo(names(FeedbackType.values()));
    }

    private static String[] names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }
}
