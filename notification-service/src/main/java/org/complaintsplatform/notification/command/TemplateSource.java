package org.complaintsplatform.notification.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Finds a letter template: the tenant's own file before the default one, and in each case a file in the
 * configured directory before the one on the classpath ({@code letters/}), so an organisation's wording
 * changes by dropping a file into the directory, without a rebuild. Files are read on every use.
 */
public final class TemplateSource {

    static final String DEFAULT_FOLDER = "default";
    private static final String CLASSPATH_ROOT = "letters/";
    private static final Pattern TENANT_ID = Pattern.compile("[a-z0-9-]{2,40}");

    private final @Nullable Path directory;
    private final ClassLoader classLoader;

    /** @param directory checked first; null for the classpath only */
    public TemplateSource(@Nullable Path directory, ClassLoader classLoader) {
        this.directory = directory;
        this.classLoader = classLoader;
    }

    public static TemplateSource classpathOnly() {
        return new TemplateSource(null, TemplateSource.class.getClassLoader());
    }

    /**
     * @param version where it came from and the start of its SHA-256, e.g.
     *                {@code classpath:default/acknowledgement.txt@3f2a9c01b7de}: recorded with every letter
     */
    public record Template(String content, String version) {
    }

    public Template find(String tenantId, String fileName) {
        Optional<Template> own = TENANT_ID.matcher(tenantId).matches() ? lookUp(tenantId + "/" + fileName) : Optional.empty();
        return own.or(() -> lookUp(DEFAULT_FOLDER + "/" + fileName))
                .orElseThrow(() -> new IllegalStateException("no letter template " + fileName));
    }

    private Optional<Template> lookUp(String relative) {
        if (directory != null) {
            Path file = directory.resolve(relative);
            if (Files.isRegularFile(file)) {
                try {
                    return Optional.of(template(Files.readString(file, StandardCharsets.UTF_8), "file:" + relative));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read letter template " + file, e);
                }
            }
        }
        try (InputStream in = classLoader.getResourceAsStream(CLASSPATH_ROOT + relative)) {
            return in == null ? Optional.empty()
                    : Optional.of(template(new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + relative));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read letter template " + relative, e);
        }
    }

    private static Template template(String content, String origin) {
        return new Template(content, origin + "@" + sha256(content).substring(0, 12));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
