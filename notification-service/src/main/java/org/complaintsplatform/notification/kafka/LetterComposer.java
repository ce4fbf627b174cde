package org.complaintsplatform.notification.kafka;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.complaintsplatform.notification.api.Correspondent;
import org.complaintsplatform.notification.api.LetterContent;
import org.complaintsplatform.notification.api.Letterhead;
import org.complaintsplatform.notification.command.LetterRenderer;
import org.complaintsplatform.notification.command.PdfRenderer;
import org.complaintsplatform.procedures.LetterTerm;
import org.complaintsplatform.procedures.ProcedureProfile;
import org.jspecify.annotations.Nullable;

/**
 * Turns a letter order into what is stored and sent: subject, text, PDF and the template versions.
 * No I/O beyond reading templates, so the examples in {@code docs/letters/} are made by the same code.
 */
final class LetterComposer {

    static final String DEFAULT_COMPLAINTS_MANAGER = "Complaints Manager";

    private final LetterRenderer renderer;
    private final PdfRenderer pdfRenderer;
    private final Function<String, List<String>> addressOfTenant;

    /** @param addressOfTenant the organisation's address lines for a tenant id; empty when none is configured */
    LetterComposer(LetterRenderer renderer, PdfRenderer pdfRenderer,
                   Function<String, List<String>> addressOfTenant) {
        this.renderer = renderer;
        this.pdfRenderer = pdfRenderer;
        this.addressOfTenant = addressOfTenant;
    }

    record ComposedLetter(String subject, String text, byte[] pdf, String templateVersion) {
    }

    /**
     * @param briefInformationOnly workflow's answer: the complainant may not yet be told the findings
     * @param copiedTo             who gets a copy (the advocate: "Jo Advocate, NYAS"), printed under the signature; or null
     */
    ComposedLetter compose(LetterOrder order, Correspondent correspondent, String reference, LocalDate letterDate,
                           boolean briefInformationOnly, @Nullable String copiedTo) {
        String organisation = order.profile() == null ? order.tenantId() : order.profile().organisation();
        LetterRenderer.RenderedText text = renderer.render(order.tenantId(), new LetterContent(order.type(), organisation,
                complaintsManager(order.profile()), letterDate, reference, correspondent.name(), order.facts(),
                briefInformationOnly));
        String copy = copiedTo == null ? "" : "\nCopy to: " + copiedTo + "\n";
        PdfRenderer.RenderedPdf pdf = pdfRenderer.render(order.tenantId(), new PdfRenderer.Page(
                new Letterhead(organisation, addressOfTenant.apply(order.tenantId())), correspondent.name(),
                PdfRenderer.addressLines(correspondent.postalAddress()), LetterRenderer.formatDate(letterDate), reference,
                order.type().title(), text.body() + copy));
        return new ComposedLetter(order.type().title() + " (our reference " + reference + ")", text.text() + copy, pdf.pdf(),
                text.templateVersion() + " " + pdf.layoutVersion());
    }

    private static String complaintsManager(@Nullable ProcedureProfile profile) {
        return profile == null ? DEFAULT_COMPLAINTS_MANAGER
                : profile.letters().ownWords().getOrDefault(LetterTerm.COMPLAINTS_MANAGER, DEFAULT_COMPLAINTS_MANAGER);
    }
}
