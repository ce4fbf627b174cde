package org.complaintsplatform.reporting.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.procedures.Tenant;
import org.complaintsplatform.reporting.api.PeriodFigures;
import org.complaintsplatform.reporting.persistence.ComplaintFactRepository;
import org.complaintsplatform.reporting.persistence.ComplaintFactRepository.OpenComplaints;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code complaints_open{tenant,stage}}: complaints neither closed nor withdrawn, by the stage they are at.
 * One query serves every gauge of a scrape: the counts are read at most once per {@link #MAX_AGE}.
 */
@Component
public class OpenComplaintsGauges implements MeterBinder {

    static final Duration MAX_AGE = Duration.ofSeconds(10);

    private final ComplaintFactRepository complaints;
    private final Procedures procedures;
    private final Clock clock;
    private @Nullable List<OpenComplaints> counts;
    private Instant readAt = Instant.MIN;

    public OpenComplaintsGauges(ComplaintFactRepository complaints, Procedures procedures, Clock clock) {
        this.complaints = complaints;
        this.procedures = procedures;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Tenant tenant : procedures.tenants()) {
            for (int stage = 1; stage <= PeriodFigures.STAGES; stage++) {
                int current = stage;
                Gauge.builder("complaints.open", this, gauges -> gauges.open(tenant.id(), current))
                        .description("Complaints neither closed nor withdrawn, by the stage they are at")
                        .tag("tenant", tenant.id())
                        .tag("stage", Integer.toString(stage))
                        .register(registry);
            }
        }
    }

    synchronized double open(String tenantId, int stage) {
        Instant now = clock.instant();
        if (counts == null || readAt.plus(MAX_AGE).isBefore(now)) {
            counts = complaints.openNow();
            readAt = now;
        }
        return counts.stream()
                .filter(open -> open.tenantId().equals(tenantId) && open.stage() == stage)
                .mapToLong(OpenComplaints::count)
                .sum();
    }
}
