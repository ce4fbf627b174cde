package org.complaintsplatform.deadline.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param approachingLeadWorkingDays how many of the tenant's working days before a due date
 *                                   DeadlineApproaching is published
 */
@ConfigurationProperties("complaints.deadline")
public record DeadlineProperties(@DefaultValue("2") int approachingLeadWorkingDays) {
}
