package org.complaintsplatform.intake.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.complaintsplatform.intake.api.AttachmentRejected;
import org.junit.jupiter.api.Test;

class AttachmentTypesTest {

    private final AttachmentTypes types = new AttachmentTypes(List.of("application/pdf", "image/png", "image/jpeg", "text/plain"));

    @Test
    void pdfWithItsSignatureIsAcceptedWhateverTheCaseAndParametersOfItsType() {
        assertThat(types.check("Application/PDF; name=x.pdf", "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("application/pdf");
    }

    @Test
    void pngAndJpegNeedTheirSignatures() {
        assertThat(types.check("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0})).isEqualTo("image/png");
        assertThat(types.check("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).isEqualTo("image/jpeg");
    }

    @Test
    void executableLabelledAsPdfIsRefused() {
        assertThatThrownBy(() -> types.check("application/pdf", new byte[] {'M', 'Z', (byte) 0x90, 0}))
                .isInstanceOfSatisfying(AttachmentRejected.class,
                        e -> assertThat(e.rule()).isEqualTo(AttachmentRejected.Rule.TYPE_NOT_ALLOWED));
    }

    @Test
    void typeNotInTheListIsRefused() {
        assertThatThrownBy(() -> types.check("application/zip", new byte[] {'P', 'K', 3, 4}))
                .isInstanceOfSatisfying(AttachmentRejected.class, e -> assertThat(e.getMessage()).contains("application/zip"));
    }

    @Test
    void textMustBeUtf8WithoutNul() {
        assertThat(types.check("text/plain", "Notes from the visit – 3 June".getBytes(StandardCharsets.UTF_8))).isEqualTo("text/plain");
        assertThatThrownBy(() -> types.check("text/plain", new byte[] {'a', 0, 'b'})).isInstanceOf(AttachmentRejected.class);
        assertThatThrownBy(() -> types.check("text/plain", new byte[] {(byte) 0xC3, 0x28})).isInstanceOf(AttachmentRejected.class);
    }

    @Test
    void configuringATypeWithoutAContentCheckFailsAtStartUp() {
        assertThatThrownBy(() -> new AttachmentTypes(List.of("application/msword"))).isInstanceOf(IllegalArgumentException.class);
    }
}
