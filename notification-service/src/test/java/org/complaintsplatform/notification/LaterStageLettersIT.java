package org.complaintsplatform.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.complaintsplatform.contracts.ContactPreference;
import org.complaintsplatform.contracts.IntegrationEvent;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.complaint.ComplaintEscalated;
import org.complaintsplatform.contracts.complaint.DueDate;
import org.complaintsplatform.contracts.complaint.Finding;
import org.complaintsplatform.contracts.complaint.IndependentPersonAppointed;
import org.complaintsplatform.contracts.complaint.InvestigatorAppointed;
import org.complaintsplatform.contracts.complaint.Outcome;
import org.complaintsplatform.contracts.complaint.PanelConvened;
import org.complaintsplatform.contracts.complaint.PanelFindingsIssued;
import org.complaintsplatform.contracts.complaint.PanelHeld;
import org.complaintsplatform.contracts.complaint.PanelMember;
import org.complaintsplatform.contracts.complaint.StageResponded;
import org.complaintsplatform.contracts.complaint.Strictness;
import org.complaintsplatform.contracts.correspondence.CorrespondenceDetails;
import org.complaintsplatform.contracts.notification.LetterSent;
import org.junit.jupiter.api.Test;

/**
 * A Cambridgeshire statutory complaint through Stages 2 and 3, every event delivered twice: each letter is
 * written and e-mailed exactly once. The dates are those the events would carry (real bank holidays: 31 August).
 * And the panel invitations of two organisations whose profiles state different attendance rules.
 */
class LaterStageLettersIT extends NotificationIntegrationTest {

    private static final String RULE = "cambridgeshire-v1#routes[STATUTORY_CHILDREN].stages[%d].%s";
    private static final String LETTERHEAD = """
            Cambridgeshire County Council

            1 July 2026

            Our reference: CAM-2026-000000

            Dear Sam Taylor,

            """;
    private static final String SIGNATURE = """

            Yours sincerely,

            Children's Complaints Manager
            Cambridgeshire County Council
            """;

