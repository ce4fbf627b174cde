package org.complaintsplatform.reporting.api;

import org.jspecify.annotations.Nullable;

/**
 * One stage's figures for a period. Responses, outcomes and working days count in the period of the response
 * (the stage closes with it); withdrawals in the period of the withdrawal; requests and escalations in the
 * period they happened.
 *
 * @param started                          complaints that entered the stage in the period (Stage 1: received; later: escalated to it)
 * @param respondedWithinTimescale         responded on or before the due date, never extended
 * @param respondedWithinExtendedTimescale responded on or before the due date of an extension
 * @param respondedLate                    responded after the due date (extended or not)
 * @param respondedWithoutTimescale        no RESPONSE due date reached this service
 * @param averageWorkingDaysToRespond      from the stage's start to the response, one decimal; null without responses
 * @param medianWorkingDaysToRespond       the middle value, or the mean of the two middle values
 * @param escalationRequests               requests to reach this stage (none for Stage 1)
 * @param lateEscalationRequests           those made after the request window closed
 * @param lateRequestsAccepted             late requests the complaints manager accepted in the period
 * @param lateRequestsRefused              late requests refused in the period
 * @param excluded                         whole complaints excluded at this stage in the period (which ends them)
 * @param partlyExcluded                   exclusions of part of a complaint at this stage in the period (the rest goes on)
 * @param openAtPeriodEnd                  complaints at this stage on the last day that had not ended
 */
public record StageFigures(
        int stage,
        long started,
        long responded,
        long respondedWithinTimescale,
        long respondedWithinExtendedTimescale,
        long respondedLate,
        long respondedWithoutTimescale,
        @Nullable Double averageWorkingDaysToRespond,
        @Nullable Double medianWorkingDaysToRespond,
        long upheld,
        long partlyUpheld,
        long notUpheld,
        long withdrawn,
        long excluded,
        long partlyExcluded,
        long escalationRequests,
        long lateEscalationRequests,
        long lateRequestsAccepted,
        long lateRequestsRefused,
        long openAtPeriodEnd) {
}
