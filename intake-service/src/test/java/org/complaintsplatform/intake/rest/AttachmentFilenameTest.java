package org.complaintsplatform.intake.rest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** An attachment's name is kept for the download's Content-Disposition only: no client path survives. */
class AttachmentFilenameTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "../../etc/passwd|passwd",
            "..\\..\\windows\\win.ini|win.ini",
            "/var/lib/postgres/data|data",
            "C:\\Users\\alex\\plan.pdf|plan.pdf",
            "..|attachment",
            "reports/..|attachment",
            "'  '|attachment",
            "plan\u0000.pdf|plan.pdf",
            "tab\tbreak.txt|tabbreak.txt"})
    void aClientPathOrControlCharacterNeverReachesTheStoredName(String given, String stored) {
        assertThat(AttachmentController.filename(given)).isEqualTo(stored);
    }

    @Test
    void aMissingNameBecomesAttachment() {
        assertThat(AttachmentController.filename(null)).isEqualTo("attachment");
    }
}
