package org.complaintsplatform.reporting.rest;

import org.complaintsplatform.reporting.kafka.ProjectionRebuild;
import org.complaintsplatform.reporting.persistence.Projections;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operator actions on the projection. */
@RestController
class AdminController {

    private final ProjectionRebuild rebuild;

    AdminController(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    /**
     * Empties the projection and replays {@code complaints.complaint-events.v1} from offset zero. Answers at once
     * with what was removed; the figures are complete again when the consumer has caught up.
     */
    @PostMapping("/admin/projections/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Projections.Cleared rebuild() {
        return rebuild.rebuild();
    }
}
