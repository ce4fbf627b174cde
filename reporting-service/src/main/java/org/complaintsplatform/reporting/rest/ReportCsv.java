package org.complaintsplatform.reporting.rest;

import java.util.Map;

import org.complaintsplatform.reporting.api.StageFigures;
import org.complaintsplatform.reporting.api.StepFigures;
import org.jspecify.annotations.Nullable;

/**
 * The report as CSV (RFC 4180): one figure per line, {@code tenant_id,period_start,period_end,stage,measure,category,value},
 * so a spreadsheet can pivot it. Measures keep the JSON names; {@code category} holds the key of a breakdown, and
 * for the steps ({@code stepMet}, {@code stepMetLate}, ...) the step's name.
 */
final class ReportCsv {

    static final String HEADER = "tenant_id,period_start,period_end,stage,measure,category,value";

    private final Report report;
    private final StringBuilder csv = new StringBuilder(HEADER).append("\r\n");

    private ReportCsv(Report report) {
        this.report = report;
    }

    static String of(Report report) {
        return new ReportCsv(report).write();
    }

    private String write() {
        line(null, "received", null, report.received());
        breakdown("receivedByFeedbackType", report.receivedByFeedbackType());
        breakdown("receivedByRoute", report.receivedByRoute());
        breakdown("receivedBySource", report.receivedBySource());
        breakdown("receivedByStageReached", report.receivedByStageReached());
        line(null, "advocacyUsed", null, report.advocacyUsed());
        line(null, "acknowledged", null, report.acknowledged());
        line(null, "acknowledgedOnTime", null, report.acknowledgedOnTime());
        line(null, "acknowledgedLate", null, report.acknowledgedLate());
        line(null, "acknowledgedWithoutTimescale", null, report.acknowledgedWithoutTimescale());
        line(null, "openAtPeriodEnd", null, report.openAtPeriodEnd());
        line(null, "outOfTimeAccepted", null, report.outOfTimeAccepted());
        line(null, "outOfTimeRefused", null, report.outOfTimeRefused());
        breakdown("exclusionsByGround", report.exclusionsByGround());
        line(null, "ombudsmanReferrals", null, report.ombudsmanReferrals());
        line(null, "ombudsmanReferralsWhileOpen", null, report.ombudsmanReferralsWhileOpen());
        breakdown("ombudsmanReferralsByBody", report.ombudsmanReferralsByBody());
        breakdown("ombudsmanReferralsByStage", report.ombudsmanReferralsByStage());
        breakdown("ombudsmanOutcomes", report.ombudsmanOutcomes());
        line(null, "withOmbudsmanAtPeriodEnd", null, report.withOmbudsmanAtPeriodEnd());
        for (StageFigures stage : report.stages()) {
            int s = stage.stage();
            line(s, "started", null, stage.started());
            line(s, "responded", null, stage.responded());
            line(s, "respondedWithinTimescale", null, stage.respondedWithinTimescale());
            line(s, "respondedWithinExtendedTimescale", null, stage.respondedWithinExtendedTimescale());
            line(s, "respondedLate", null, stage.respondedLate());
            line(s, "respondedWithoutTimescale", null, stage.respondedWithoutTimescale());
            line(s, "averageWorkingDaysToRespond", null, stage.averageWorkingDaysToRespond());
            line(s, "medianWorkingDaysToRespond", null, stage.medianWorkingDaysToRespond());
            line(s, "upheld", null, stage.upheld());
            line(s, "partlyUpheld", null, stage.partlyUpheld());
            line(s, "notUpheld", null, stage.notUpheld());
            line(s, "withdrawn", null, stage.withdrawn());
            line(s, "excluded", null, stage.excluded());
            line(s, "partlyExcluded", null, stage.partlyExcluded());
            line(s, "escalationRequests", null, stage.escalationRequests());
            line(s, "lateEscalationRequests", null, stage.lateEscalationRequests());
            line(s, "lateRequestsAccepted", null, stage.lateRequestsAccepted());
            line(s, "lateRequestsRefused", null, stage.lateRequestsRefused());
            line(s, "openAtPeriodEnd", null, stage.openAtPeriodEnd());
        }
        for (StepFigures step : report.steps()) {
            line(step.stage(), "stepMet", step.step(), step.met());
            line(step.stage(), "stepMetWithinTimescale", step.step(), step.metWithinTimescale());
            line(step.stage(), "stepMetWithinExtendedTimescale", step.step(), step.metWithinExtendedTimescale());
            line(step.stage(), "stepMetLate", step.step(), step.metLate());
            line(step.stage(), "stepMetWithoutTimescale", step.step(), step.metWithoutTimescale());
            line(step.stage(), "stepAverageWorkingDaysLate", step.step(), step.averageWorkingDaysLate());
        }
        return csv.toString();
    }

    private void breakdown(String measure, Map<String, Long> counts) {
        counts.forEach((category, count) -> line(null, measure, category, count));
    }

    /** Every value is an id, a date, a contract name or a number, so none needs quoting. */
    private void line(@Nullable Integer stage, String measure, @Nullable String category, @Nullable Number value) {
        csv.append(report.tenantId()).append(',').append(report.periodStart()).append(',').append(report.periodEnd()).append(',')
                .append(stage == null ? "" : stage).append(',').append(measure).append(',')
                .append(category == null ? "" : category).append(',').append(value == null ? "" : value).append("\r\n");
    }
}
