package org.complaintsplatform.intake.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.complaintsplatform.intake.api.ComplainantRole;
import org.complaintsplatform.intake.api.ContactPreference;
import org.complaintsplatform.intake.api.FeedbackType;
import org.complaintsplatform.intake.api.ReceiptChannel;
import org.complaintsplatform.intake.api.Representation;
import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void sameBodyInAnotherKeyOrTheListsInAnotherOrderHasTheSameHash() throws Exception {
        Representation first = json.readValue("""
                {"feedbackType":"COMPLAINT","channel":"WEB","anonymous":false,
                 "complainant":{"role":"PARENT","name":"Alex","email":"alex@example.org","preferredContact":"EMAIL"},
                 "child":{"name":"Sam","dateOfBirth":"2014-05-02"},"summary":"No calls returned.",
                 "incidentDates":["2026-03-02","2026-04-06"],"circumstances":["TRIBUNAL","LEGAL_PROCEEDINGS"]}""", Representation.class);
        Representation reordered = json.readValue("""
                {  "summary" : "No calls returned.",
                   "child" : {"dateOfBirth":"2014-05-02","name":"Sam"},
                   "complainant" : {"preferredContact":"EMAIL","email":"alex@example.org","name":"Alex","role":"PARENT"},
                   "anonymous" : false, "channel" : "WEB", "feedbackType" : "COMPLAINT",
                   "circumstances" : ["LEGAL_PROCEEDINGS", "TRIBUNAL"], "incidentDates" : ["2026-04-06", "2026-03-02"] }""",
                Representation.class);

        assertThat(RequestFingerprint.of(reordered)).isEqualTo(RequestFingerprint.of(first));
    }

    @Test
    void anyChangedValueChangesTheHash() {
        Representation original = representation("No calls returned.");
        Representation changed = representation("No calls returned!");

        assertThat(RequestFingerprint.of(changed)).isNotEqualTo(RequestFingerprint.of(original));
    }

    @Test
    void hashIsSixtyFourLowercaseHexDigits() {
        assertThat(RequestFingerprint.of(representation("No calls returned."))).matches("[0-9a-f]{64}");
    }

    private static Representation representation(String summary) {
        return new Representation(FeedbackType.COMPLAINT, null, ReceiptChannel.WEB, false,
                new Representation.Complainant(ComplainantRole.PARENT, "Alex", "alex@example.org", null, ContactPreference.EMAIL, null, null),
                new Representation.Child("Sam", LocalDate.of(2014, 5, 2), false), null, false, summary, null, List.of(), null, List.of(), null);
    }
}
