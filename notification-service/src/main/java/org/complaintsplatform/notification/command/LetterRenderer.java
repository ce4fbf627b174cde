package org.complaintsplatform.notification.command;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.complaintsplatform.notification.api.LetterContent;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * Renders a letter's text from its Thymeleaf TEXT template {@code <letter type>.txt} (see
 * {@link TemplateSource} for where it is looked up). The text is the e-mail body, the PDF's content and
 * what the API shows. Thread-safe.
 */
public final class LetterRenderer {

    private static final DateTimeFormatter LETTER_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final TemplateSource templates;
    private final SpringTemplateEngine engine;

    public LetterRenderer(TemplateSource templates) {
        this.templates = templates;
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCacheable(false);
        // the Spring engine evaluates expressions with SpEL; the plain one would need OGNL
        this.engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
    }

    /**
     * @param text            the whole letter as plain text: organisation, date and reference, then the body
     * @param body            from the greeting to the signature; the PDF prints it under its own letterhead
     * @param templateVersion where the template came from, with its hash
     */
    public record RenderedText(String text, String body, String templateVersion) {
    }

    public RenderedText render(String tenantId, LetterContent content) {
        TemplateSource.Template template = templates.find(tenantId, content.type().templateName() + ".txt");
        Context context = new Context(Locale.UK);
        context.setVariable("organisation", content.organisation());
        context.setVariable("complaintsManager", content.complaintsManager());
        context.setVariable("letterDate", formatDate(content.letterDate()));
        context.setVariable("reference", content.reference());
        context.setVariable("complainantName", content.complainantName());
        for (Map.Entry<String, @Nullable Object> fact : content.facts().entrySet()) {
            context.setVariable(fact.getKey(), fact.getValue() instanceof LocalDate date ? formatDate(date) : fact.getValue());
        }
        context.setVariable("briefInformationOnly", content.briefInformationOnly());
        if (content.briefInformationOnly()) {
            // withheld here rather than in each template, so no template (an organisation's own included) can print them
            context.setVariable("findings", List.of());
        }
        String body = engine.process(template.content(), context);
        String text = content.organisation() + "\n\n" + formatDate(content.letterDate()) + "\n\nOur reference: "
                + content.reference() + "\n\n" + body;
        return new RenderedText(text, body, template.version());
    }

    /** Dates as letters write them: {@code 29 December 2026}. */
    public static String formatDate(LocalDate date) {
        return LETTER_DATE.format(date);
    }
}
