package org.complaintsplatform.reporting.kafka;

/** A rebuild that could not rewind the consumer group, so it changed nothing. */
public class RebuildRefused extends RuntimeException {

    RebuildRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
