package org.complaintsplatform.securitysupport.audit;

import java.time.Clock;
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
    private final Clock clock;

    /** @param clock the clock the log dates its records by, so the default window contains them */
    public PersonalDataAccessController(PersonalDataAccessLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /**
     * @param from  inclusive, default 30 days ago
     * @param to    exclusive, default now (a second ahead, so that a read just logged is included)
     * @param limit at most {@value #MAX_LIMIT}
     */
    @GetMapping(PATH)
    Accesses find(@PathVariable String tenantId,
                  @RequestParam(required = false) @Nullable UUID complaintId,
                  @RequestParam(required = false) @Nullable Instant from,
                  @RequestParam(required = false) @Nullable Instant to,
                  @RequestParam(defaultValue = "100") int limit) {
        Instant end = to == null ? clock.instant().plusSeconds(1) : to;
        Instant start = from == null ? end.minus(30, ChronoUnit.DAYS) : from;
        return new Accesses(log.find(tenantId, complaintId, start, end, Math.clamp(limit, 1, MAX_LIMIT)));
    }

    public record Accesses(List<PersonalDataAccess> accesses) {
    }
}
