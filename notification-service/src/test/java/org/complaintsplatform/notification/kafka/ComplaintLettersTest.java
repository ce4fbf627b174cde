package org.complaintsplatform.notification.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.complaintsplatform.contracts.IntegrationEvent;
import org.complaintsplatform.contracts.complaint.ComplaintAcknowledged;
import org.complaintsplatform.notification.api.Channel;
import org.complaintsplatform.notification.api.Correspondent;
import org.complaintsplatform.notification.api.LetterType;
import org.complaintsplatform.notification.command.LetterRenderer;
import org.complaintsplatform.notification.command.PdfRenderer;
import org.complaintsplatform.notification.command.TemplateSource;
import org.complaintsplatform.procedures.Procedures;
import org.junit.jupiter.api.Test;

/** Every letter type as Cambridgeshire writes it, with the dates the events carry (see LetterExamples). */
class ComplaintLettersTest {

    private static final Map<LetterType, Map.Entry<IntegrationEvent, LocalDate>> EXAMPLES = LetterExamples.examples();

    private final ComplaintLetters letters = new ComplaintLetters(Procedures.loadDefault());
    private final LetterComposer composer = new LetterComposer(new LetterRenderer(TemplateSource.classpathOnly()),
            new PdfRenderer(TemplateSource.classpathOnly()), tenant -> List.of("New Shire Hall"));

    private String text(LetterType type) {
        Map.Entry<IntegrationEvent, LocalDate> example = EXAMPLES.get(type);
        LetterOrder order = LetterExamples.orderFor(example.getKey());
        assertThat(order.type()).isEqualTo(type);
        return composer.compose(order, new Correspondent("Sam Taylor", null, "1 High Street", Channel.POST),
                "CAM-2026-000123", example.getValue()).text();
    }

    @Test
    void everyLetterTypeHasATriggerAndIsSignedInTheOrganisationsWords() {
        assertThat(EXAMPLES.keySet()).containsExactly(LetterType.values());
        for (LetterType type : EXAMPLES.keySet().stream().filter(type -> !type.name().startsWith("STAFF_")).toList()) {
            assertThat(text(type)).startsWith("Cambridgeshire County Council\n\n")
                    .contains("Our reference: CAM-2026-000123", "Dear Sam Taylor,")
                    .endsWith("Children's Complaints Manager\nCambridgeshire County Council\n");
        }
    }

    @Test
    void acknowledgementGivesTheStageOneResponseDateFromTheReceivedDeadlines() {
        assertThat(text(LetterType.ACKNOWLEDGEMENT)).contains("We will send you our Stage 1 response by 13 July 2026.");
    }

    @Test
    void extensionNoticeGivesTheNewDate() {
        assertThat(text(LetterType.EXTENSION_NOTICE))
                .contains("As agreed with you, we need more time to respond to your complaint. We will now send you our response by 27 July 2026.");
    }

    @Test
    void stageResponseCoverSaysHowAndByWhenToAskForTheNextStage() {
        assertThat(text(LetterType.STAGE_RESPONSE))
                .contains("our Stage 1 response to your complaint, reference CAM-2026-000123, dated 24 July 2026.")
                .contains("- Point 1: upheld\n- Point 2: not upheld")
                .contains("you can ask for your complaint to be considered at Stage 2.")
                .contains("Your request must reach us by 25 August 2026.");
    }

    @Test
    void escalationConfirmationGivesTheNewStagesResponseDate() {
        assertThat(text(LetterType.ESCALATION_CONFIRMATION))
                .contains("It moved to Stage 2 on 3 August 2026.")
                .contains("We will send you our Stage 2 response by 28 September 2026.");
    }

    @Test
    void lateRequestRefusalPointsToTheOmbudsman() {
        assertThat(text(LetterType.LATE_REQUEST_DECISION))
                .contains("We have decided not to accept your request.")
                .contains("Local Government and Social Care Ombudsman");
    }

    @Test
    void suspensionAndResumptionNoticesGiveTheGroundAndTheNewDates() {
        assertThat(text(LetterType.SUSPENSION_NOTICE)).contains("on hold from 10 August 2026 because of a police investigation.");
        assertThat(text(LetterType.RESUMPTION_NOTICE)).contains("we continued with it on 14 September 2026.")
                .contains("- Our Stage 2 response: 26 October 2026");
    }

    @Test
    void withdrawalIsConfirmed() {
        assertThat(text(LetterType.WITHDRAWAL_CONFIRMATION)).contains("you withdrew your complaint, reference CAM-2026-000123, on 8 July 2026, at Stage 1.");
    }

    @Test
    void closureLetterSignpostsTheOmbudsmanFirstThenTheBodiesTheProfileNames() {
        String closure = text(LetterType.CLOSURE);

        assertThat(closure).contains("was closed on 2 November 2026 at Stage 2.", "- Point 1: partly upheld")
                .contains("- Local Government and Social Care Ombudsman: After all three stages")
                .contains("- Ofsted: The complaint is about a child minder, playgroup or nursery.");
        assertThat(closure.indexOf("Local Government and Social Care Ombudsman")).isLessThan(closure.indexOf("Ofsted"));
    }

    @Test
    void staffRemindersNameTheClockItsDueDateAndWhatIsLeft() {
        assertThat(text(LetterType.STAFF_DEADLINE_APPROACHING))
                .contains("Complaint CAM-2026-000123: the Stage 1 response is due on 13 July 2026, in 2 working days. "
                        + "It is a limit of the procedure.");
        assertThat(text(LetterType.STAFF_DEADLINE_MISSED))
                .contains("Complaint CAM-2026-000123: the Stage 1 response was due on 13 July 2026 and has not been met.");
    }

    @Test
    void eventsThatNeedNoLetterGetNone() {
        assertThat(letters.orderFor(new ComplaintAcknowledged("cambridgeshire", java.util.UUID.randomUUID(),
                java.time.Instant.now(), LocalDate.of(2026, 7, 1), null, java.util.UUID.randomUUID()), "ce-2")).isEmpty();
    }
}
