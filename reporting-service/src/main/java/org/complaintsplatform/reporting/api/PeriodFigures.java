package org.complaintsplatform.reporting.api;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A tenant's figures for a period. Representations count in the period of their received date.
 *
 * @param receivedByFeedbackType       only the types received in the period; an absent key means none
 * @param receivedByRoute              complaints only (STATUTORY, CORPORATE)
 * @param receivedBySource             complaints only, by complainant role
 * @param receivedByStageReached       complaints only, by the highest stage reached by the period's last day ("1", "2", "3")
 * @param acknowledgedOnTime           acknowledged on or before an acknowledgement due date; never one without a due date
 * @param acknowledgedLate             acknowledged after the due date
 * @param acknowledgedWithoutTimescale acknowledged where the procedure sets no timescale (no due date)
 * @param openAtPeriodEnd              complaints received by the period's last day and neither closed nor withdrawn by it
 * @param stages                       Stages 1 to 3, always all three
 */
public record PeriodFigures(
        long received,
        Map<String, Long> receivedByFeedbackType,
        Map<String, Long> receivedByRoute,
        Map<String, Long> receivedBySource,
        Map<String, Long> receivedByStageReached,
        long acknowledged,
        long acknowledgedOnTime,
        long acknowledgedLate,
        long acknowledgedWithoutTimescale,
        long openAtPeriodEnd,
        List<StageFigures> stages) {

    public static final int STAGES = 3;

    public PeriodFigures {
        receivedByFeedbackType = sorted(receivedByFeedbackType);
        receivedByRoute = sorted(receivedByRoute);
        receivedBySource = sorted(receivedBySource);
        receivedByStageReached = sorted(receivedByStageReached);
        stages = List.copyOf(stages);
    }

    public StageFigures stage(int stage) {
        return stages.get(stage - 1);
    }

    /** Keys in order, so JSON, CSV and the document list them the same way every time. */
    private static Map<String, Long> sorted(Map<String, Long> counts) {
        return Collections.unmodifiableMap(new TreeMap<>(counts));
    }
}
