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
import org.complaintsplatform.contracts.complaint.ComplaintPersonalDataErased;
import org.complaintsplatform.workflow.api.ComplainantRole;
import org.complaintsplatform.workflow.api.ComplaintAcknowledged;
import org.complaintsplatform.workflow.api.ComplaintId;
import org.complaintsplatform.workflow.api.ComplaintExcluded;
import org.complaintsplatform.workflow.api.ComplaintReceived;
import org.complaintsplatform.workflow.api.ComplaintSuspended;
import org.complaintsplatform.workflow.api.ContactPreference;
import org.complaintsplatform.workflow.api.DueDate;
import org.complaintsplatform.workflow.api.ExclusionEffect;
import org.complaintsplatform.workflow.api.ExclusionGround;
import org.complaintsplatform.workflow.api.ExternalBody;
import org.complaintsplatform.workflow.api.FeedbackType;
import org.complaintsplatform.workflow.api.Finding;
import org.complaintsplatform.workflow.api.InvestigationReportSubmitted;
import org.complaintsplatform.workflow.api.InvestigatorAppointed;
import org.complaintsplatform.workflow.api.InvestigatorRole;
import org.complaintsplatform.workflow.api.OmbudsmanOutcome;
import org.complaintsplatform.workflow.api.OmbudsmanOutcomeRecorded;
import org.complaintsplatform.workflow.api.Outcome;
import org.complaintsplatform.workflow.api.PanelConvened;
import org.complaintsplatform.workflow.api.PanelFindingsIssued;
import org.complaintsplatform.workflow.api.PanelMember;
import org.complaintsplatform.workflow.api.PausedDueDate;
import org.complaintsplatform.workflow.api.PersonalDataErased;
import org.complaintsplatform.workflow.api.ReceiptChannel;
import org.complaintsplatform.workflow.api.ReferredToOmbudsman;
import org.complaintsplatform.workflow.api.ReportKind;
import org.complaintsplatform.workflow.api.Route;
import org.complaintsplatform.workflow.api.SealedComplainant;
import org.complaintsplatform.workflow.api.SealedText;
import org.complaintsplatform.workflow.api.StageResponded;
import org.complaintsplatform.workflow.api.Strictness;
import org.complaintsplatform.workflow.api.SuspensionGround;
import org.complaintsplatform.workflow.api.TimeLimitDecided;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What workflow publishes validates against the public schemas and carries no personal data. */
class ComplaintEventsContractTest {

    private static final ComplaintId ID = new ComplaintId(UUID.fromString("3f1c8f9e-2a57-4c1e-9d0b-6a1f4e2b7c10"));
    private static final ComplaintReceived RECEIVED = new ComplaintReceived(ID, "cambridgeshire", "CAM-2026-000123",
            Instant.parse("2026-12-22T16:45:00Z"), LocalDate.of(2026, 12, 22), ReceiptChannel.WEB, FeedbackType.COMPLAINT,
            Route.STATUTORY, false, true,
            new SealedComplainant(ComplainantRole.PARENT, sealed("Alex Example"), sealed("alex@example.org"),
                    sealed("1 Example Street"), ContactPreference.EMAIL),
            null, sealed("No reply from the social worker for six weeks."), sealed("A visit before Christmas."), "cambridgeshire", 1,
            LocalDate.of(2026, 12, 29), List.of(), false);

    private static final PersonalDataErased ERASED = new PersonalDataErased(ID, "core-assets",
            Instant.parse("2030-01-15T03:15:00Z"), LocalDate.of(2030, 1, 15), LocalDate.of(2030, 1, 14), "core-assets-v1#retention");