    @Test
    void stageTwoAndThreeEventsDeliveredTwiceEachWriteTheirLettersOnce() throws Exception {
        UUID complaintId = UUID.randomUUID();
        workflow.knows(details(complaintId, "Sam Taylor", ContactPreference.EMAIL));
        List<Map.Entry<String, IntegrationEvent>> events = List.of(
                // Stage 2 accepted Monday 3 August: 25 working days, the bank holiday of 31 August skipped, to 8 September
                Map.entry("to-stage-2", new ComplaintEscalated(TENANT, complaintId, NOW, LocalDate.of(2026, 8, 3), 1, 2,
                        List.of(due(2, "RESPONSE", LocalDate.of(2026, 9, 8))))),
                Map.entry("io", new InvestigatorAppointed(TENANT, complaintId, NOW, LocalDate.of(2026, 8, 7), "IO-0042",
                        List.of())),
                Map.entry("ip", new IndependentPersonAppointed(TENANT, complaintId, NOW, LocalDate.of(2026, 8, 7), "IP-0007",
                        List.of())),
                // adjudication e-mailed Tuesday 8 September, received that day: Stage 3 asked for within 20 working days, 6 October
                Map.entry("adjudication", new StageResponded(TENANT, complaintId, NOW, LocalDate.of(2026, 9, 8), 2,
                        List.of(new Finding(1, Outcome.UPHELD), new Finding(2, Outcome.NOT_UPHELD)), LocalDate.of(2026, 9, 8),
                        new DueDate(3, "REQUEST_WINDOW", LocalDate.of(2026, 10, 6), Strictness.LIMIT, RULE.formatted(3, "request")))),
                // Stage 3 asked for Monday 21 September: panel appointed within 10 working days (5 October), held within 30 (2 November)
                Map.entry("to-stage-3", new ComplaintEscalated(TENANT, complaintId, NOW, LocalDate.of(2026, 9, 21), 2, 3,
                        List.of(due(3, "PANEL_APPOINTED", LocalDate.of(2026, 10, 5)), due(3, "PANEL_HELD", LocalDate.of(2026, 11, 2))))),
                Map.entry("convened", new PanelConvened(TENANT, complaintId, NOW, LocalDate.of(2026, 10, 2),
                        List.of(new PanelMember("REG-17", false, true), new PanelMember("REG-03", true, true),
                                new PanelMember("REG-22", false, true)), List.of("PANEL_APPOINTED"))),
                // met Thursday 29 October: findings within 5 working days, 5 November
                Map.entry("held", new PanelHeld(TENANT, complaintId, NOW, LocalDate.of(2026, 10, 29),
                        List.of(due(3, "PANEL_FINDINGS", LocalDate.of(2026, 11, 5))), List.of("PANEL_HELD"))),
                // findings received Wednesday 4 November: the response within 15 working days, 25 November
                Map.entry("findings", new PanelFindingsIssued(TENANT, complaintId, NOW, LocalDate.of(2026, 11, 4),
                        List.of(new Finding(1, Outcome.UPHELD), new Finding(2, Outcome.PARTLY_UPHELD)),
                        List.of(due(3, "RESPONSE", LocalDate.of(2026, 11, 25))), List.of("PANEL_FINDINGS"))),
                Map.entry("final", new StageResponded(TENANT, complaintId, NOW, LocalDate.of(2026, 11, 23), 3,
                        List.of(new Finding(1, Outcome.UPHELD), new Finding(2, Outcome.PARTLY_UPHELD)), LocalDate.of(2026, 11, 25),
                        null)));
        Map<String, String> ceIds = events.stream().collect(Collectors.toMap(Map.Entry::getKey,
                event -> UUID.randomUUID().toString()));

        for (Map.Entry<String, IntegrationEvent> event : events) {
            publish(event.getValue(), ceIds.get(event.getKey()));
            publish(event.getValue(), ceIds.get(event.getKey()));
        }

        await().until(() -> mailbox.to(email(complaintId)), mails -> mails.size() >= 9);
        awaitConsumed();
        await().until(() -> letters(complaintId).stream().allMatch(letter -> "SENT".equals(letter.get("status"))));
        awaitOutboxEmpty();
        await().during(Duration.ofSeconds(1)).until(() -> mailbox.to(email(complaintId)).size() == 9);
        assertThat(letterCount(complaintId)).isEqualTo(9);
        assertThat(workflow.calls(complaintId)).isEqualTo(9);
        assertThat(letters(complaintId)).extracting(letter -> letter.get("letter_type") + " " + letter.get("triggered_by"))
                .containsExactlyInAnyOrder(
                        "ESCALATION_CONFIRMATION " + ceIds.get("to-stage-2"), "STATEMENT_INVITATION " + ceIds.get("to-stage-2"),
                        "INVESTIGATOR_APPOINTMENT_NOTICE " + ceIds.get("io"), "INVESTIGATOR_APPOINTMENT_NOTICE " + ceIds.get("ip"),
                        "ADJUDICATION_COVER " + ceIds.get("adjudication"), "ESCALATION_CONFIRMATION " + ceIds.get("to-stage-3"),
                        "PANEL_INVITATION " + ceIds.get("convened"), "PANEL_FINDINGS_COVER " + ceIds.get("findings"),
                        "FINAL_RESPONSE " + ceIds.get("final"));

        List<Mailbox.Mail> mails = mailbox.to(email(complaintId));
        assertThat(mails).allSatisfy(mail -> {
            assertThat(mail.to()).containsExactly(email(complaintId));
            assertThat(mail.from()).isEqualTo("complaints@cambridgeshire.example");
        });

        Mailbox.Mail invitation = mail(mails, "Agreeing the statement of your complaint");
        assertThat(text(invitation)).startsWith(LETTERHEAD).endsWith(SIGNATURE)
                .contains("Now that your complaint, reference CAM-2026-000000, has moved to Stage 2, it will be investigated.")
                .contains("we would like to agree with you the Schedule or Statement of Complaint (SOC):")
                .contains("This does not change the date of our Stage 2 response: we will send it to you by 8 September 2026.");
        assertThat(Mailbox.pdfText(invitation.pdf())).contains("Agreeing the statement of your complaint",
                "Schedule or Statement of Complaint (SOC)", "we will send it to you by 8 September 2026.");

        List<Mailbox.Mail> appointments = mails.stream()
                .filter(mail -> mail.subject().equals("Who is investigating your complaint (our reference CAM-2026-000000)")).toList();
        assertThat(appointments).extracting(LaterStageLettersIT::text).satisfiesExactlyInAnyOrder(
                text -> assertThat(text).contains("On 7 August 2026 we appointed an Investigating Officer (IO) to it."),
                text -> assertThat(text).contains("On 7 August 2026 we appointed an Independent Person to it.",
                        "they write their own report on how it was carried out."));
        for (Mailbox.Mail appointment : appointments) {
            assertThat(text(appointment)).doesNotContain("IO-0042", "IP-0007");
            assertThat(Mailbox.pdfText(appointment.pdf())).contains("Who is investigating your complaint", "On 7 August 2026 we appointed an")
                    .doesNotContain("IO-0042", "IP-0007");
        }

        Mailbox.Mail adjudication = mail(mails, "Our decision on the investigation of your complaint");
        assertThat(text(adjudication)).isEqualToNormalizingNewlines(LETTERHEAD + """
                Please find enclosed our letter of adjudication, dated 8 September 2026, on the investigation of your complaint, reference CAM-2026-000000, at Stage 2, and the investigation's reports.

                Our decision on each point of your complaint:

                - Point 1: upheld
                - Point 2: not upheld

                If you are not satisfied with our decision, you can ask for your complaint to go to Stage 3, where a Review Panel of people who have not been involved in it will review it. Your request must reach us by 6 October 2026.
                """ + SIGNATURE);
        assertThat(Mailbox.pdfText(adjudication.pdf())).contains("Our decision on the investigation of your complaint",
                "letter of adjudication, dated 8 September 2026", "- Point 2: not upheld", "Your request must reach us by 6 October 2026.");

        Mailbox.Mail panel = mail(mails, "Invitation to the review panel");
        assertThat(text(panel)).startsWith(LETTERHEAD).endsWith(SIGNATURE)
                .contains("On 2 October 2026 we convened the Review Panel that will review it.")
                .contains("The Review Panel has 3 members:\n\n- an independent chair\n- an independent member\n- an independent member\n")
                .contains("You have the right to bring someone with you to support you or to speak for you, such as a friend, a relative or an advocate.")
                .doesNotContain("REG-");
        assertThat(Mailbox.pdfText(panel.pdf())).contains("Invitation to the review panel", "- an independent chair",
                "You have the right to bring someone with you").doesNotContain("REG-");

        Mailbox.Mail findings = mail(mails, "The review panel's findings");
        assertThat(text(findings)).startsWith(LETTERHEAD).endsWith(SIGNATURE)
                .contains("the findings of the Review Panel on your complaint, reference CAM-2026-000000, at Stage 3. We received them on 4 November 2026.")
                .contains("- Point 1: upheld\n- Point 2: partly upheld\n")
                .contains("send you our response to them by 25 November 2026.");
        assertThat(Mailbox.pdfText(findings.pdf())).contains("The review panel's findings", "We received them on 4 November 2026.",
                "send you our response to them by 25 November 2026.");

        Mailbox.Mail finalResponse = mail(mails, "Our final response");
        assertThat(text(finalResponse)).isEqualToNormalizingNewlines(LETTERHEAD + """
                Please find with this letter our final response to your complaint, reference CAM-2026-000000, at Stage 3, dated 23 November 2026.

                Our findings on each point of your complaint:

                - Point 1: upheld
                - Point 2: partly upheld

                This is the final stage of our complaints procedure. If you remain dissatisfied, you can contact:

                - Local Government and Social Care Ombudsman: After all three stages; the Ombudsman usually sends earlier approaches back to the council.
                - Ofsted: The complaint is about a child minder, playgroup or nursery.
                - Cambridgeshire and Peterborough Safeguarding Children Partnership Board (SCPB): The complaint is about a Child Protection Conference.
                - Information Commissioner's Office: The complaint is about access to records or data protection.
                - Department of Health and Social Care
                - Department for Education
                - Social Work England
                """ + SIGNATURE);
        assertThat(Mailbox.pdfText(finalResponse.pdf())).contains("Our final response", "dated 23 November 2026",
                "- Local Government and Social Care Ombudsman: After all three stages", "- Ofsted:");

        assertThat(mails.stream().filter(mail -> mail.subject().startsWith("Your complaint has moved to the next stage")))
                .extracting(LaterStageLettersIT::text).satisfiesExactlyInAnyOrder(
                        text -> assertThat(text).contains("It moved to Stage 2 on 3 August 2026.",
                                "We will send you our Stage 2 response by 8 September 2026."),
                        text -> assertThat(text).contains("It moved to Stage 3 on 21 September 2026."));

        // every letter is announced once; the adjudication cover and the final response as the contract's STAGE_RESPONSE
        assertThat(records(Topics.NOTIFICATION_EVENTS, complaintId.toString()))
                .extracting(record -> codec.decode(record.value(), LetterSent.class))
                .extracting(sent -> sent.letterType() + " " + sent.triggeredBy())
                .containsExactlyInAnyOrder("ESCALATION_CONFIRMATION " + ceIds.get("to-stage-2"),
                        "STATEMENT_INVITATION " + ceIds.get("to-stage-2"), "INVESTIGATOR_APPOINTMENT_NOTICE " + ceIds.get("io"),
                        "INVESTIGATOR_APPOINTMENT_NOTICE " + ceIds.get("ip"), "STAGE_RESPONSE " + ceIds.get("adjudication"),
                        "ESCALATION_CONFIRMATION " + ceIds.get("to-stage-3"), "PANEL_INVITATION " + ceIds.get("convened"),
                        "PANEL_FINDINGS_COVER " + ceIds.get("findings"), "STAGE_RESPONSE " + ceIds.get("final"));
    }

