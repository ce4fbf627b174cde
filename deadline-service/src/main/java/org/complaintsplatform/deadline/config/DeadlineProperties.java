package org.complaintsplatform.deadline.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param approachingLeadWorkingDays how many of the tenant's working days before a due date
 *                                   DeadlineApproaching is published
 * @param missGrace                  how long after midnight at the end of a due date DeadlineMissed waits for an
 *                                   answer given that day but not yet consumed (at most 6 hours)
 */
@ConfigurationProperties("complaints.deadline")
public record DeadlineProperties(
        @DefaultValue("2") int approachingLeadWorkingDays,
        @DefaultValue("PT15M") Duration missGrace) {
}
