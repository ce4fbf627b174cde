package org.complaintsplatform.notification.rest;

import java.util.List;
import java.util.UUID;

import org.complaintsplatform.notification.persistence.LetterRepository;
import org.complaintsplatform.procedures.Procedures;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tenants/{tenantId}")
class LetterController {

    private final LetterRepository letters;
    private final Procedures procedures;

    LetterController(LetterRepository letters, Procedures procedures) {
        this.letters = letters;
        this.procedures = procedures;
    }

    /** The complaint's letters, oldest first; an empty list when none has been written yet. */
    @GetMapping("/complaints/{complaintId}/letters")
    List<LetterSummary> lettersOf(@PathVariable String tenantId, @PathVariable UUID complaintId) {
        requireTenant(tenantId);
        return letters.findByComplaint(tenantId, complaintId).stream().map(LetterSummary::of).toList();
    }

    @GetMapping("/letters/{letterId}")
    LetterDetail letter(@PathVariable String tenantId, @PathVariable UUID letterId) {
        requireTenant(tenantId);
        return letters.find(tenantId, letterId)
                .map(LetterDetail::of)
                .orElseThrow(() -> new NotFound("tenant " + tenantId + " has no letter " + letterId));
    }

    private void requireTenant(String tenantId) {
        if (procedures.tenant(tenantId).isEmpty()) {
            throw new NotFound("no tenant " + tenantId);
        }
    }
}
