package org.complaintsplatform.workflow.command;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.equalTo;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.complaintsplatform.workflow.command.ComplaintMother.ID;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.instanceOf;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.workflow.api.Complainant;
import org.complaintsplatform.workflow.api.ComplainantRole;
import org.complaintsplatform.workflow.api.ComplaintReceived;
import org.complaintsplatform.workflow.api.ConsentGiver;
import org.complaintsplatform.workflow.api.ContactPreference;
import org.complaintsplatform.workflow.api.FeedbackType;
import org.complaintsplatform.workflow.api.InformationSharingRestricted;
import org.complaintsplatform.workflow.api.ReceiptChannel;
import org.complaintsplatform.workflow.api.RecordSharingConsent;
import org.complaintsplatform.workflow.api.RegisterComplaint;
import org.complaintsplatform.workflow.api.SealedComplainant;
import org.complaintsplatform.workflow.api.SharingConsentRecorded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a complainant may be told (profiles' {@code eligibility.detailOnlyWithConsent}, the data form of their
 * data-sharing rules). Received Tuesday 22 December 2026.
 */
class InformationSharingTest {

    private static final Instant RECEIVED_AT = Instant.parse("2026-12-22T16:45:00Z");
    private static final String CAMBRIDGESHIRE_RULE = "cambridgeshire-v1#eligibility.detailOnlyWithConsent";

    private AggregateTestFixture<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Complaint.class);
        fixture.registerInjectableResource(new DueDates(Procedures.loadDefault()));
        fixture.registerInjectableResource(new LabellingKeys());
    }

    private static RegisterComplaint registrationBy(String tenantId, ComplainantRole role) {
        return new RegisterComplaint(ID, tenantId, "REF-2026-000001", RECEIVED_AT, ReceiptChannel.WEB, FeedbackType.COMPLAINT,
                null, false, new Complainant(role, "Alex Example", "alex@example.org", null, ContactPreference.EMAIL),
                null, "No reply for six weeks.", null, null, null, null, false);
    }

    private static InformationSharingRestricted restricted(ComplainantRole role) {
        return new InformationSharingRestricted(ID, "cambridgeshire", role, CAMBRIDGESHIRE_RULE, RECEIVED_AT);
    }

    /** Cambridgeshire: "a parent who does not have Parental Responsibility, where we would again need to seek permission before replying in detail". */
    @Test
    void aParentWithoutParentalResponsibilityGetsADetailedReplyOnlyWithPermission() {
        fixture.givenNoPriorActivity()
                .when(registrationBy("cambridgeshire", ComplainantRole.PARENT))
                .expectEventsMatching(payloadsMatching(
                        exactSequenceOf(
                                instanceOf(ComplaintReceived.class),
                                equalTo(restricted(ComplainantRole.PARENT)),
                                andNoMore())));
    }

    /** Cambridgeshire: "Sometimes complaints are received from extended family members ... only very brief information can be shared." */
    @Test
    void extendedFamilyAreToldOnlyBriefInformationUntilPermissionIsGiven() {
        fixture.givenNoPriorActivity()
                .when(registrationBy("cambridgeshire", ComplainantRole.OTHER))
                .expectEventsMatching(payloadsMatching(
                        exactSequenceOf(
                                instanceOf(ComplaintReceived.class),
                                equalTo(restricted(ComplainantRole.OTHER)),
                                andNoMore())));
    }

    @Test
    void aPersonWithParentalResponsibilityIsToldTheDetail() {
        fixture.givenNoPriorActivity()
                .when(registrationBy("cambridgeshire", ComplainantRole.PARENTAL_RESPONSIBILITY))
                .expectEventsMatching(payloadsMatching(
                        exactSequenceOf(
                                instanceOf(ComplaintReceived.class),
                                andNoMore())));
    }

    /** BCP's guide states no limit on what a complainant is told. */
    @Test
    void aProcedureWithoutALimitRestrictsNothing() {
        fixture.givenNoPriorActivity()
                .when(registrationBy("bcp", ComplainantRole.OTHER))
                .expectEventsMatching(payloadsMatching(
                        exactSequenceOf(
                                instanceOf(ComplaintReceived.class),
                                andNoMore())));
    }

    /** Cambridgeshire: "without the explicit, signed consent of the person to whom the information belongs". */
    @Test
    void signedConsentOfAPersonWithParentalResponsibilityLiftsTheLimit() {
        Instant recordedAt = Instant.parse("2027-01-05T11:00:00Z");
        fixture.given(receivedFrom(ComplainantRole.PARENT), restricted(ComplainantRole.PARENT))
                .when(new RecordSharingConsent(ID, ConsentGiver.PERSON_WITH_PARENTAL_RESPONSIBILITY, true, recordedAt, null))
                .expectEvents(new SharingConsentRecorded(ID, "cambridgeshire", ConsentGiver.PERSON_WITH_PARENTAL_RESPONSIBILITY,
                        recordedAt, LocalDate.of(2027, 1, 5)));
    }

    @Test
    void consentThatIsNotSignedIsNotEnough() {
        fixture.given(receivedFrom(ComplainantRole.PARENT), restricted(ComplainantRole.PARENT))
                .when(new RecordSharingConsent(ID, ConsentGiver.CHILD, false, Instant.parse("2027-01-05T11:00:00Z"), null))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("CONSENT_NOT_SIGNED"));
    }

    @Test
    void consentIsNotRecordedWhereNothingLimitsWhatTheComplainantIsTold() {
        fixture.given(receivedFrom(ComplainantRole.PARENTAL_RESPONSIBILITY))
                .when(new RecordSharingConsent(ID, ConsentGiver.CHILD, true, Instant.parse("2027-01-05T11:00:00Z"), null))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("CONSENT_NOT_NEEDED"));
    }

    @Test
    void consentIsRecordedOnlyOnce() {
        Instant recordedAt = Instant.parse("2027-01-05T11:00:00Z");
        fixture.given(receivedFrom(ComplainantRole.PARENT), restricted(ComplainantRole.PARENT),
                        new SharingConsentRecorded(ID, "cambridgeshire", ConsentGiver.CHILD, recordedAt, LocalDate.of(2027, 1, 5)))
                .when(new RecordSharingConsent(ID, ConsentGiver.CHILD, true, recordedAt, null))
                .expectException(ComplaintRuleViolation.class)
                .expectExceptionMessage(containsString("CONSENT_NOT_NEEDED"));
    }

    private static ComplaintReceived receivedFrom(ComplainantRole role) {
        ComplaintReceived received = ComplaintMother.received("cambridgeshire", RECEIVED_AT,
                LocalDate.of(2026, 12, 22), LocalDate.of(2026, 12, 29));
        return new ComplaintReceived(received.complaintId(), received.tenantId(),
                received.reference(), received.receivedAt(), received.receivedOn(), received.channel(), received.feedbackType(),
                received.route(), received.anonymous(), received.acknowledgementRequired(),
                new SealedComplainant(role, received.complainant().name(),
                        received.complainant().email(), null, ContactPreference.EMAIL),
                null, received.summary(), null, received.profileId(), received.profileVersion(),
                received.acknowledgementDueOn(), received.deadlines(), false);
    }
}
