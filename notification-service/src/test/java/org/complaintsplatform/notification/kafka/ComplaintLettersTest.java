package org.complaintsplatform.notification.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.complaintsplatform.contracts.IntegrationEvent;
import org.complaintsplatform.contracts.complaint.ComplaintAcknowledged;
import org.complaintsplatform.contracts.complaint.ComplaintEscalated;
import org.complaintsplatform.contracts.complaint.ComplaintExcluded;
import org.complaintsplatform.contracts.complaint.DueDate;
import org.complaintsplatform.contracts.complaint.ExclusionEffect;
import org.complaintsplatform.contracts.complaint.ExclusionGround;
import org.complaintsplatform.contracts.complaint.IndependentPersonAppointed;
import org.complaintsplatform.contracts.complaint.PanelConvened;
import org.complaintsplatform.contracts.complaint.PanelMember;
import org.complaintsplatform.contracts.complaint.StageResponded;
import org.complaintsplatform.contracts.complaint.Strictness;
import org.complaintsplatform.contracts.complaint.TimeLimitDecided;
import org.complaintsplatform.notification.api.Channel;
import org.complaintsplatform.notification.api.Correspondent;
import org.complaintsplatform.notification.api.LetterType;
import org.complaintsplatform.notification.command.LetterRenderer;
import org.complaintsplatform.notification.command.PdfRenderer;
import org.complaintsplatform.notification.command.TemplateSource;
import org.complaintsplatform.procedures.Procedures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every letter type as Cambridgeshire writes it, with the dates the events carry (see LetterExamples). */
class ComplaintLettersTest {

    private static final Map<LetterType, Map.Entry<IntegrationEvent, LocalDate>> EXAMPLES = LetterExamples.examples();
    private static final String TENANT = "cambridgeshire";
    private static final UUID COMPLAINT = UUID.fromString("3f1c8f9e-2a57-4c1e-9d0b-6a1f4e2b7c10");
    private static final Instant AT = Instant.parse("2026-06-29T14:05:00Z");

    private final ComplaintLetters letters = new ComplaintLetters(Procedures.loadDefault());
    private final LetterComposer composer = new LetterComposer(new LetterRenderer(TemplateSource.classpathOnly()),
            new PdfRenderer(TemplateSource.classpathOnly()), tenant -> List.of("New Shire Hall"));

    private String text(LetterType type) {
        Map.Entry<IntegrationEvent, LocalDate> example = EXAMPLES.get(type);
        LetterOrder order = LetterExamples.orderFor(type, example.getKey());
        assertThat(order.type()).isEqualTo(type);
        return text(order);
    }

    private String text(LetterOrder order) {
        return text(order, false);
    }

    private String text(LetterOrder order, boolean briefInformationOnly) {
        return composer.compose(order, new Correspondent("Sam Taylor", null, "1 High Street", Channel.POST),
                "CAM-2026-000123", LocalDate.of(2026, 7, 1), briefInformationOnly, null).text();
    }

    @ParameterizedTest
    @EnumSource(value = LetterType.class, names = {"STAGE_RESPONSE", "ADJUDICATION_COVER", "PANEL_FINDINGS_COVER",
            "FINAL_RESPONSE", "CLOSURE"})
    void lettersThatCarryFindingsLeaveThemOutWhileTheComplainantMayBeToldOnlyBriefInformation(LetterType type) {
        LetterOrder order = LetterExamples.orderFor(type, EXAMPLES.get(type).getKey());
        assertThat(text(order, false)).contains("- Point 1:").doesNotContain("signed consent");

        assertThat(text(order, true)).doesNotContain("Point 1", "Point 2", "upheld")
                .contains("We can share only brief information with you about the outcome until the person with "
                        + "parental responsibility for the child, or the child, has given signed consent.")
                .contains("please send it to us and we will write to you with the detail.");
    }

