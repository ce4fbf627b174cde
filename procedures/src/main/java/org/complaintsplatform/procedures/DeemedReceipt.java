package org.complaintsplatform.procedures;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * When a letter is taken to reach the complainant, per channel: the time added to the date it was sent.
 * Windows the seeds count from the complainant "receiving" a letter start on this date.
 */
public record DeemedReceipt(Map<Channel, Timescale> afterSending, String note) {

    public DeemedReceipt {
        afterSending = Map.copyOf(afterSending);
        Objects.requireNonNull(note, "note");
    }

    /** The date a letter sent on {@code sentOn} by {@code channel} is taken to reach the complainant. */
    public LocalDate receivedOn(LocalDate sentOn, Channel channel, WorkingDayCalendar calendar) {
        return calendar.dueDate(sentOn, after(channel));
    }

    public Timescale after(Channel channel) {
        Timescale timescale = afterSending.get(channel);
        if (timescale == null) {
            throw new IllegalArgumentException("no deemed receipt for channel " + channel);
        }
        return timescale;
    }
}