    /**
     * Telford & Wrekin (7.13.4: a representative, friend or advocate who may speak, never a lawyer; the Complaint
     * Manager, the investigators, the Director and the clerk attend) and Core Assets (supported by a family member,
     * friend or other suitable person, not a solicitor or barrister; nobody else named): each invitation says its own.
     */
    @Test
    void panelInvitationsSayWhoMayComeWithTheComplainantAndWhoElseAttendsAsEachProfileStates() throws Exception {
        UUID telford = UUID.randomUUID();
        UUID coreAssets = UUID.randomUUID();
        workflow.knows(new CorrespondenceDetails("telford-wrekin", telford, "TW-2026-000051", false, "Pat Lee",
                email(telford), "2 Hill Road, Telford TF1 1AA", ContactPreference.EMAIL, false));
        workflow.knows(new CorrespondenceDetails("core-assets", coreAssets, "CA-2026-000052", false, "Robin Shaw",
                email(coreAssets), "3 Mill Lane, Leeds LS1 1AA", ContactPreference.EMAIL, false));

        publish(new PanelConvened("telford-wrekin", telford, NOW, LocalDate.of(2026, 10, 2),
                List.of(new PanelMember("REG-11", false, true), new PanelMember("REG-12", true, true),
                        new PanelMember("REG-13", false, true)), List.of("PANEL_ORGANISED")), UUID.randomUUID().toString());
        publish(new PanelConvened("core-assets", coreAssets, NOW, LocalDate.of(2026, 10, 5),
                List.of(new PanelMember("STAFF-1", true, false), new PanelMember("STAFF-2", false, false),
                        new PanelMember("REG-14", false, true)), List.of()), UUID.randomUUID().toString());

        Mailbox.Mail toTelford = await().until(() -> mailbox.to(email(telford)), mails -> !mails.isEmpty()).getFirst();
        assertThat(toTelford.to()).containsExactly(email(telford));
        assertThat(toTelford.subject()).isEqualTo("Invitation to the review panel (our reference TW-2026-000051)");
        assertThat(text(toTelford)).isEqualToNormalizingNewlines("""
                Telford & Wrekin Council

                1 July 2026

                Our reference: TW-2026-000051

                Dear Pat Lee,

                You asked for your complaint, reference TW-2026-000051, to be considered at Stage Three (Review Panel). On 2 October 2026 we convened the Review Panel that will review it.

                The Review Panel has 3 members:

                - an independent chair
                - an independent member
                - an independent member

                You are invited to attend the meeting of the Review Panel and to explain your complaint and what you would like to happen. You have the right to bring someone with you to support you or to speak for you, such as a friend, a relative or an advocate. They may not be a lawyer acting for you in a professional capacity: the Review Panel is not a court of law. We will write to you with the date, time and place of the meeting, and send you the papers the Review Panel will read beforehand.

                Also at the meeting:

                - The Complaint Manager
                - The Independent Investigator
                - The Independent Person from Stage Two
                - The Director who responded to the complaint at Stage Two
                - The Panel Clerk (from Customer Relationship Team)

                Please tell us whether you will attend, who will come with you, and whether you need any help or adjustments to take part.

                Yours sincerely,

                Customer Relationship and Quality Assurance Team Leader (Complaints Manager)
                Telford & Wrekin Council
                """);
        assertThat(Mailbox.pdfText(toTelford.pdf())).contains("Telford & Wrekin Council", "Pat Lee",
                "Our reference: TW-2026-000051", "Invitation to the review panel",
                "They may not be a lawyer acting for you in a professional capacity: the Review Panel is not a court of law.",
                "Also at the meeting:", "- The Independent Person from Stage Two",
                "- The Panel Clerk (from Customer Relationship Team)").doesNotContain("REG-");

        Mailbox.Mail toCoreAssets = await().until(() -> mailbox.to(email(coreAssets)), mails -> !mails.isEmpty()).getFirst();
        assertThat(toCoreAssets.to()).containsExactly(email(coreAssets));
        assertThat(toCoreAssets.subject()).isEqualTo("Invitation to the review panel (our reference CA-2026-000052)");
        assertThat(text(toCoreAssets))
                .contains("to be considered at Stage Three - Complaints Review Panel. On 5 October 2026 we convened the "
                        + "complaints review panel that will review it.")
                .contains("- a chair from Core Assets Children's Services\n- a member from Core Assets Children's Services\n"
                        + "- an independent member\n")
                .contains("what you would like to happen. You may be supported by a family member, friend or other "
                        + "suitable person (not a solicitor or barrister). We will write to you")
                .doesNotContain("speak for you", "Also at the meeting", "STAFF-", "REG-")
                .endsWith("Core Assets Children's Services Complaints Manager\nCore Assets Children's Services\n");
        assertThat(Mailbox.pdfText(toCoreAssets.pdf())).contains("Robin Shaw", "Our reference: CA-2026-000052",
                "You may be supported by a family member, friend or other suitable person (not a solicitor or barrister).")
                .doesNotContain("speak for you", "STAFF-");
    }

    /** The e-mail's text as the letter stores it: SMTP carries it with CRLF line ends. */
    private static String text(Mailbox.Mail mail) {
        return mail.text().replace("\r\n", "\n");
    }

    private static Mailbox.Mail mail(List<Mailbox.Mail> mails, String title) {
        List<Mailbox.Mail> titled = mails.stream()
                .filter(mail -> mail.subject().equals(title + " (our reference CAM-2026-000000)")).toList();
        assertThat(titled).hasSize(1);
        return titled.getFirst();
    }

    private List<Map<String, Object>> letters(UUID complaintId) {
        return jdbc.sql("SELECT * FROM letter WHERE complaint_id = ?").param(complaintId).query().listOfRows();
    }

    private static DueDate due(int stage, String step, LocalDate dueOn) {
        return new DueDate(stage, step, dueOn, Strictness.LIMIT, RULE.formatted(stage, "deadlines." + step));
    }
}
