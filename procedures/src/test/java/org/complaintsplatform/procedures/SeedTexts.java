package org.complaintsplatform.procedures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;

/**
 * The seed texts the profiles are written from, read from the shared folder beside the repository
 * ({@code ../shared/seeds}, or the folder named by the system property {@code seeds.dir}).
 */
final class SeedTexts {

    /** A quoted cell of Telford &amp; Wrekin's timescale table, whose columns the text copy interleaves. */
    static final String TABLE_CELL = "[table 7.14] ";

    private static final Path DIR = Path.of(System.getProperty("seeds.dir", "../../shared/seeds"));

    private SeedTexts() {
    }

    static String read(String fileName) {
        Path file = DIR.resolve(fileName);
        // A clone outside the project's workplace has no seeds beside it: skip there, but never in CI.
        Assumptions.assumeTrue(Files.isRegularFile(file) || "true".equals(System.getenv("CI")),
                () -> file.toAbsolutePath() + " is missing: seed-text checks skipped (set -Dseeds.dir=... to run them)");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file.toAbsolutePath() + " is missing: the profile tests check the profiles against the seed"
                    + " texts in ../shared/seeds (or -Dseeds.dir=...)");
        }
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Folds the typography of the seed texts (curly quotes, dashes, bold markers, line breaks) so quotes compare as words. */
    static String normalise(String text) {
        return text.replace("**", "")
                .replace('’', '\'').replace('‘', '\'')
                .replace('“', '"').replace('”', '"')
                .replace('–', '-').replace('—', '-')
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** True if the quote is in the seed verbatim, or, for a table cell, word by word in order within a short span. */
    static boolean contains(String seedText, String quote) {
        String text = normalise(seedText);
        if (!quote.startsWith(TABLE_CELL)) {
            return text.contains(normalise(quote));
        }
        List<String> words = List.of(text.split(" "));
        List<String> cell = List.of(normalise(quote.substring(TABLE_CELL.length())).split(" "));
        for (int start = 0; start < words.size(); start++) {
            if (words.get(start).equals(cell.getFirst()) && cellStartsAt(words, cell, start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean cellStartsAt(List<String> words, List<String> cell, int start) {
        int matched = 1;
        for (int i = start + 1; i < words.size() && i - start < 400 && matched < cell.size(); i++) {
            if (words.get(i).equals(cell.get(matched))) {
                matched++;
            }
        }
        return matched == cell.size();
    }
}
