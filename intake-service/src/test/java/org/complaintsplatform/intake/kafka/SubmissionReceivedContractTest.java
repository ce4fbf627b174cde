package org.complaintsplatform.intake.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.complaintsplatform.contracts.EventType;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.contracts.submission.SubmissionReceived;
import org.complaintsplatform.intake.api.Circumstance;
import org.complaintsplatform.intake.api.ComplainantRole;
import org.complaintsplatform.intake.api.ComplaintReference;
import org.complaintsplatform.intake.api.ContactPreference;
import org.complaintsplatform.intake.api.FeedbackType;
import org.complaintsplatform.intake.api.ReceiptChannel;
import org.complaintsplatform.intake.api.Representation;
import org.complaintsplatform.intake.api.Route;
import org.complaintsplatform.intake.api.Triage;
import org.complaintsplatform.intake.command.AcceptedSubmission;
import org.complaintsplatform.procedures.LateAcceptanceEffect;
import org.complaintsplatform.procedures.LateAcceptanceKind;
import org.junit.jupiter.api.Test;

class SubmissionReceivedContractTest {

    private final CloudEventCodec codec = new CloudEventCodec();

    @Test
    void mappedSubmissionValidatesAgainstItsSchema() {
        SubmissionReceived event = SubmissionReceivedMapper.toEvent(accepted(
                new Representation(FeedbackType.COMPLAINT, Route.STATUTORY, ReceiptChannel.EMAIL, false,
                        new Representation.Complainant(ComplainantRole.PARENT, "Alex Example", null,
                                "1 Example Street, Cambridge CB1 1AA", ContactPreference.POST, "Large print, please.", "cy"),
                        new Representation.Child("Sam Example", LocalDate.of(2014, 5, 2), true),
                        new Representation.Advocate("Jo Advocate", "NYAS", "jo@example.org", "01632 960000", null), true,
                        "No calls returned for six weeks.", "A named contact.",
                        List.of(LocalDate.of(2025, 10, 6), LocalDate.of(2025, 11, 10)), null,
                        List.of(Circumstance.LEGAL_PROCEEDINGS), null),
                new Triage(true, new Triage.TimeLimitCheck(LocalDate.of(2025, 11, 10), LocalDate.of(2025, 10, 6), null,
                        LocalDate.of(2025, 11, 10), 12, "CALENDAR_MONTHS", LocalDate.of(2026, 11, 10),
                        LocalDate.of(2026, 12, 22), 42, true, List.of(new Triage.LateAcceptanceCheck("UNAWARE_UNTIL_RECENTLY",
                                "COUNTED_FROM_AWARENESS", "counted from awareness", false))),
                        true, List.of("LEGAL_PROCEEDINGS"), false, true, "National Youth Advocacy Service (NYAS)",
                        Route.STATUTORY, true, List.of("neglect"))));

        assertThatNoException().isThrownBy(() ->
                codec.validate(EventType.SUBMISSION_RECEIVED, codec.mapper().valueToTree(event)));
        assertThat(event.reference()).isEqualTo("CAM-2026-000123");
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-12-22T16:45:00Z"));
        assertThat(event.triage()).isNotNull();
        assertThat(event.triage().timeLimit().daysLate()).isEqualTo(42);
        assertThat(event.triage().suggestedRoute()).isEqualTo(org.complaintsplatform.contracts.Route.STATUTORY);
        assertThat(event.complainant().accessibilityNeeds()).isEqualTo("Large print, please.");
        assertThat(event.complainant().language()).isEqualTo("cy");
        assertThat(event.advocate()).isEqualTo(
                new SubmissionReceived.Advocate("Jo Advocate", "NYAS", "jo@example.org", "01632 960000", null));
        assertThat(event.consentToShare()).isTrue();
    }

    @Test
    void anonymousSubmissionWithoutOptionalPartsValidatesAgainstItsSchema() {
        SubmissionReceived event = SubmissionReceivedMapper.toEvent(accepted(
                new Representation(FeedbackType.COMMENT, null, ReceiptChannel.WEB, true,
                        new Representation.Complainant(ComplainantRole.OTHER, null, null, null, ContactPreference.EMAIL,
                                null, null),
                        null, null, false, "The new leaflet is hard to read.", null, List.of(), null, List.of(), null),
                new Triage(false, null, false, List.of(), true, false, null, null, false, List.of())));

        assertThatNoException().isThrownBy(() ->
                codec.validate(EventType.SUBMISSION_RECEIVED, codec.mapper().valueToTree(event)));
    }

    @Test
    void intakeEnumsHaveTheContractsValues() {
        assertThat(names(FeedbackType.values())).isEqualTo(names(org.complaintsplatform.contracts.FeedbackType.values()));
        assertThat(names(Route.values())).isEqualTo(names(org.complaintsplatform.contracts.Route.values()));
        assertThat(names(ReceiptChannel.values())).isEqualTo(names(org.complaintsplatform.contracts.ReceiptChannel.values()));
        assertThat(names(ComplainantRole.values())).isEqualTo(names(org.complaintsplatform.contracts.ComplainantRole.values()));
        assertThat(names(ContactPreference.values())).isEqualTo(names(org.complaintsplatform.contracts.ContactPreference.values()));
        assertThat(names(Circumstance.values())).isEqualTo(names(org.complaintsplatform.contracts.council.Circumstance.values()));
    }

    /** The published event names the profile's late-acceptance kinds and effects as strings: the schema must know each. */
    @Test
    void everyLateAcceptanceOfTheProceduresModuleValidates() {
        for (LateAcceptanceKind kind : LateAcceptanceKind.values()) {
            for (LateAcceptanceEffect effect : LateAcceptanceEffect.values()) {
                SubmissionReceived event = SubmissionReceivedMapper.toEvent(accepted(
                        new Representation(FeedbackType.COMPLAINT, null, ReceiptChannel.WEB, true,
                                new Representation.Complainant(ComplainantRole.CHILD, null, null, null, ContactPreference.EMAIL,
                                        null, null),
                                null, null, false, "Late.", null, List.of(LocalDate.of(2024, 1, 8)), null, List.of(), null),
                        new Triage(true, new Triage.TimeLimitCheck(LocalDate.of(2024, 1, 8), LocalDate.of(2024, 1, 8), null,
                                LocalDate.of(2024, 1, 8), 1, "YEARS", LocalDate.of(2025, 1, 8), LocalDate.of(2026, 12, 22), 713,
                                true, List.of(new Triage.LateAcceptanceCheck(kind.name(), effect.name(), "a rule", true))),
                                false, List.of(), false, false, null, null, false, List.of())));

                assertThatNoException().as("%s %s", kind, effect).isThrownBy(() ->
                        codec.validate(EventType.SUBMISSION_RECEIVED, codec.mapper().valueToTree(event)));
            }
        }
    }

    private static String[] names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }

    private static AcceptedSubmission accepted(Representation representation, Triage triage) {
        return new AcceptedSubmission("cambridgeshire", UUID.randomUUID(), UUID.randomUUID(),
                ComplaintReference.of("CAM", 2026, 123), Instant.parse("2026-12-22T16:45:00Z"), representation, triage);
    }
}
