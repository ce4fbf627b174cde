package org.complaintsplatform.notification.rest;

import java.util.List;
import java.util.UUID;

import org.complaintsplatform.notification.delivery.PrintQueue;
import org.complaintsplatform.notification.persistence.LetterRecord;
import org.complaintsplatform.notification.persistence.LetterRepository;
import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.securitysupport.audit.PersonalDataAccessLog;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Letters hold the complainant's name and address and their text: a read that answers with a letter's text
 * or its PDF is recorded in the personal-data access log (resource {@value #LETTER} or {@value #LETTER_PDF}).
 * Lists, the print queue and the answer to {@code printed} carry ids, types and dates only.
 */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}")
class LetterController {

    static final String LETTER = "letter";
    static final String LETTER_PDF = "letter-pdf";

    private final LetterRepository letters;
    private final PrintQueue printQueue;
    private final Procedures procedures;
    private final PersonalDataAccessLog accessLog;

    LetterController(LetterRepository letters, PrintQueue printQueue, Procedures procedures, PersonalDataAccessLog accessLog) {
        this.letters = letters;
        this.printQueue = printQueue;
        this.procedures = procedures;
        this.accessLog = accessLog;
    }

    /** The complaint's letters, oldest first; an empty list when none has been written yet. */
    @GetMapping("/complaints/{complaintId}/letters")
    List<LetterSummary> lettersOf(@PathVariable String tenantId, @PathVariable UUID complaintId) {
        requireTenant(tenantId);
        return letters.findByComplaint(tenantId, complaintId).stream().map(LetterSummary::of).toList();
    }

    /**
     * The letter with its text; a letter that was not written, or whose text was erased with the complaint's personal
     * data, has none, and its read is not recorded.
     */
    @GetMapping("/letters/{letterId}")
    LetterDetail letter(@PathVariable String tenantId, @PathVariable UUID letterId) {
        requireTenant(tenantId);
        LetterRecord letter = letters.find(tenantId, letterId).orElseThrow(() -> noLetter(tenantId, letterId));
        if (letter.body() != null) {
            accessLog.record(tenantId, letter.complaintId(), LETTER);
        }
        return LetterDetail.of(letter);
    }

    /**
     * The letter exactly as attached or printed; 404 for a letter that was not written, 410 once erased with the
     * complaint's personal data (not recorded: nothing personal is read).
     */
    @GetMapping(path = "/letters/{letterId}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String tenantId, @PathVariable UUID letterId) {
        requireTenant(tenantId);
        LetterRepository.Pdf pdf = switch (letters.findPdf(tenantId, letterId).orElseThrow(() -> noLetter(tenantId, letterId))) {
            case LetterRepository.Pdf found -> found;
            case LetterRepository.ErasedPdf erased -> throw new Gone("the PDF of letter " + letterId
                    + " was erased with the complaint's personal data after the retention period", erased.erasedAt());
        };
        accessLog.record(tenantId, pdf.complaintId(), LETTER_PDF);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(letterId + ".pdf").build().toString())
                .body(pdf.content());
    }

    /** Letters to post that are waiting to be printed, oldest first. */
    @GetMapping("/print-queue")
    List<PrintQueueEntry> printQueue(@PathVariable String tenantId) {
        requireTenant(tenantId);
        return printQueue.waiting(tenantId).stream().map(PrintQueueEntry::of).toList();
    }

    /**
     * Printed for posting: the letter is sent. Saying so again changes nothing. Answers the letter without its
     * text, which whoever printed it has already read.
     */
    @PostMapping("/letters/{letterId}/printed")
    LetterSummary printed(@PathVariable String tenantId, @PathVariable UUID letterId) {
        requireTenant(tenantId);
        return printQueue.markPrinted(tenantId, letterId)
                .map(LetterSummary::of)
                .orElseThrow(() -> noLetter(tenantId, letterId));
    }

    private static NotFound noLetter(String tenantId, UUID letterId) {
        return new NotFound("tenant " + tenantId + " has no letter " + letterId);
    }

    private void requireTenant(String tenantId) {
        if (procedures.tenant(tenantId).isEmpty()) {
            throw new NotFound("no tenant " + tenantId);
        }
    }
}
