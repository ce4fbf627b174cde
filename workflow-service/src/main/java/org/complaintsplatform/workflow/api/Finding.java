package org.complaintsplatform.workflow.api;

/** The outcome for one numbered point of complaint; the point's wording stays in the letter, not in events. */
public record Finding(int point, Outcome outcome) {
}
