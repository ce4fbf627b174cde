package org.complaintsplatform.kafkasupport;

/** The CloudEvents {@code source} of this service's events, e.g. {@code /workflow-service}. */
public record EventSource(String uri) {
}