    private static final Instant AT = Instant.parse("2027-03-05T10:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2027, 3, 5);
    private static final DueDate DUE = new DueDate(2, "RESPONSE", LocalDate.of(2027, 3, 17), Strictness.LIMIT,
            "cambridgeshire-v1#routes[STATUTORY_CHILDREN].stages[2].deadlines.RESPONSE");

    private final CloudEventCodec codec = new CloudEventCodec();

    /** Labelled rather than encrypted, so that a leak of the sealed value would show the text. */
    private static SealedText sealed(String text) {
        return new SealedText(ID.toString(), "sealed:" + text);
    }

    static List<IntegrationEvent> published() {
        return List.of(
                ContractMapper.toContract(RECEIVED),
                ContractMapper.toContract(new ComplaintAcknowledged(ID, "cambridgeshire", Instant.parse("2026-12-23T09:12:39Z"),
                        LocalDate.of(2026, 12, 23), LocalDate.of(2026, 12, 29), UUID.randomUUID())),
                ContractMapper.toContract(new ComplaintAcknowledged(ID, "bcp", Instant.parse("2026-12-23T09:12:39Z"),
                        LocalDate.of(2026, 12, 23), null, UUID.randomUUID())),
                ContractMapper.toContract(new StageResponded(ID, "cambridgeshire", AT, DAY, 1,
                        List.of(new Finding(1, Outcome.PARTLY_UPHELD)), DAY, DUE)),
                ContractMapper.toContract(new ComplaintSuspended(ID, "cambridgeshire", AT, DAY,
                        SuspensionGround.COURT_PROCEEDINGS, List.of(new PausedDueDate(DUE, 8)))),
                ContractMapper.toContract(new InvestigatorAppointed(ID, "telford-wrekin", AT, DAY,
                        InvestigatorRole.INDEPENDENT_PERSON, "ip-7", List.of("INVESTIGATOR_APPOINTMENT"))),
                ContractMapper.toContract(new InvestigatorAppointed(ID, "telford-wrekin", AT, DAY,
                        InvestigatorRole.INVESTIGATING_OFFICER, "io-12", List.of())),
                ContractMapper.toContract(new InvestigationReportSubmitted(ID, "telford-wrekin", AT, DAY, ReportKind.FINAL,
                        InvestigatorRole.INVESTIGATING_OFFICER, List.of(DUE), List.of("INVESTIGATION_REPORT"))),
                ContractMapper.toContract(new PanelConvened(ID, "telford-wrekin", AT, DAY,
                        List.of(new PanelMember("pm-1", true, true)), List.of("PANEL_ORGANISED"))),
                ContractMapper.toContract(new PanelFindingsIssued(ID, "telford-wrekin", AT, DAY,
                        List.of(new Finding(1, Outcome.UPHELD)), List.of(DUE), List.of("PANEL_FINDINGS"))),
                ContractMapper.toContract(ERASED),
                ContractMapper.toContract(new TimeLimitDecided(ID, "telford-wrekin", AT, DAY, false, sealed("too late to investigate"),
                        "Complaints Manager", true, "telford-wrekin-v1#eligibility.timeLimit")),
                ContractMapper.toContract(new TimeLimitDecided(ID, "bcp", AT, DAY, true, sealed("illness"), null, false,
                        "bcp-v1#eligibility.timeLimit")),
                ContractMapper.toContract(new ComplaintExcluded(ID, "cambridgeshire", AT, DAY, 1, ExclusionGround.OTHER_AGENCY,
                        ExclusionEffect.REDIRECTED, true, sealed("about the school"), "cambridgeshire-v1#exclusions.grounds[OTHER_AGENCY]")),
                ContractMapper.toContract(new ReferredToOmbudsman(ID, "herefordshire", AT, DAY, ExternalBody.LGSCO, 3, true)),
                ContractMapper.toContract(new OmbudsmanOutcomeRecorded(ID, "herefordshire", AT, DAY, ExternalBody.LGSCO,
                        OmbudsmanOutcome.REFERRED_BACK_FOR_LOCAL_RESOLUTION)));
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
    void personalDataErasedBecomesThePublicEventWithItsIdsDatesAndRule() {
        assertThat(ContractMapper.toContract(ERASED)).isEqualTo(new ComplaintPersonalDataErased("core-assets", ID.value(),
                Instant.parse("2030-01-15T03:15:00Z"), LocalDate.of(2030, 1, 14), "core-assets-v1#retention"));
    }

    @Test
    void decisionsLeaveTheirReasonsAndExplanationsBehind() {
        assertThat(published()).map(event -> codec.mapper().valueToTree(event).toString())
                .noneMatch(json -> json.contains("too late") || json.contains("illness") || json.contains("school"));
    }

    @Test
    void internalEnumsMatchThePublicContractValueForValue() {
        assertThat(names(ExclusionGround.values()))
                .isEqualTo(names(org.complaintsplatform.contracts.complaint.ExclusionGround.values()));
        assertThat(names(ExclusionEffect.values()))
                .isEqualTo(names(org.complaintsplatform.contracts.complaint.ExclusionEffect.values()));
        assertThat(names(ExternalBody.values())).isEqualTo(names(org.complaintsplatform.contracts.complaint.ExternalBody.values()));
        assertThat(names(OmbudsmanOutcome.values()))
                .isEqualTo(names(org.complaintsplatform.contracts.complaint.OmbudsmanOutcome.values()));
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
