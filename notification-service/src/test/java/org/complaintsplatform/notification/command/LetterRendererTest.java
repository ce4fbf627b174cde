package org.complaintsplatform.notification.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.complaintsplatform.notification.api.FeedbackType;
import org.complaintsplatform.notification.api.LetterContent;
import org.complaintsplatform.notification.api.LetterType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LetterRendererTest {

    private final LetterRenderer renderer = new LetterRenderer(TemplateSource.classpathOnly());

    private static LetterContent content(String complainantName) {
        return content(FeedbackType.COMPLAINT, complainantName);
    }

    private static LetterContent content(FeedbackType feedbackType, @Nullable String complainantName) {
        Map<String, @Nullable Object> facts = new HashMap<>();
        facts.put("representation", feedbackType.inWords());
        facts.put("answered", feedbackType.answered());
        facts.put("receivedOn", LocalDate.of(2026, 12, 22));
        facts.put("stageName", "Stage 1");
        facts.put("responseDueOn", null);
        return new LetterContent(LetterType.ACKNOWLEDGEMENT, "Cambridgeshire County Council", "Complaints Manager",
                LocalDate.of(2026, 12, 29), "CAM-2026-000123", complainantName, facts, false);
    }

    private String renderAcknowledgement(String tenantId, LetterContent content) {
        return renderer.render(tenantId, content).text();
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
        String letter = renderAcknowledgement("cambridgeshire", content("Sam Taylor"));

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
        String letter = renderAcknowledgement("cambridgeshire", content(type, "Sam Taylor"));

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
        String letter = renderAcknowledgement("telford-wrekin", content(type, "Sam Taylor"));

        assertThat(letter)
                .contains("Thank you for your " + words + ", which we received on 22 December 2026.")
                .contains("We will pass your " + words + " on to the service it is about.")
                .doesNotContain("complaint")
                .doesNotContain("response");
    }

    @Test
    void acknowledgementWithoutANameGreetsSirOrMadam() {
        assertThat(renderAcknowledgement("cambridgeshire", content(null))).contains("Dear Sir or Madam,");
    }

    @Test
    void textIsWrittenAsGivenWithoutMarkupEscaping() {
        assertThat(renderAcknowledgement("cambridgeshire", content("Chloë O'Brien & family")))
                .contains("Dear Chloë O'Brien & family,");
    }

    @Test
    void markupAndTemplateSyntaxInANameAreCopiedIntoThePlainTextAsWrittenAndNeverEvaluated() {
        String name = "<script>alert(1)</script></p><img src=x onerror=alert(1)> [(${7*7})] __${7*7}__";

        assertThat(renderAcknowledgement("cambridgeshire", content(name))).contains("Dear " + name + ",");
    }

    @Test
    void acknowledgementGivesTheStageOneResponseDateWhenTheComplaintHasOne() {
        Map<String, @Nullable Object> facts = new HashMap<>(content("Sam Taylor").facts());
        facts.put("responseDueOn", LocalDate.of(2027, 1, 21));
        LetterContent content = new LetterContent(LetterType.ACKNOWLEDGEMENT, "Cambridgeshire County Council",
                "Children's Complaints Manager", LocalDate.of(2026, 12, 29), "CAM-2026-000123", "Sam Taylor", facts, false);

        assertThat(renderAcknowledgement("cambridgeshire", content))
                .contains("We will look into your complaint and write to you with our response. "
                        + "We will send you our Stage 1 response by 21 January 2027.")
                .endsWith("Children's Complaints Manager\nCambridgeshire County Council\n");
    }

    @Test
    void stageResponseToAComplainantToldOnlyBriefInformationLeavesOutTheFindingsAndSaysWhy() {
        Map<String, @Nullable Object> facts = new HashMap<>();
        facts.put("stageName", "Stage 1");
        facts.put("respondedOn", LocalDate.of(2027, 1, 18));
        facts.put("findings", List.of("Point 1: partly upheld", "Point 2: not upheld"));
        facts.put("nextStageName", "Stage 2");
        facts.put("requestForm", null);
        facts.put("requestBy", LocalDate.of(2027, 2, 15));
        LetterContent content = new LetterContent(LetterType.STAGE_RESPONSE, "Cambridgeshire County Council",
                "Children's Complaints Manager", LocalDate.of(2027, 1, 18), "CAM-2026-000123", "Sam Taylor", facts, true);

        assertThat(renderer.render("cambridgeshire", content).body()).isEqualTo("""
                Dear Sam Taylor,

                Please find with this letter our Stage 1 response to your complaint, reference CAM-2026-000123, dated 18 January 2027.

                We can share only brief information with you about the outcome until the person with parental responsibility \
                for the child, or the child, has given signed consent. We have responded to your complaint at Stage 1. \
                If you can obtain that consent, please send it to us and we will write to you with the detail.

                If you are not satisfied with our response, you can ask for your complaint to be considered at Stage 2. \
                Your request must reach us by 15 February 2027.

                Yours sincerely,

                Children's Complaints Manager
                Cambridgeshire County Council
                """);
    }

    @Test
    void tenantWithItsOwnTemplateGetsItsOwnWording() {
        LetterRenderer.RenderedText letter = renderer.render("test-override", content("Sam Taylor"));

        assertThat(letter.body()).isEqualTo(
                "Cambridgeshire County Council, 29 December 2026: we received complaint CAM-2026-000123 on 22 December 2026 and will reply.\n");
        assertThat(letter.templateVersion()).startsWith("classpath:test-override/acknowledgement.txt@");
    }

    @Test
    void tenantWithoutItsOwnTemplateFallsBackToTheDefault() {
        TemplateSource templates = TemplateSource.classpathOnly();

        assertThat(templates.find("test-override", "acknowledgement.txt").version()).startsWith("classpath:test-override/");
        assertThat(templates.find("cambridgeshire", "acknowledgement.txt").version()).startsWith("classpath:default/");
        assertThat(templates.find("../etc", "acknowledgement.txt").version()).startsWith("classpath:default/");
    }

    @Test
    void templateInTheConfiguredDirectoryWinsOverTheShippedOneWithoutARebuild(@TempDir Path directory) throws Exception {
        Files.createDirectories(directory.resolve("cambridgeshire"));
        Files.writeString(directory.resolve("cambridgeshire/acknowledgement.txt"), "Dear [(${complainantName})], version one.\n");
        LetterRenderer fromDirectory = new LetterRenderer(new TemplateSource(directory, getClass().getClassLoader()));

        LetterRenderer.RenderedText first = fromDirectory.render("cambridgeshire", content("Sam Taylor"));
        Files.writeString(directory.resolve("cambridgeshire/acknowledgement.txt"), "Dear [(${complainantName})], version two.\n");
        LetterRenderer.RenderedText second = fromDirectory.render("cambridgeshire", content("Sam Taylor"));

        assertThat(first.body()).isEqualTo("Dear Sam Taylor, version one.\n");
        assertThat(second.body()).isEqualTo("Dear Sam Taylor, version two.\n");
        assertThat(first.templateVersion()).startsWith("file:cambridgeshire/acknowledgement.txt@")
                .isNotEqualTo(second.templateVersion());
        assertThat(fromDirectory.render("bcp", content("Sam Taylor")).templateVersion()).startsWith("classpath:default/");
    }
}
