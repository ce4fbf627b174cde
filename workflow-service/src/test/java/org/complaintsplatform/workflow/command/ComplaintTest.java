package org.complaintsplatform.workflow.command;

import static org.complaintsplatform.workflow.command.ComplaintMother.ID;
import static org.complaintsplatform.workflow.command.ComplaintMother.LETTER;
import static org.hamcrest.Matchers.containsString;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.workflow.api.AcknowledgeComplaint;
import org.complaintsplatform.workflow.api.DueDate;
import org.complaintsplatform.workflow.api.FeedbackType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Complaint's rules, one test each. Due dates are worked out by hand from the real bank
 * holidays: Christmas 2026 falls on a Friday, so Boxing Day's substitute is Monday 28 December.
 */
class ComplaintTest {

    private static final Instant TUESDAY_22_DECEMBER_2026_AFTERNOON = Instant.parse("2026-12-22T16:45:00Z");

    private AggregateTestFixture<Complaint> fixture;

    /**
     * Stage 1's response, 10 working days from Tue 22 December 2026: Wed 23, Thu 24, (Christmas, the weekend,
     * Boxing Day's substitute Mon 28) Tue 29, Wed 30, Thu 31, (New Year's Day Fri 1 January, the weekend)
     * Mon 4 to Fri 8 January 2027.
     */
    private static DueDate responseDue(String tenantId) {
        return ComplaintMother.due(tenantId, 1, "RESPONSE", LocalDate.of(2027, 1, 8));
    }

