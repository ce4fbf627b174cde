package org.complaintsplatform.procedures;

import java.util.Objects;

/** A report the organisation produces on its complaints. */
public record Report(ReportingPeriod period, String audience, boolean published, String seed) {

    public Report {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(seed, "seed");
    }
}
