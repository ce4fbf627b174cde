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
 * @param advocacyUsed                 complaints received in the period with an advocate assigned by its last day
 * @param acknowledgedOnTime           acknowledged on or before an acknowledgement due date; never one without a due date
 * @param acknowledgedLate             acknowledged after the due date
 * @param acknowledgedWithoutTimescale acknowledged where the procedure sets no timescale (no due date)
 * @param openAtPeriodEnd              complaints received by the period's last day and neither closed, withdrawn, refused
 *                                     under the time limit nor excluded as a whole by it
 * @param outOfTimeAccepted            complaints made after the time limit that the organisation accepted in the period
 * @param outOfTimeRefused             those it refused in the period (a refusal ends the complaint)
 * @param exclusionsByGround           exclusions in the period, of whole complaints or parts, by ground
 * @param ombudsmanReferrals           complaints taken to the Ombudsman (or another signposted body) in the period
 * @param ombudsmanReferralsWhileOpen  of those, referred before the organisation's procedure had ended
 * @param ombudsmanReferralsByBody     the period's referrals by body (LGSCO, OFSTED, ...)
 * @param ombudsmanReferralsByStage    the period's referrals by the stage the complaint had reached ("1", "2", "3")
 * @param ombudsmanOutcomes            the body's decisions in the period, by outcome
 * @param withOmbudsmanAtPeriodEnd     complaints referred by the period's last day and awaiting the body's decision then
 * @param stages                       Stages 1 to 3, always all three
 * @param steps                        the steps met in the period other than the stages' responses, by stage and step
 */
public record PeriodFigures(
        long received,
        Map<String, Long> receivedByFeedbackType,
        Map<String, Long> receivedByRoute,
        Map<String, Long> receivedBySource,
        Map<String, Long> receivedByStageReached,
        long advocacyUsed,
        long acknowledged,
        long acknowledgedOnTime,
        long acknowledgedLate,
        long acknowledgedWithoutTimescale,
        long openAtPeriodEnd,
        long outOfTimeAccepted,
        long outOfTimeRefused,
        Map<String, Long> exclusionsByGround,
        long ombudsmanReferrals,
        long ombudsmanReferralsWhileOpen,
        Map<String, Long> ombudsmanReferralsByBody,
        Map<String, Long> ombudsmanReferralsByStage,
        Map<String, Long> ombudsmanOutcomes,
        long withOmbudsmanAtPeriodEnd,
        List<StageFigures> stages,
        List<StepFigures> steps) {

    public static final int STAGES = 3;

    public PeriodFigures {
        receivedByFeedbackType = sorted(receivedByFeedbackType);
        receivedByRoute = sorted(receivedByRoute);
        receivedBySource = sorted(receivedBySource);
        receivedByStageReached = sorted(receivedByStageReached);
        exclusionsByGround = sorted(exclusionsByGround);
        ombudsmanReferralsByBody = sorted(ombudsmanReferralsByBody);
        ombudsmanReferralsByStage = sorted(ombudsmanReferralsByStage);
        ombudsmanOutcomes = sorted(ombudsmanOutcomes);
        stages = List.copyOf(stages);
        steps = List.copyOf(steps);
    }

    public StageFigures stage(int stage) {
        return stages.get(stage - 1);
    }

    /** Keys in order, so JSON, CSV and the document list them the same way every time. */
    private static Map<String, Long> sorted(Map<String, Long> counts) {
        return Collections.unmodifiableMap(new TreeMap<>(counts));
    }
}
