package org.complaintsplatform.workflow.command;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.equalTo;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.complaintsplatform.workflow.command.ComplaintMother.ID;
import static org.complaintsplatform.workflow.command.ComplaintMother.PARENT;
import static org.complaintsplatform.workflow.command.ComplaintMother.SUMMARY;
import static org.hamcrest.Matchers.instanceOf;

import java.time.Instant;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.workflow.api.ComplaintReceived;
import org.complaintsplatform.workflow.api.ContactArrangementsRecorded;
import org.complaintsplatform.workflow.api.FeedbackType;
import org.complaintsplatform.workflow.api.NamedAdvocate;
import org.complaintsplatform.workflow.api.ReceiptChannel;
import org.complaintsplatform.workflow.api.RegisterComplaint;
import org.complaintsplatform.workflow.api.SealedAdvocate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a complainant asks for when submitting is recorded with the registration, the advocate's person and the
 * accessibility needs sealed under the complaint's key. Telford & Wrekin, whose profile restricts no parent's replies,
 * so registration applies nothing else.
 */
class ContactArrangementsTest {

    private static final Instant RECEIVED_AT = Instant.parse("2026-11-23T10:00:00Z");

    private AggregateTestFixture<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Complaint.class);
        fixture.registerInjectableResource(new DueDates(Procedures.loadDefault()));
        fixture.registerInjectableResource(new LabellingKeys());
    }

    // Telford & Wrekin 7.5: "Subject to the approval of the child/young person, all correspondence with regard to the complaint will be copied to the advocate"
    @Test
    void anAdvocateNamedWhenSubmittingIsRecordedWithTheRegistrationTheirDetailsSealed() {
        NamedAdvocate advocate = new NamedAdvocate("Jo Advocate", "NYAS", "jo@example.org", "0808 808 1001", null);

        fixture.givenNoPriorActivity()
                .when(registration(advocate, "Large print, please.", "cy", true))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        instanceOf(ComplaintReceived.class),
                        equalTo(new ContactArrangementsRecorded(ID, "telford-wrekin", RECEIVED_AT,
                                new SealedAdvocate(LabellingKeys.sealed(ID, "Jo Advocate"), "NYAS",
                                        LabellingKeys.sealed(ID, "jo@example.org"), LabellingKeys.sealed(ID, "0808 808 1001"), null),
                                LabellingKeys.sealed(ID, "Large print, please."), "cy", true)),
                        andNoMore())));
    }

    @Test
    void aLanguageAloneIsRecordedToo() {
        fixture.givenNoPriorActivity()
                .when(registration(null, null, "pl", false))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        instanceOf(ComplaintReceived.class),
                        equalTo(new ContactArrangementsRecorded(ID, "telford-wrekin", RECEIVED_AT, null, null, "pl", false)),
                        andNoMore())));
    }

    @Test
    void aSubmissionAskingForNothingRecordsNoArrangements() {
        fixture.givenNoPriorActivity()
                .when(registration(null, null, null, false))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(instanceOf(ComplaintReceived.class), andNoMore())));
    }

    private static RegisterComplaint registration(@Nullable NamedAdvocate advocate, @Nullable String needs,
                                                  @Nullable String language, boolean consent) {
        return new RegisterComplaint(ID, "telford-wrekin", "TW-2026-000001", RECEIVED_AT, ReceiptChannel.WEB,
                FeedbackType.COMPLAINT, null, false, PARENT, null, SUMMARY, null, advocate, needs, language, consent);
    }
}
