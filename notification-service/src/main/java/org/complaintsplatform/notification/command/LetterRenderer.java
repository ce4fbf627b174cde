package org.complaintsplatform.notification.command;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

import org.complaintsplatform.notification.api.AcknowledgementContent;
import org.complaintsplatform.notification.api.LetterType;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders letters as plain text from Thymeleaf TEXT templates at
 * {@code letters/<tenant>/<letter>.txt}, falling back to {@code letters/default/<letter>.txt}, so a
 * tenant overrides wording by adding a file and nothing else. Thread-safe.
 */
public final class LetterRenderer {

    static final String DEFAULT_FOLDER = "default";
    private static final String ROOT = "letters/";
    private static final String SUFFIX = ".txt";
    private static final Pattern TENANT_ID = Pattern.compile("[a-z0-9-]{2,40}");
    private static final DateTimeFormatter LETTER_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final ClassLoader classLoader;
    private final SpringTemplateEngine engine;

    public LetterRenderer() {
        this(LetterRenderer.class.getClassLoader());
    }

    LetterRenderer(ClassLoader classLoader) {
        this.classLoader = classLoader;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(classLoader);
        resolver.setPrefix(ROOT);
        resolver.setSuffix(SUFFIX);
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        // the Spring engine evaluates expressions with SpEL; the plain one would need OGNL
        this.engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
    }

    public String renderAcknowledgement(String tenantId, AcknowledgementContent content) {
        Context context = new Context(Locale.UK);
        context.setVariable("organisation", content.organisation());
        context.setVariable("representation", content.feedbackType().inWords());
        context.setVariable("answered", content.feedbackType().answered());
        context.setVariable("letterDate", formatDate(content.letterDate()));
        context.setVariable("reference", content.reference());
        context.setVariable("complainantName", content.complainantName());
        context.setVariable("receivedOn", formatDate(content.receivedOn()));
        return engine.process(templateFor(tenantId, LetterType.ACKNOWLEDGEMENT), context);
    }

    /** Dates as letters write them: {@code 29 December 2026}. */
    public static String formatDate(LocalDate date) {
        return LETTER_DATE.format(date);
    }

    /** The tenant's own template when it ships one, else the default; the name is relative to {@code letters/}. */
    String templateFor(String tenantId, LetterType type) {
        String tenantTemplate = tenantId + "/" + type.templateName();
        boolean tenantHasOwn = TENANT_ID.matcher(tenantId).matches()
                && classLoader.getResource(ROOT + tenantTemplate + SUFFIX) != null;
        return tenantHasOwn ? tenantTemplate : DEFAULT_FOLDER + "/" + type.templateName();
    }
}
