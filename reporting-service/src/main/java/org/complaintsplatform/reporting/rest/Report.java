package org.complaintsplatform.reporting.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.complaintsplatform.reporting.api.PeriodFigures;
import org.complaintsplatform.reporting.api.ReportPeriod;
import org.complaintsplatform.reporting.api.StageFigures;
import org.complaintsplatform.reporting.api.StepFigures;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's figures for a period, as JSON and CSV: ids and counts only, never personal data. The first
 * fields are those of the first quarterly slice and keep their names.
 *
 * @param periodType {@code QUARTER}, {@code FINANCIAL_YEAR} or {@code RANGE}; year, quarter and financialYear
 *                   are left out where they do not apply
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Report(
        String tenantId,
        String periodType,
        @Nullable Integer year,
        @Nullable Integer quarter,
        @Nullable String financialYear,
        LocalDate periodStart,
        LocalDate periodEnd,
        long received,
        Map<String, Long> receivedByFeedbackType,
        long acknowledged,
        long acknowledgedOnTime,
        long acknowledgedWithoutTimescale,
        long acknowledgedLate,
        Map<String, Long> receivedByRoute,
        Map<String, Long> receivedBySource,
        Map<String, Long> receivedByStageReached,
        long advocacyUsed,
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

    static Report of(String tenantId, String periodType, @Nullable Integer year, @Nullable Integer quarter,
                     @Nullable String financialYear, ReportPeriod period, PeriodFigures figures) {
        return new Report(tenantId, periodType, year, quarter, financialYear, period.start(), period.end(),
                figures.received(), figures.receivedByFeedbackType(), figures.acknowledged(), figures.acknowledgedOnTime(),
                figures.acknowledgedWithoutTimescale(), figures.acknowledgedLate(), figures.receivedByRoute(),
                figures.receivedBySource(), figures.receivedByStageReached(), figures.advocacyUsed(), figures.openAtPeriodEnd(),
                figures.outOfTimeAccepted(),
                figures.outOfTimeRefused(), figures.exclusionsByGround(), figures.ombudsmanReferrals(),
                figures.ombudsmanReferralsWhileOpen(), figures.ombudsmanReferralsByBody(), figures.ombudsmanReferralsByStage(),
                figures.ombudsmanOutcomes(), figures.withOmbudsmanAtPeriodEnd(), figures.stages(), figures.steps());
    }
}
