package org.complaintsplatform.notification.delivery;

/** One e-mail: the letter's text as the body and its PDF attached. */
public record OutgoingMail(String from, String to, String subject, String text, String attachmentName, byte[] pdf) {
}
