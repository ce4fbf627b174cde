package org.complaintsplatform.reporting.query;

import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.procedures.Tenant;
import org.complaintsplatform.reporting.api.PeriodFigures;
import org.complaintsplatform.reporting.api.ReportPeriod;
import org.complaintsplatform.reporting.persistence.ComplaintFactRepository;
import org.complaintsplatform.reporting.persistence.DecisionFactRepository;
import org.complaintsplatform.reporting.persistence.StageFactRepository;
import org.complaintsplatform.reporting.persistence.StepFactRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The figures of a tenant for a period, read from one consistent snapshot of the projection. */
@Service
public class ReportQueries {

    private final ComplaintFactRepository complaints;
    private final StageFactRepository stages;
    private final DecisionFactRepository decisions;
    private final StepFactRepository steps;
    private final Procedures procedures;

    public ReportQueries(ComplaintFactRepository complaints, StageFactRepository stages, DecisionFactRepository decisions,
                         StepFactRepository steps, Procedures procedures) {
        this.complaints = complaints;
        this.stages = stages;
        this.decisions = decisions;
        this.steps = steps;
        this.procedures = procedures;
    }

    @Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
    public PeriodFigures figures(Tenant tenant, ReportPeriod period) {
        return FiguresCalculator.figures(period, complaints.receivedBy(tenant.id(), period.end()),
                stages.ofReceivedBy(tenant.id(), period.end()), decisions.ofReceivedBy(tenant.id(), period.end()),
                steps.ofReceivedBy(tenant.id(), period.end()), procedures.calendar(tenant));
    }
}
