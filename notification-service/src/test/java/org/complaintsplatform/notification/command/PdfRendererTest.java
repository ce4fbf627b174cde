package org.complaintsplatform.notification.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.complaintsplatform.notification.api.Letterhead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class PdfRendererTest {

    private static final Letterhead LETTERHEAD = new Letterhead("Cambridgeshire County Council", List.of("New Shire Hall"));

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
    void markupInANameAddressOrTextIsPrintedAsTextAndNeverBecomesAnElement() throws Exception {
        String script = "<script>alert(1)</script>";
        String breakout = "</p><img src=x onerror=alert(1)>";
        PdfRenderer.Page page = new PdfRenderer.Page(LETTERHEAD, script, List.of(breakout, "Cambridge CB1 1AA"), "1 July 2026",
                "CAM-2026-000123", "Acknowledgement", "Dear " + script + ",\n\nYou told us: " + breakout + "\n");

        String html = renderer.html(TemplateSource.classpathOnly().find("cambridgeshire", "layout.html"), page);
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(html)));
        assertThat(document.getElementsByTagName("script").getLength()).isZero();
        assertThat(document.getElementsByTagName("img").getLength()).isZero();
        assertThat(document.getElementsByTagName("p").getLength()).isEqualTo(2);
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;/p&gt;&lt;img src=x onerror=alert(1)&gt;");

        String printed = text(renderer.render("cambridgeshire", page).pdf());
        assertThat(printed).contains(script, breakout, "Dear " + script + ",", "You told us: " + breakout);
    }

    @Test
    void aLayoutThatWouldWriteValuesUnescapedIsRefused(@TempDir Path directory) throws Exception {
        Files.createDirectories(directory.resolve("cambridgeshire"));
        Files.createDirectories(directory.resolve("bcp"));
        Files.writeString(directory.resolve("cambridgeshire/layout.html"),
                "<html><body><div th:utext=\"${recipientName}\">Name</div></body></html>");
        Files.writeString(directory.resolve("bcp/layout.html"), "<html><body><p>[(${recipientName})]</p></body></html>");
        PdfRenderer withOwnLayouts = new PdfRenderer(new TemplateSource(directory, getClass().getClassLoader()));
        PdfRenderer.Page page = new PdfRenderer.Page(LETTERHEAD, "Sam Taylor", List.of(), "1 July 2026", "CAM-2026-000123",
                "Acknowledgement", "Dear Sam Taylor,\n");

        for (String tenant : List.of("cambridgeshire", "bcp")) {
            assertThatThrownBy(() -> withOwnLayouts.render(tenant, page))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("file:" + tenant + "/layout.html").hasMessageContaining("unescaped");
        }
    }

    @Test
    void blankLinesSeparateParagraphsAndOtherLineBreaksAreKept() {
        assertThat(PdfRenderer.paragraphs("Dear Sam,\n\nFirst.\n- one\n- two\n\n\nYours,\nMe\n"))
                .containsExactly(List.of("Dear Sam,"), List.of("First.", "- one", "- two"), List.of("Yours,", "Me"));
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
