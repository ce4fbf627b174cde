package org.complaintsplatform.notification.delivery;

import org.jspecify.annotations.Nullable;

/**
 * One e-mail: the letter's text as the body and its PDF attached.
 *
 * @param cc        the advocate copied on the letter, or null
 * @param messageId the {@code Message-ID} header, derived from the letter's id so that every attempt to send
 *                  one letter carries the same one (see {@link Mails#messageId})
 */
public record OutgoingMail(String messageId, String from, String to, @Nullable String cc, String subject, String text,
                           String attachmentName, byte[] pdf) {
}
