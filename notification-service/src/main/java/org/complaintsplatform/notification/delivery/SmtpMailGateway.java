package org.complaintsplatform.notification.delivery;

import jakarta.mail.SendFailedException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

/** Delivers through the SMTP server of {@code spring.mail.*}. */
public final class SmtpMailGateway implements MailGateway {

    private final JavaMailSender sender;

    public SmtpMailGateway(JavaMailSender sender) {
        this.sender = sender;
    }

    @Override
    public void send(OutgoingMail mail) {
        try {
            sender.send(message -> Mails.fill(message, mail));
        } catch (MailSendException e) {
            if (refusedRecipient(e)) {
                throw new MailRejected("the mail server refused the recipient", e);
            }
            throw e;
        }
    }

    /** An address the server answered 5xx for: the message would never reach it. */
    private static boolean refusedRecipient(MailSendException e) {
        return e.getFailedMessages().values().stream()
                .anyMatch(cause -> cause instanceof SendFailedException failed
                        && failed.getInvalidAddresses() != null && failed.getInvalidAddresses().length > 0);
    }

    @Override
    public String describe() {
        return "smtp";
    }
}
