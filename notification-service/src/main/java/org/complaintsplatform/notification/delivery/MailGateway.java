package org.complaintsplatform.notification.delivery;

/** Hands an e-mail to whatever delivers it. */
public interface MailGateway {

    /**
     * @throws MailRejected    when the server refused the recipient or the message for good
     * @throws RuntimeException for anything that may work later (server down, timeout, temporary refusal)
     */
    void send(OutgoingMail mail);

    /** For the health indicator, e.g. {@code smtp} or {@code pickup-directory}. */
    String describe();

    /** The server refused this e-mail for good; retrying cannot help. */
    final class MailRejected extends RuntimeException {
        public MailRejected(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
