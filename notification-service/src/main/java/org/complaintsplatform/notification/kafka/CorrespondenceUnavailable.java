package org.complaintsplatform.notification.kafka;

/**
 * workflow-service did not answer with the complainant's details. Thrown out of the listener so the
 * record is retried and then dead-lettered, never acknowledged without a letter.
 */
class CorrespondenceUnavailable extends RuntimeException {

    CorrespondenceUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    CorrespondenceUnavailable(String message) {
        super(message);
    }
}
