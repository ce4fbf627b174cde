package org.complaintsplatform.notification.api;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What an acknowledgement letter says.
 *
 * @param organisation    the organisation's name as letters print it
 * @param letterDate      the London date the letter is written
 * @param complainantName absent when workflow holds no name; the letter then greets "Sir or Madam"
 * @param receivedOn      day zero, the date the complaint was received
 */
public record AcknowledgementContent(
        String organisation,
        LocalDate letterDate,
        String reference,
        @Nullable String complainantName,
        LocalDate receivedOn) {
}
