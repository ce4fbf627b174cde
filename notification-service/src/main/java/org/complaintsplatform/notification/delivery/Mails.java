package org.complaintsplatform.notification.delivery;

import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Builds the MIME message both gateways deliver. */
final class Mails {

    private Mails() {
    }

    /**
     * The Message-ID of a letter's e-mail: the letter's id at the sender's domain. A retried send repeats it,
     * so a mail system that de-duplicates by Message-ID delivers a duplicate once.
     */
    static String messageId(UUID letterId, String from) {
        return "<" + letterId + "@" + from.substring(from.lastIndexOf('@') + 1) + ">";
    }

    /** Fills the message; {@code saveChanges} replaces the Message-ID, so callers set it again afterwards. */
    static void fill(MimeMessage message, OutgoingMail mail) throws MessagingException {
        message.setHeader("Message-ID", mail.messageId());
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(mail.from());
        helper.setTo(mail.to());
        if (mail.cc() != null) {
            helper.setCc(mail.cc());
        }
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), false);
        helper.addAttachment(mail.attachmentName(), new ByteArrayResource(mail.pdf()), "application/pdf");
    }
}
