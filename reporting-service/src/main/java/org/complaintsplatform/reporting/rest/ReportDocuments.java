package org.complaintsplatform.reporting.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.complaintsplatform.reporting.api.ReportPeriod;
import org.complaintsplatform.reporting.api.StageFigures;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The report document a complaints manager can put before councillors: XHTML from Thymeleaf, and the same as PDF. */
@Component
class ReportDocuments {

    /** Complaints received in one quarter of the year, for the annual document's chart. */
    record QuarterReceived(String quarter, long complaints) {
    }

    private static final String TEMPLATE = "reporting-service/report";
    private static final Words WORDS = new Words();

    private final ITemplateEngine templates;

    ReportDocuments(ITemplateEngine templates) {
        this.templates = templates;
    }

    String html(String organisation, ReportPeriod period, Report report, List<QuarterReceived> quarters) {
        Context context = new Context();
        context.setVariable("organisation", organisation);
        context.setVariable("period", period);
        context.setVariable("report", report);
        context.setVariable("stages", report.stages());
        context.setVariable("words", WORDS);
        context.setVariable("charts", charts(report, quarters));
        return templates.process(TEMPLATE, context);
    }

    byte[] pdf(String organisation, ReportPeriod period, Report report, List<QuarterReceived> quarters) {
        String html = html(organisation, period, report, quarters);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> charts(Report report, List<QuarterReceived> quarters) {
        List<String> charts = new ArrayList<>();
        if (!quarters.isEmpty()) {
            charts.add(SvgBarChart.render("Complaints received by quarter",
                    quarters.stream().map(q -> new SvgBarChart.Bar(q.quarter(), q.complaints())).toList()));
        }
        List<SvgBarChart.Bar> types = new ArrayList<>();
        for (Map.Entry<String, Long> type : report.receivedByFeedbackType().entrySet()) {
            types.add(new SvgBarChart.Bar(WORDS.of(type.getKey()), type.getValue()));
        }
        charts.add(SvgBarChart.render("Representations received by type", types));
        List<SvgBarChart.Bar> timeliness = new ArrayList<>();
        for (StageFigures stage : report.stages()) {
            if (stage.responded() > 0) {
                timeliness.add(new SvgBarChart.Bar("Stage " + stage.stage() + " within timescale", stage.respondedWithinTimescale()));
                timeliness.add(new SvgBarChart.Bar("Stage " + stage.stage() + " within extension", stage.respondedWithinExtendedTimescale()));
                timeliness.add(new SvgBarChart.Bar("Stage " + stage.stage() + " late", stage.respondedLate()));
            }
        }
        if (!timeliness.isEmpty()) {
            charts.add(SvgBarChart.render("Responses by timeliness", timeliness));
        }
        return charts;
    }
}
