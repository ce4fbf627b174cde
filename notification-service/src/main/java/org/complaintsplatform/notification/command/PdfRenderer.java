package org.complaintsplatform.notification.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.complaintsplatform.notification.api.Letterhead;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * Lays a letter's text out as an A4 PDF with openhtmltopdf: the organisation's name and address block,
 * the recipient, the date, the reference and the title, then the text paragraph by paragraph. The page is
 * the Thymeleaf HTML template {@code layout.html}, looked up like the letters, so a tenant can restyle it.
 */
public final class PdfRenderer {

    /** Thymeleaf's unescaped output: the attribute, and inlining with {@code [(...)]}. */
    private static final Pattern UNESCAPED = Pattern.compile("th[:-]utext|\\[\\(");

    private final TemplateSource templates;
    private final SpringTemplateEngine engine;

    public PdfRenderer(TemplateSource templates) {
        this.templates = templates;
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCacheable(false);
        this.engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
    }

    /**
     * @param recipientAddress the postal address lines; empty for an e-mail recipient without one
     * @param body             the letter's text; blank lines separate paragraphs
     */
    public record Page(Letterhead letterhead, @Nullable String recipientName, List<String> recipientAddress,
                       String letterDate, String reference, String title, String body) {
    }

    public record RenderedPdf(byte[] pdf, String layoutVersion) {
    }

    public RenderedPdf render(String tenantId, Page page) {
        TemplateSource.Template layout = templates.find(tenantId, "layout.html");
        String html = html(layout, page);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render letter " + page.reference(), e);
        }
        return new RenderedPdf(pdf.toByteArray(), layout.version());
    }

    /**
     * The page as XHTML. The name, address and text come from complainants, so the layout must write every
     * value escaped ({@code th:text}): a value is then text, never markup the renderer would act on (an image
     * to fetch, a broken paragraph). A layout that could write one unescaped is refused, not rendered.
     */
    String html(TemplateSource.Template layout, Page page) {
        if (UNESCAPED.matcher(layout.content()).find()) {
            throw new IllegalStateException("letter layout " + layout.version()
                    + " writes values unescaped (th:utext or [(...)]); use th:text");
        }
        Context context = new Context(Locale.UK);
        context.setVariable("letterhead", page.letterhead());
        context.setVariable("recipientName", page.recipientName());
        context.setVariable("recipientAddress", page.recipientAddress());
        context.setVariable("letterDate", page.letterDate());
        context.setVariable("reference", page.reference());
        context.setVariable("title", page.title());
        context.setVariable("paragraphs", paragraphs(page.body()));
        return engine.process(layout.content(), context);
    }

    /** Paragraphs of lines: the text's blank lines end a paragraph, its other line breaks are kept. */
    static List<List<String>> paragraphs(String body) {
        return Arrays.stream(body.strip().split("\\n\\s*\\n"))
                .map(paragraph -> paragraph.lines().toList())
                .toList();
    }

    /** A postal address as workflow holds it ("1 High Street, Cambridge CB1 1AA") in lines. */
    public static List<String> addressLines(@Nullable String address) {
        return address == null || address.isBlank() ? List.of()
                : Arrays.stream(address.split("\\s*[,\\n]\\s*")).filter(line -> !line.isBlank()).toList();
    }
}
