package org.complaintsplatform.workflow.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.complaintsplatform.contracts.EventType;
import org.complaintsplatform.contracts.IntegrationEvent;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.workflow.api.Complainant;
import org.complaintsplatform.workflow.api.ComplainantRole;
import org.complaintsplatform.workflow.api.ComplaintAcknowledged;
import org.complaintsplatform.workflow.api.ComplaintId;
import org.complaintsplatform.workflow.api.ComplaintReceived;
import org.complaintsplatform.workflow.api.ContactPreference;
import org.complaintsplatform.workflow.api.FeedbackType;
import org.complaintsplatform.workflow.api.ReceiptChannel;
import org.complaintsplatform.workflow.api.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What workflow publishes validates against the public schemas and carries no personal data. */
class ComplaintEventsContractTest {

    private static final ComplaintId ID = new ComplaintId(UUID.fromString("3f1c8f9e-2a57-4c1e-9d0b-6a1f4e2b7c10"));
    private static final ComplaintReceived RECEIVED = new ComplaintReceived(ID, "cambridgeshire", "CAM-2026-000123",
            Instant.parse("2026-12-22T16:45:00Z"), LocalDate.of(2026, 12, 22), ReceiptChannel.WEB, FeedbackType.COMPLAINT,
            Route.STATUTORY, false, true,
            new Complainant(ComplainantRole.PARENT, "Alex Example", "alex@example.org", "1 Example Street", ContactPreference.EMAIL),
            null, "No reply from the social worker for six weeks.", "A visit before Christmas.", "cambridgeshire", 1,
            LocalDate.of(2026, 12, 29), List.of(), false);

    private final CloudEventCodec codec = new CloudEventCodec();

    static List<IntegrationEvent> published() {
        return List.of(
                ContractMapper.toContract(RECEIVED),
                ContractMapper.toContract(new ComplaintAcknowledged(ID, "cambridgeshire", Instant.parse("2026-12-23T09:12:39Z"),
                        LocalDate.of(2026, 12, 23), LocalDate.of(2026, 12, 29), UUID.randomUUID())),
                ContractMapper.toContract(new ComplaintAcknowledged(ID, "bcp", Instant.parse("2026-12-23T09:12:39Z"),
                        LocalDate.of(2026, 12, 23), null, UUID.randomUUID())));
    }

    @ParameterizedTest
    @MethodSource("published")
    void publishedEventValidatesAgainstItsSchema(IntegrationEvent event) {
        codec.validate(EventType.of(event), codec.mapper().valueToTree(event));
    }

    @Test
    void complaintReceivedLeavesNamesContactDetailsAndFreeTextBehind() {
        String json = codec.mapper().valueToTree(ContractMapper.toContract(RECEIVED)).toString();

        assertThat(json).doesNotContain("Alex Example", "alex@example.org", "1 Example Street", "social worker", "Christmas");
    }

    @Test
    void internalEnumsMatchThePublicContractValueForValue() {
        assertThat(names(FeedbackType.values())).isEqualTo(names(org.complaintsplatform.contracts.FeedbackType.values()));
        assertThat(names(Route.values())).isEqualTo(names(org.complaintsplatform.contracts.Route.values()));
        assertThat(names(ComplainantRole.values())).isEqualTo(names(org.complaintsplatform.contracts.ComplainantRole.values()));
        assertThat(names(ContactPreference.values())).isEqualTo(names(org.complaintsplatform.contracts.ContactPreference.values()));
        assertThat(names(ReceiptChannel.values())).isEqualTo(names(org.complaintsplatform.contracts.ReceiptChannel.values()));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
