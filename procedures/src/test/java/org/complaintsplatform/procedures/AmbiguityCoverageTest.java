package org.complaintsplatform.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every [HIGH] item of AMBIGUITIES.md has a chosen reading in each profile it concerns, a comment in the file, and a line in the docs. */
class AmbiguityCoverageTest {

    private static final Pattern HIGH_ITEM = Pattern.compile("^- ((?:G|CA|CAM|TW|BCP|HER)-A?\\d+) \\*\\*\\[HIGH]", Pattern.MULTILINE);
    private static final Map<String, List<String>> PROFILES_BY_PREFIX = Map.of(
            "G", List.of("core-assets", "cambridgeshire", "telford-wrekin", "bcp", "herefordshire"),
            "CA", List.of("core-assets"),
            "CAM", List.of("cambridgeshire"),
            "TW", List.of("telford-wrekin"),
            "BCP", List.of("bcp"),
            "HER", List.of("herefordshire"));

    private final Procedures procedures = Procedures.loadDefault();

    @Test
    void everyHighAmbiguityHasAReadingInEachProfileItConcerns() {
        List<String> labels = highLabels();
        assertThat(labels).hasSizeGreaterThanOrEqualTo(20);
        for (String label : labels) {
            for (String profileId : PROFILES_BY_PREFIX.get(label.substring(0, label.indexOf('-')))) {
                ProcedureProfile profile = procedures.profile(profileId, 1);
                assertThat(profile.interpretation(label)).as("%s in %s", label, profile).isPresent();
                assertThat(profileText(profileId)).as("a '%s [HIGH]' comment in %s", label, profile).contains(label + " [HIGH]");
            }
        }
    }

    @Test
    void theProceduresPageListsEveryHighAmbiguity() throws IOException {
        String page = Files.readString(Path.of("../docs/procedures.md"));
        for (String label : highLabels()) {
            assertThat(page).as("docs/procedures.md lists %s", label).containsPattern("\\| " + Pattern.quote(label) + " \\|");
        }
    }

    private static List<String> highLabels() {
        Matcher matcher = HIGH_ITEM.matcher(SeedTexts.read("AMBIGUITIES.md"));
        return matcher.results().map(result -> result.group(1)).toList();
    }

    private static String profileText(String profileId) {
        try {
            return Files.readString(Path.of("src/main/resources/profiles/" + profileId + "-v1.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
