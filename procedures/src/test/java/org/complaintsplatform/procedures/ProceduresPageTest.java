package org.complaintsplatform.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/procedures.md carries tables generated from the profile files. When a profile changes, run
 * {@code ./mvnw -o -pl procedures test -Dtest=ProceduresPageTest -Dprocedures.page.update=true} to regenerate them.
 */
class ProceduresPageTest {

    private static final Path PAGE = Path.of("../docs/procedures.md");
    private static final String BEGIN = "<!-- BEGIN GENERATED from procedures/src/main/resources/profiles by ProceduresPageTest -->\n";
    private static final String END = "<!-- END GENERATED -->";

    @Test
    void theTimescaleTablesMatchTheProfileFiles() throws IOException {
        Procedures procedures = Procedures.loadDefault();
        List<ProcedureProfile> profiles = procedures.tenants().stream().map(procedures::profile).toList();
        String page = Files.readString(PAGE);
        int begin = page.indexOf(BEGIN);
        int end = page.indexOf(END);
        assertThat(begin).as("the page has a generated block").isNotNegative();
        assertThat(end).isGreaterThan(begin);
        String generated = TimescaleTable.render(profiles);

        if (Boolean.getBoolean("procedures.page.update")) {
            Files.writeString(PAGE, page.substring(0, begin + BEGIN.length()) + generated + page.substring(end));
            return;
        }
        assertThat(page.substring(begin + BEGIN.length(), end)).isEqualTo(generated);
    }
}
