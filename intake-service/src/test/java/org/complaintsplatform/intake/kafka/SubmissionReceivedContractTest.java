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
import org.complaintsplatform.intake.api.ComplainantRole;
import org.complaintsplatform.intake.api.ComplaintReference;
import org.complaintsplatform.intake.api.ContactPreference;
import org.complaintsplatform.intake.api.FeedbackType;
import org.complaintsplatform.intake.api.ReceiptChannel;
import org.complaintsplatform.intake.api.Representation;
import org.complaintsplatform.intake.api.Route;
import org.complaintsplatform.intake.api.Triage;
import org.complaintsplatform.intake.command.AcceptedSubmission;
import org.junit.jupiter.api.Test;

class SubmissionReceivedContractTest {

    private final CloudEventCodec codec = new CloudEventCodec();

    @Test
    void mappedSubmissionValidatesAgainstItsSchema() {
        SubmissionReceived event = SubmissionReceivedMapper.toEvent(accepted(
                new Representation(FeedbackType.COMPLAINT, Route.STATUTORY, ReceiptChannel.EMAIL, false,
                        new Representation.Complainant(ComplainantRole.PARENT, "Alex Example", null,
                                "1 Example Street, Cambridge CB1 1AA", ContactPreference.POST),
                        new Representation.Child("Sam Example", LocalDate.of(2014, 5, 2), true),
                        "No calls returned for six weeks.", "A named contact.", LocalDate.of(2025, 11, 10), true),
                new Triage(true, new Triage.TimeLimitCheck(LocalDate.of(2025, 11, 10), 12, "CALENDAR_MONTHS",
                        LocalDate.of(2026, 11, 10), LocalDate.of(2026, 12, 22), 42, true),
                        true, List.of("LEGAL_PROCEEDINGS"), false, true, "National Youth Advocacy Service (NYAS)",
                        Route.STATUTORY, true, List.of("neglect"))));

        assertThatNoException().isThrownBy(() ->
                codec.validate(EventType.SUBMISSION_RECEIVED, codec.mapper().valueToTree(event)));
        assertThat(event.reference()).isEqualTo("CAM-2026-000123");
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-12-22T16:45:00Z"));
        assertThat(event.triage()).isNotNull();
        assertThat(event.triage().timeLimit().daysLate()).isEqualTo(42);
        assertThat(event.triage().suggestedRoute()).isEqualTo(org.complaintsplatform.contracts.Route.STATUTORY);
    }

    @Test
    void anonymousSubmissionWithoutOptionalPartsValidatesAgainstItsSchema() {
        SubmissionReceived event = SubmissionReceivedMapper.toEvent(accepted(
                new Representation(FeedbackType.COMMENT, null, ReceiptChannel.WEB, true,
                        new Representation.Complainant(ComplainantRole.OTHER, null, null, null, ContactPreference.EMAIL),
                        null, "The new leaflet is hard to read.", null, null, false),
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
    }

    private static String[] names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }

    private static AcceptedSubmission accepted(Representation representation, Triage triage) {
        return new AcceptedSubmission("cambridgeshire", UUID.randomUUID(), UUID.randomUUID(),
                ComplaintReference.of("CAM", 2026, 123), Instant.parse("2026-12-22T16:45:00Z"), representation, triage);
    }
}