    /** Reports would share the detail: the brief adjudication cover encloses nothing. */
    @Test
    void theBriefAdjudicationCoverEnclosesNeitherTheAdjudicationNorTheReports() {
        LetterOrder order = LetterExamples.orderFor(LetterType.ADJUDICATION_COVER, EXAMPLES.get(LetterType.ADJUDICATION_COVER).getKey());

        assertThat(text(order, false)).contains("Please find enclosed our", "and the investigation's reports.");
        assertThat(text(order, true)).doesNotContain("enclosed", "reports").contains("This letter, dated ");
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

    /** Herefordshire's Stage 2 has no time limit to ask for it, so workflow sends no window with the Stage 1 response. */
    @Test
    void stageResponseOfAStageWhoseNextMayBeAskedForWithoutATimeLimitGivesHowButNoLastDay() {
        LetterOrder order = letters.ordersFor(new StageResponded("herefordshire", COMPLAINT, AT, LocalDate.of(2026, 7, 24), 1,
                List.of(), LocalDate.of(2026, 7, 24), null), "ce-1").getFirst();

        assertThat(order.type()).isEqualTo(LetterType.STAGE_RESPONSE);
        assertThat(text(order)).contains("you can ask for your complaint to be considered at Stage 2. Tell the Complaints "
                        + "Team; the team decides whether an impartial investigation is the way forward.\n")
                .doesNotContain("must reach us", "final stage");
    }

    @Test
    void stageTwoResponseWithoutAWindowWhereEveryLaterStageHasATimeLimitIsTheFinalResponse() {
        assertThat(letters.ordersFor(new StageResponded("herefordshire", COMPLAINT, AT, LocalDate.of(2026, 11, 2), 2,
                List.of(), LocalDate.of(2026, 11, 2), null), "ce-1")).extracting(LetterOrder::type)
                .containsExactly(LetterType.FINAL_RESPONSE);
    }

    @Test
    void escalationConfirmationGivesTheNewStagesResponseDate() {
        assertThat(text(LetterType.ESCALATION_CONFIRMATION))
                .contains("It moved to Stage 2 on 3 August 2026.")
                .contains("We will send you our Stage 2 response by 8 September 2026.");
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
    void escalationToAnInvestigationThatWorksToAStatementAlsoInvitesTheComplainantToAgreeIt() {
        assertThat(letters.ordersFor(EXAMPLES.get(LetterType.STATEMENT_INVITATION).getKey(), "ce-1"))
                .extracting(LetterOrder::type)
                .containsExactly(LetterType.ESCALATION_CONFIRMATION, LetterType.STATEMENT_INVITATION);
        assertThat(text(LetterType.STATEMENT_INVITATION))
                .contains("has moved to Stage 2, it will be investigated.")
                .contains("we would like to agree with you the Schedule or Statement of Complaint (SOC):")
                .contains("This does not change the date of our Stage 2 response: we will send it to you by 8 September 2026.");
    }

    @Test
    void statementInvitationSaysTheResponseClockWaitsForTheStatementWhereTheProcedureCountsFromIt() {
        // Telford counts its Stage Two response from the agreed statement; the appointment clock runs from the request
        ComplaintEscalated escalated = new ComplaintEscalated("telford-wrekin", COMPLAINT, AT, LocalDate.of(2026, 8, 3), 1, 2,
                List.of(new DueDate(2, "INVESTIGATOR_APPOINTMENT", LocalDate.of(2026, 8, 10), Strictness.LIMIT,
                        "telford-wrekin-v1#routes[STATUTORY_CHILDREN].stages[2].deadlines.INVESTIGATOR_APPOINTMENT")));

        LetterOrder invitation = letters.ordersFor(escalated, "ce-1").getLast();

        assertThat(invitation.type()).isEqualTo(LetterType.STATEMENT_INVITATION);
        assertThat(text(invitation)).contains("we would like to agree with you the written statement of complaint:")
                .contains("The time we have for our Stage Two (Formal Investigation) response counts from the day the statement is agreed;");
    }

    /** Core Assets' Stage Two clocks count from the agreed statement and the report: the escalation carries none. */
    @Test
    void escalationWithoutClocksToTheOnlyStageTwoOfTheProfileInvitesToAgreeItsStatement() {
        ComplaintEscalated escalated = new ComplaintEscalated("core-assets", COMPLAINT, AT, LocalDate.of(2026, 8, 3), 1, 2, List.of());

        List<LetterOrder> orders = letters.ordersFor(escalated, "ce-1");

        assertThat(orders).extracting(LetterOrder::type)
                .containsExactly(LetterType.ESCALATION_CONFIRMATION, LetterType.STATEMENT_INVITATION);
        assertThat(text(orders.getLast())).contains("we would like to agree with you the agreed written statement of your complaint")
                .contains("response counts from the day the statement is agreed;");
    }

    @Test
    void escalationWithoutAStatementStepIsOnlyConfirmed() {
        ComplaintEscalated corporate = new ComplaintEscalated(TENANT, COMPLAINT, AT, LocalDate.of(2026, 8, 3), 1, 2,
                List.of(new DueDate(2, "RESPONSE", LocalDate.of(2026, 9, 8), Strictness.LIMIT,
                        "cambridgeshire-v1#routes[CORPORATE].stages[2].deadlines.RESPONSE")));
        ComplaintEscalated toPanel = new ComplaintEscalated(TENANT, COMPLAINT, AT, LocalDate.of(2026, 9, 21), 2, 3,
                List.of(new DueDate(3, "PANEL_HELD", LocalDate.of(2026, 11, 2), Strictness.LIMIT,
                        "cambridgeshire-v1#routes[STATUTORY_CHILDREN].stages[3].deadlines.PANEL_HELD")));

        assertThat(letters.ordersFor(corporate, "ce-1")).extracting(LetterOrder::type).containsExactly(LetterType.ESCALATION_CONFIRMATION);
        assertThat(letters.ordersFor(toPanel, "ce-2")).extracting(LetterOrder::type).containsExactly(LetterType.ESCALATION_CONFIRMATION);
    }

    @Test
    void appointmentNoticeNamesTheRoleAndTheDateButNeverThePerson() {
        assertThat(text(LetterType.INVESTIGATOR_APPOINTMENT_NOTICE))
                .contains("On 7 August 2026 we appointed an Investigating Officer (IO) to it.")
                .doesNotContain("IO-0042");
        LetterOrder independent = letters.ordersFor(new IndependentPersonAppointed(TENANT, COMPLAINT, AT,
                LocalDate.of(2026, 8, 7), "IP-0007", List.of()), "ce-1").getFirst();
        assertThat(text(independent)).contains("On 7 August 2026 we appointed an Independent Person to it.",
                "they write their own report on how it was carried out.").doesNotContain("IP-0007");
    }

    @Test
    void adjudicationCoverSaysHowAndByWhenToAskForTheReviewPanel() {
        assertThat(text(LetterType.ADJUDICATION_COVER))
                .contains("Please find enclosed our letter of adjudication, dated 8 September 2026, on the investigation of your complaint, reference CAM-2026-000123, at Stage 2,")
                .contains("- Point 1: upheld\n- Point 2: not upheld")
                .contains("you can ask for your complaint to go to Stage 3, where a Review Panel of people who have not been involved in it will review it.")
                .contains("Your request must reach us by 8 October 2026.");
    }

    @Test
    void stageTwoResponseWithoutAnInvestigationIsAnOrdinaryStageResponse() {
        StageResponded corporate = new StageResponded(TENANT, COMPLAINT, AT, LocalDate.of(2026, 9, 8), 2, List.of(),
                null, new DueDate(3, "REQUEST_WINDOW", LocalDate.of(2026, 10, 8), Strictness.LIMIT,
                "cambridgeshire-v1#routes[CORPORATE].stages[3].request"));

        assertThat(letters.ordersFor(corporate, "ce-1")).extracting(LetterOrder::type).containsExactly(LetterType.STAGE_RESPONSE);
    }

    @Test
    void panelInvitationListsTheMembersByRoleAndTheRightToARepresentative() {
        assertThat(text(LetterType.PANEL_INVITATION))
                .contains("On 2 October 2026 we convened the Review Panel that will review it.")
                .contains("The Review Panel has 3 members:\n\n- an independent chair\n- an independent member\n- an independent member")
                .contains("You have the right to bring someone with you to support you or to speak for you, such as a "
                        + "friend, a relative or an advocate. We will write to you with the date")
                .doesNotContain("REG-", "lawyer", "Also at the meeting");
    }

    /** Telford & Wrekin 7.13.4: a representative who may speak, never a lawyer; the profile lists who else attends. */
    @Test
    void panelInvitationOfTelfordBarsLawyersAndListsWhoElseAttends() {
        assertThat(text(panelConvened("telford-wrekin")))
                .contains("You have the right to bring someone with you to support you or to speak for you, such as a "
                        + "friend, a relative or an advocate. They may not be a lawyer acting for you in a professional "
                        + "capacity: the Review Panel is not a court of law. We will write to you with the date")
                .contains("""
                        Also at the meeting:

                        - The Complaint Manager
                        - The Independent Investigator
                        - The Independent Person from Stage Two
                        - The Director who responded to the complaint at Stage Two
                        - The Panel Clerk (from Customer Relationship Team)

                        Please tell us whether you will attend""")
                .doesNotContain("- The Complainant");
    }

    /** Core Assets' guide: supported and helped by a family member, friend or other suitable person, not a lawyer. */
    @Test
    void panelInvitationOfCoreAssetsSaysInItsOwnWordsWhoMaySupportTheComplainant() {
        assertThat(text(panelConvened("core-assets")))
                .contains("what you would like to happen. You may be supported by a family member, friend or other "
                        + "suitable person (not a solicitor or barrister). We will write to you")
                .doesNotContain("speak for you", "Also at the meeting");
    }

    @Test
    void panelInvitationOfBcpSaysThatOthersInvolvedInStageTwoAttend() {
        assertThat(text(panelConvened("bcp")))
                .contains("Also at the meeting:\n\n- Others involved in the Stage 2 process\n")
                .doesNotContain("lawyer");
    }

    @Test
    void panelInvitationGivesTheDayThePanelMeetsWhenItWasSetAtConvening() {
        LetterOrder order = letters.ordersFor(new PanelConvened("cambridgeshire", COMPLAINT, AT, LocalDate.of(2026, 10, 2),
                List.of(new PanelMember("REG-03", true, true)), List.of(), LocalDate.of(2026, 11, 4)), "ce-1").getFirst();

        assertThat(text(order))
                .contains("The Review Panel will meet on 4 November 2026; we will write to you with the time and place, "
                        + "and send you the papers the Review Panel will read beforehand.")
                .doesNotContain("with the date");
    }

    private LetterOrder panelConvened(String tenantId) {
        return letters.ordersFor(new PanelConvened(tenantId, COMPLAINT, AT, LocalDate.of(2026, 10, 2),
                List.of(new PanelMember("REG-03", true, true)), List.of()), "ce-1").getFirst();
    }

    @Test
    void panelFindingsCoverGivesTheFindingsAndTheResponseDate() {
        assertThat(text(LetterType.PANEL_FINDINGS_COVER))
                .contains("We received them on 4 November 2026.", "- Point 2: partly upheld")
                .contains("send you our response to them by 25 November 2026.");
    }

    @Test
    void finalResponseSignpostsTheOmbudsmanFirstThenTheBodiesTheProfileNames() {
        String response = text(LetterType.FINAL_RESPONSE);

        assertThat(response).contains("our final response to your complaint, reference CAM-2026-000123, at Stage 3, dated 23 November 2026.")
                .contains("This is the final stage of our complaints procedure.")
                .contains("- Local Government and Social Care Ombudsman: After all three stages")
                .contains("- Ofsted: The complaint is about a child minder, playgroup or nursery.");
        assertThat(response.indexOf("Local Government and Social Care Ombudsman")).isLessThan(response.indexOf("Ofsted"));
    }

    @Test
    void finalResponseOfAnotherOrganisationNamesTheBodiesItsProfileNames() {
        LetterOrder order = letters.ordersFor(LetterExamples.otherOrganisations().get("core-assets").get(LetterType.FINAL_RESPONSE).getKey(), "ce-1")
                .getFirst();

        assertThat(text(order)).contains("at Stage Three - Complaints Review Panel")
                .contains("- Local Government and Social Care Ombudsman: In certain situations")
                .contains("- National Association of Child Contact Centres (NACCC)", "- Care Quality Commission");
    }

    /** Cambridgeshire: legal proceedings about one point; that part may come back once they end, the rest goes on. */
    @Test
    void partExcludedForLegalProceedingsMayBeMadeAgainAndTheRestGoesOn() {
        assertThat(text(LetterType.ELIGIBILITY_DECISION))
                .contains("On 6 July 2026 we decided that we cannot consider part of your complaint, reference CAM-2026-000123, "
                        + "under our complaints procedure at Stage 1, because it is the subject of legal proceedings. You may "
                        + "make it again once the other process has ended. We will go on with the rest of your complaint as before.")
                .contains("you can ask the Local Government and Social Care Ombudsman to consider it.");
    }

    @Test
    void wholeComplaintAlreadyConsideredIsClosedWithoutRepeatingThatItIsNotConsidered() {
        LetterOrder order = letters.ordersFor(new ComplaintExcluded(TENANT, COMPLAINT, AT, LocalDate.of(2026, 7, 6), 1,
                ExclusionGround.ALREADY_CONSIDERED, ExclusionEffect.NOT_CONSIDERED, true,
                "cambridgeshire-v1#exclusions.grounds[ALREADY_CONSIDERED]"), "ce-1").getFirst();

        assertThat(text(order)).contains("we cannot consider your complaint, reference CAM-2026-000123, under our complaints "
                        + "procedure at Stage 1, because it has already been considered under our complaints procedure. "
                        + "We have closed your complaint.")
                .doesNotContain("It will not", "the rest of your complaint");
    }

    /** Telford & Wrekin: one year, decided by the Complaints Manager in writing; a refusal may go to the Ombudsman. */
    @Test
    void lateComplaintRefusedGivesTheProfilesTimeLimitWhoDecidedAndTheOmbudsman() {
        LetterOrder order = letters.ordersFor(new TimeLimitDecided("telford-wrekin", COMPLAINT, AT, LocalDate.of(2026, 7, 6),
                false, "Complaints Manager", true, "telford-wrekin-v1#eligibility.timeLimit"), "ce-1").getFirst();

        assertThat(order.type()).isEqualTo(LetterType.ELIGIBILITY_DECISION);
        assertThat(text(order)).contains("Complaints to us should normally be made within 1 year of the events they are about. "
                        + "Your complaint, reference CAM-2026-000123, was made after that time, so we had to decide whether to consider it.")
                .contains("On 6 July 2026 our Complaints Manager decided not to consider it, because it was made after the time "
                        + "limit. We have closed it and will take no further action on it under our complaints procedure.")
                .contains("you can ask the Local Government and Social Care Ombudsman to consider it.");
    }

    @Test
    void lateComplaintAcceptedIsTakenOnWithoutSignposting() {
        LetterOrder order = letters.ordersFor(new TimeLimitDecided(TENANT, COMPLAINT, AT, LocalDate.of(2026, 7, 6),
                true, null, false, "cambridgeshire-v1#eligibility.timeLimit"), "ce-1").getFirst();

        assertThat(text(order)).contains("within 12 months of the events they are about")
                .contains("On 6 July 2026 we decided to consider your complaint all the same. We will look into it at Stage 1 "
                        + "and write to you with the date of our response.")
                .doesNotContain("Ombudsman", "closed");
    }

    @Test
    void eventsThatNeedNoLetterGetNone() {
        assertThat(letters.ordersFor(new ComplaintAcknowledged("cambridgeshire", java.util.UUID.randomUUID(),
                java.time.Instant.now(), LocalDate.of(2026, 7, 1), null, java.util.UUID.randomUUID()), "ce-2")).isEmpty();
    }
}
