package org.complaintsplatform.notification.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.complaintsplatform.notification.api.Letterhead;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    private final PdfRenderer renderer = new PdfRenderer(TemplateSource.classpathOnly());

    @Test
    void letterIsAnA4PdfWithLetterheadRecipientDateReferenceTitleAndText() throws Exception {
        PdfRenderer.RenderedPdf rendered = renderer.render("cambridgeshire", new PdfRenderer.Page(
                new Letterhead("Cambridgeshire County Council", List.of("New Shire Hall", "Huntingdon", "PE28 4YE")),
                "Chloë O'Brien & family", PdfRenderer.addressLines("1 High Street, Cambridge CB1 1AA"), "1 July 2026",
                "CAM-2026-000123", "Acknowledgement", "Dear Chloë O'Brien & family,\n\nThank you <b>for</b> your complaint.\nLine two.\n"));

        try (PDDocument document = Loader.loadPDF(rendered.pdf())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Cambridgeshire County Council", "New Shire Hall", "PE28 4YE",
                    "Chloë O'Brien & family", "1 High Street", "Cambridge CB1 1AA", "1 July 2026",
                    "Our reference: CAM-2026-000123", "Acknowledgement", "Thank you <b>for</b> your complaint.", "Line two.");
        }
        assertThat(rendered.layoutVersion()).startsWith("classpath:default/layout.html@");
    }

    @Test
    void blankLinesSeparateParagraphsAndOtherLineBreaksAreKept() {
        assertThat(PdfRenderer.paragraphs("Dear Sam,\n\nFirst.\n- one\n- two\n\n\nYours,\nMe\n"))
                .containsExactly(List.of("Dear Sam,"), List.of("First.", "- one", "- two"), List.of("Yours,", "Me"));
    }
}
