package org.complaintsplatform.securitysupport.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Auditors' view of this service's personal-data reads for their own organisation. */
@RestController
public class PersonalDataAccessController {

    public static final String PATH = "/api/v1/tenants/{tenantId}/audit/personal-data-access";
    static final int MAX_LIMIT = 1000;

    private final PersonalDataAccessLog log;

    public PersonalDataAccessController(PersonalDataAccessLog log) {
        this.log = log;
    }

    /**
     * @param from  inclusive, default 30 days ago
     * @param to    exclusive, default now
     * @param limit at most {@value #MAX_LIMIT}
     */
    @GetMapping(PATH)
    Accesses find(@PathVariable String tenantId,
                  @RequestParam(required = false) @Nullable UUID complaintId,
                  @RequestParam(required = false) @Nullable Instant from,
                  @RequestParam(required = false) @Nullable Instant to,
                  @RequestParam(defaultValue = "100") int limit) {
        Instant end = to == null ? Instant.now() : to;
        Instant start = from == null ? end.minus(30, ChronoUnit.DAYS) : from;
        return new Accesses(log.find(tenantId, complaintId, start, end, Math.clamp(limit, 1, MAX_LIMIT)));
    }

    public record Accesses(List<PersonalDataAccess> accesses) {
    }
}
