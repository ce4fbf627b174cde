package org.complaintsplatform.notification.api;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What an acknowledgement letter says.
 *
 * @param organisation    the organisation's name as letters print it
 * @param feedbackType    what is acknowledged; the letter names it ("your enquiry"), never assumes a complaint
 * @param letterDate      the London date the letter is written
 * @param complainantName absent when workflow holds no name; the letter then greets "Sir or Madam"
 * @param receivedOn      day zero, the date the representation was received
 */
public record AcknowledgementContent(
        String organisation,
        FeedbackType feedbackType,
        LocalDate letterDate,
        String reference,
        @Nullable String complainantName,
        LocalDate receivedOn) {
}