    /** Telford &amp; Wrekin's Stage 1 clocks from receipt on Tue 22 December 2026, in the order of the steps. */
    private static DueDate[] telfordStageOneClocks() {
        return new DueDate[] {
                ComplaintMother.due("telford-wrekin", 1, "FORWARD_TO_COMPLAINTS_TEAM", LocalDate.of(2026, 12, 22)),
                ComplaintMother.due("telford-wrekin", 1, "ALLOCATION", LocalDate.of(2026, 12, 24)),
                ComplaintMother.due("telford-wrekin", 1, "ADVOCACY_REFERRAL", LocalDate.of(2026, 12, 23)),
                responseDue("telford-wrekin")};
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Complaint.class);
        fixture.registerInjectableResource(new DueDates(Procedures.loadDefault()));
        fixture.registerInjectableResource(new LabellingKeys());
    }

    /** Cambridgeshire: "An acknowledgement letter will be sent within 3 working days of receipt ... (the date of receipt is counted as day zero)". */
    @Test
    void cambridgeshireAcknowledgesWithinThreeWorkingDaysOfReceiptCountedAsDayZero() {
        // day 0 Tue 22 Dec; day 1 Wed 23; day 2 Thu 24; Fri 25 Christmas, weekend, Mon 28 substitute Boxing Day; day 3 Tue 29.
        fixture.givenNoPriorActivity()
                .when(ComplaintMother.registration("cambridgeshire", TUESDAY_22_DECEMBER_2026_AFTERNOON, false))
                .expectEvents(ComplaintMother.received("cambridgeshire", TUESDAY_22_DECEMBER_2026_AFTERNOON,
                        LocalDate.of(2026, 12, 22), LocalDate.of(2026, 12, 29), responseDue("cambridgeshire")),
                        ComplaintMother.briefUntilConsent("cambridgeshire", TUESDAY_22_DECEMBER_2026_AFTERNOON));
    }

    /** Telford &amp; Wrekin: a letter of acknowledgement "with 2 days of receiving the complaint" (read as 2 working days, TW-A1). */
    @Test
    void telfordAndWrekinAcknowledgesWithinTwoWorkingDays() {
        // day 0 Tue 22 Dec; day 1 Wed 23; day 2 Thu 24.
        fixture.givenNoPriorActivity()
                .when(ComplaintMother.registration("telford-wrekin", TUESDAY_22_DECEMBER_2026_AFTERNOON, false))
                .expectEvents(ComplaintMother.received("telford-wrekin", TUESDAY_22_DECEMBER_2026_AFTERNOON,
                        LocalDate.of(2026, 12, 22), LocalDate.of(2026, 12, 24), telfordStageOneClocks()));
    }

    /** Day zero is the calendar date of receipt in Europe/London, whatever the time of day. */
    @Test
    void dayZeroIsTheLondonDateOfReceiptNotTheUtcDate() {
        // 23:30 UTC on Tue 30 June 2026 is 00:30 BST on Wed 1 July: day 0 Wed 1; Thu 2, Fri 3, Mon 6 July.
        Instant receivedAt = Instant.parse("2026-06-30T23:30:00Z");
        fixture.givenNoPriorActivity()
                .when(ComplaintMother.registration("cambridgeshire", receivedAt, false))
                .expectEvents(ComplaintMother.received("cambridgeshire", receivedAt,
                        LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 6),
                        // 10 working days from Wed 1 July: Thu 2, Fri 3, 6-10, Mon 13, Tue 14, Wed 15 July.
                        ComplaintMother.due("cambridgeshire", 1, "RESPONSE", LocalDate.of(2026, 7, 15))),
                        ComplaintMother.briefUntilConsent("cambridgeshire", receivedAt));
    }

    /** Telford &amp; Wrekin: anonymous complaints are recorded but not acknowledged, so no acknowledgement clock starts. */
    @Test
    void anonymousComplaintIsRecordedWithoutAnAcknowledgementDueDate() {
        fixture.givenNoPriorActivity()
                .when(ComplaintMother.registration("telford-wrekin", TUESDAY_22_DECEMBER_2026_AFTERNOON, true))
                .expectEvents(ComplaintMother.receivedAnonymously("telford-wrekin", TUESDAY_22_DECEMBER_2026_AFTERNOON,
                        LocalDate.of(2026, 12, 22), telfordStageOneClocks()));
    }

    /** Core Assets states no acknowledgement: the first letter confirms what was agreed, "within ten working days". */
    @Test
    void coreAssetsDoesNotAcknowledgeComplaints() {
        fixture.givenNoPriorActivity()
                .when(ComplaintMother.registration("core-assets", TUESDAY_22_DECEMBER_2026_AFTERNOON, false))
                .expectEvents(ComplaintMother.received("core-assets", FeedbackType.COMPLAINT, TUESDAY_22_DECEMBER_2026_AFTERNOON,
                        LocalDate.of(2026, 12, 22), false, null, responseDue("core-assets")));
    }

    /** BCP: "you will receive an acknowledgement from the complaints team", with no timescale: none is invented. */
    @Test
    void bcpAcknowledgesComplaintsWithoutAnAcknowledgementDueDate() {
        fixture.givenNoPriorActivity()
                .when(ComplaintMother.registration("bcp", TUESDAY_22_DECEMBER_2026_AFTERNOON, false))
                .expectEvents(ComplaintMother.received("bcp", TUESDAY_22_DECEMBER_2026_AFTERNOON,
                        LocalDate.of(2026, 12, 22), null, responseDue("bcp")));
    }

    /** Cambridgeshire: "All compliments are forwarded to and logged by the Children's Complaints and Feedback Team". */
    @Test
    void cambridgeshireLogsComplimentsWithoutAcknowledgingThem() {
        fixture.givenNoPriorActivity()
                .when(ComplaintMother.registration("cambridgeshire", FeedbackType.COMPLIMENT, TUESDAY_22_DECEMBER_2026_AFTERNOON, false))
                .expectEvents(ComplaintMother.received("cambridgeshire", FeedbackType.COMPLIMENT, TUESDAY_22_DECEMBER_2026_AFTERNOON,
                        LocalDate.of(2026, 12, 22), false, null));
    }

    /** Core Assets' procedure covers complaints and representations, not enquiries. */
    @Test
    void feedbackTypeTheProcedureDoesNotTakeIsRejected() {
        fixture.givenNoPriorActivity()
                .when(ComplaintMother.registration("core-assets", FeedbackType.ENQUIRY, TUESDAY_22_DECEMBER_2026_AFTERNOON, false))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("FEEDBACK_TYPE_NOT_ACCEPTED"));
    }

    /** Core Assets is a provider: it runs its own procedure, not the councils' statutory one. */
    @Test
    void routeTheOrganisationDoesNotOfferIsRejected() {
        fixture.givenNoPriorActivity()
                .when(new org.complaintsplatform.workflow.api.RegisterComplaint(ID, "core-assets", "CA-2026-000001",
                        TUESDAY_22_DECEMBER_2026_AFTERNOON, org.complaintsplatform.workflow.api.ReceiptChannel.WEB,
                        FeedbackType.COMPLAINT, org.complaintsplatform.workflow.api.Route.STATUTORY, false,
                        ComplaintMother.PARENT, null, "About my foster placement.", null, null, null, null, false))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("ROUTE_NOT_OFFERED"));
    }

    @Test
    void complaintForAnUnknownTenantIsRejected() {
        fixture.givenNoPriorActivity()
                .when(ComplaintMother.registration("nowhere", TUESDAY_22_DECEMBER_2026_AFTERNOON, false))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("UNKNOWN_TENANT"));
    }

    /** A complaint is acknowledged when its acknowledgement letter is sent. */
    @Test
    void sendingTheAcknowledgementLetterAcknowledgesTheComplaint() {
        Instant sentAt = Instant.parse("2026-12-23T09:12:39Z");
        fixture.given(ComplaintMother.received("cambridgeshire", TUESDAY_22_DECEMBER_2026_AFTERNOON,
                        LocalDate.of(2026, 12, 22), LocalDate.of(2026, 12, 29)))
                .when(new AcknowledgeComplaint(ID, LETTER, sentAt))
                .expectEvents(ComplaintMother.acknowledged("cambridgeshire", sentAt, LocalDate.of(2026, 12, 23),
                        LocalDate.of(2026, 12, 29)));
    }

    @Test
    void complaintIsAcknowledgedOnlyOnce() {
        Instant sentAt = Instant.parse("2026-12-23T09:12:39Z");
        fixture.given(ComplaintMother.received("cambridgeshire", TUESDAY_22_DECEMBER_2026_AFTERNOON,
                                LocalDate.of(2026, 12, 22), LocalDate.of(2026, 12, 29)),
                        ComplaintMother.acknowledged("cambridgeshire", sentAt, LocalDate.of(2026, 12, 23),
                                LocalDate.of(2026, 12, 29)))
                .when(new AcknowledgeComplaint(ID, LETTER, sentAt.plusSeconds(3600)))
                .expectNoEvents();
    }

    /** Telford &amp; Wrekin: anonymous complaints are never acknowledged. */
    @Test
    void anonymousComplaintCannotBeAcknowledged() {
        fixture.given(ComplaintMother.receivedAnonymously("telford-wrekin", TUESDAY_22_DECEMBER_2026_AFTERNOON,
                        LocalDate.of(2026, 12, 22)))
                .when(new AcknowledgeComplaint(ID, LETTER, Instant.parse("2026-12-23T09:00:00Z")))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("ANONYMOUS_NOT_ACKNOWLEDGED"));
    }

    /** BCP: the letter acknowledges the complaint even though no acknowledgement timescale applies. */
    @Test
    void complaintWithoutAnAcknowledgementTimescaleIsAcknowledgedByItsLetter() {
        Instant sentAt = Instant.parse("2026-12-23T09:12:39Z");
        fixture.given(ComplaintMother.received("bcp", TUESDAY_22_DECEMBER_2026_AFTERNOON, LocalDate.of(2026, 12, 22), null))
                .when(new AcknowledgeComplaint(ID, LETTER, sentAt))
                .expectEvents(ComplaintMother.acknowledged("bcp", sentAt, LocalDate.of(2026, 12, 23), null));
    }

    @Test
    void representationTheProcedureDoesNotAcknowledgeCannotBeAcknowledged() {
        fixture.given(ComplaintMother.received("core-assets", FeedbackType.COMPLAINT, TUESDAY_22_DECEMBER_2026_AFTERNOON,
                        LocalDate.of(2026, 12, 22), false, null))
                .when(new AcknowledgeComplaint(ID, LETTER, Instant.parse("2026-12-23T09:00:00Z")))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("ACKNOWLEDGEMENT_NOT_REQUIRED"));
    }

    @Test
    void acknowledgementCannotPredateReceipt() {
        fixture.given(ComplaintMother.received("cambridgeshire", TUESDAY_22_DECEMBER_2026_AFTERNOON,
                        LocalDate.of(2026, 12, 22), LocalDate.of(2026, 12, 29)))
                .when(new AcknowledgeComplaint(ID, LETTER, Instant.parse("2026-12-21T12:00:00Z")))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("SENT_BEFORE_RECEIPT"));
    }
}
