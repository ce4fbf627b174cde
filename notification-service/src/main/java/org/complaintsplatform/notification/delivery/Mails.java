package org.complaintsplatform.notification.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Builds the MIME message both gateways deliver. */
final class Mails {

    private Mails() {
    }

    static void fill(MimeMessage message, OutgoingMail mail) throws MessagingException {
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(mail.from());
        helper.setTo(mail.to());
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), false);
        helper.addAttachment(mail.attachmentName(), new ByteArrayResource(mail.pdf()), "application/pdf");
    }
}
