package org.complaintsplatform.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule of a profile quotes the sentence of its seed it comes from; this checks that each quote is really there. */
class ProfileSeedQuotesTest {

    @ParameterizedTest
    @ValueSource(strings = {"core-assets-v1", "cambridgeshire-v1", "telford-wrekin-v1", "bcp-v1", "herefordshire-v1"})
    void everySeedValueQuotesTheSeedText(String profile) {
        JsonNode document = DataFiles.readResource("profiles/" + profile + ".yaml");
        String seedText = SeedTexts.read(document.path("seedFile").asText());
        List<String> quotes = new ArrayList<>();
        collectSeeds(document, "$", quotes);

        assertThat(quotes).isNotEmpty();
        assertThat(quotes)
                .filteredOn(quote -> !SeedTexts.contains(seedText, quote.substring(quote.indexOf(" = ") + 3)))
                .as("quotes not found in %s", document.path("seedFile").asText())
                .isEmpty();
    }

    private static void collectSeeds(JsonNode node, String path, List<String> quotes) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (field.getKey().equals("seed") && field.getValue().isTextual()) {
                    quotes.add(path + ".seed = " + field.getValue().asText());
                } else {
                    collectSeeds(field.getValue(), path + "." + field.getKey(), quotes);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectSeeds(node.get(i), path + "[" + i + "]", quotes);
            }
        }
    }
}
