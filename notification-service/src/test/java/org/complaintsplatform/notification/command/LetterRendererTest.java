package org.complaintsplatform.notification.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.complaintsplatform.notification.api.AcknowledgementContent;
import org.complaintsplatform.notification.api.FeedbackType;
import org.complaintsplatform.notification.api.LetterType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LetterRendererTest {

    private final LetterRenderer renderer = new LetterRenderer();

    private static AcknowledgementContent content(String complainantName) {
        return content(FeedbackType.COMPLAINT, complainantName);
    }

    private static AcknowledgementContent content(FeedbackType feedbackType, String complainantName) {
        return new AcknowledgementContent("Cambridgeshire County Council", feedbackType, LocalDate.of(2026, 12, 29),
                "CAM-2026-000123", complainantName, LocalDate.of(2026, 12, 22));
    }

    @ParameterizedTest
    @CsvSource({
            "2026-12-29, 29 December 2026",
            "2027-01-04, 4 January 2027",
            "2026-05-01, 1 May 2026",
            "2026-09-10, 10 September 2026"})
    void lettersWriteDatesAsDayFullMonthNameAndYear(LocalDate date, String written) {
        assertThat(LetterRenderer.formatDate(date)).isEqualTo(written);
    }

    @Test
    void defaultAcknowledgementNamesTheOrganisationReferenceComplainantAndDates() {
        String letter = renderer.renderAcknowledgement("cambridgeshire", content("Sam Taylor"));

        assertThat(letter).isEqualTo("""
                Cambridgeshire County Council

                29 December 2026

                Our reference: CAM-2026-000123

                Dear Sam Taylor,

                Thank you for your complaint, which we received on 22 December 2026.

                We have recorded it under the reference CAM-2026-000123. Please quote this reference if you contact us about your complaint.

                We will look into your complaint and write to you with our response.

                Yours sincerely,

                Complaints Manager
                Cambridgeshire County Council
                """);
    }

    @ParameterizedTest
    @CsvSource({
            "COMPLAINT, complaint",
            "ENQUIRY, enquiry",
            "MP_COUNCILLOR_ENQUIRY, MP or councillor enquiry"})
    void acknowledgementOfARepresentationThatIsAnsweredNamesItsTypeAndPromisesAResponse(FeedbackType type, String words) {
        String letter = renderer.renderAcknowledgement("cambridgeshire", content(type, "Sam Taylor"));

        assertThat(letter)
                .contains("Thank you for your " + words + ", which we received on 22 December 2026.")
                .contains("Please quote this reference if you contact us about your " + words + ".")
                .contains("We will look into your " + words + " and write to you with our response.");
        if (type != FeedbackType.COMPLAINT) {
            assertThat(letter).doesNotContain("complaint");
        }
    }

    @ParameterizedTest
    @CsvSource({
            "COMPLIMENT, compliment",
            "COMMENT, comment"})
    void acknowledgementOfAComplimentOrCommentSaysItIsPassedOnNotAnswered(FeedbackType type, String words) {
        String letter = renderer.renderAcknowledgement("telford-wrekin", content(type, "Sam Taylor"));

        assertThat(letter)
                .contains("Thank you for your " + words + ", which we received on 22 December 2026.")
                .contains("We will pass your " + words + " on to the service it is about.")
                .doesNotContain("complaint")
                .doesNotContain("response");
    }

    @Test
    void acknowledgementWithoutANameGreetsSirOrMadam() {
        assertThat(renderer.renderAcknowledgement("cambridgeshire", content(null))).contains("Dear Sir or Madam,");
    }

    @Test
    void textIsWrittenAsGivenWithoutMarkupEscaping() {
        assertThat(renderer.renderAcknowledgement("cambridgeshire", content("Chloë O'Brien & family")))
                .contains("Dear Chloë O'Brien & family,");
    }

    @Test
    void tenantWithItsOwnTemplateGetsItsOwnWording() {
        assertThat(renderer.renderAcknowledgement("test-override", content("Sam Taylor"))).isEqualTo(
                "Cambridgeshire County Council, 29 December 2026: we received complaint CAM-2026-000123 on 22 December 2026 and will reply.\n");
    }

    @Test
    void tenantWithoutItsOwnTemplateFallsBackToTheDefault() {
        assertThat(renderer.templateFor("test-override", LetterType.ACKNOWLEDGEMENT)).isEqualTo("test-override/acknowledgement");
        assertThat(renderer.templateFor("cambridgeshire", LetterType.ACKNOWLEDGEMENT)).isEqualTo("default/acknowledgement");
        assertThat(renderer.templateFor("../etc", LetterType.ACKNOWLEDGEMENT)).isEqualTo("default/acknowledgement");
    }
}
