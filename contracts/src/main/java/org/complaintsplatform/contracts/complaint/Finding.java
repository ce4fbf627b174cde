package org.complaintsplatform.contracts.complaint;

/** The outcome for one numbered point; its wording stays with the letter, never on a topic. */
public record Finding(int point, Outcome outcome) {
}
