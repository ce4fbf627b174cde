package org.complaintsplatform.workflow.rest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;


import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.complaintsplatform.workflow.api.AgreeWrittenStatement;
import org.complaintsplatform.workflow.api.AppointInvestigator;
import org.complaintsplatform.workflow.api.AssignAdvocate;
import org.complaintsplatform.workflow.api.CloseComplaint;
import org.complaintsplatform.workflow.api.CompleteLearningAction;
import org.complaintsplatform.workflow.api.ComplaintId;
import org.complaintsplatform.workflow.api.ComplaintSummary;
import org.complaintsplatform.workflow.api.ConsentGiver;
import org.complaintsplatform.workflow.api.ConvenePanel;
import org.complaintsplatform.workflow.api.DecideLateEscalation;
import org.complaintsplatform.workflow.api.DecideSufficientInterest;
import org.complaintsplatform.workflow.api.DecideTimeLimit;
import org.complaintsplatform.workflow.api.EscalateByAgreement;
import org.complaintsplatform.workflow.api.ExcludeComplaint;
import org.complaintsplatform.workflow.api.ExclusionGround;
import org.complaintsplatform.workflow.api.ExternalBody;
import org.complaintsplatform.workflow.api.ExtendStage;
import org.complaintsplatform.workflow.api.ExtensionCondition;
import org.complaintsplatform.workflow.api.FindComplaint;
import org.complaintsplatform.workflow.api.Finding;
import org.complaintsplatform.workflow.api.HoldLearningMeeting;
import org.complaintsplatform.workflow.api.HoldPanel;
import org.complaintsplatform.workflow.api.ImposeBehaviourMeasure;
import org.complaintsplatform.workflow.api.InvestigatorRole;
import org.complaintsplatform.workflow.api.IssuePanelFindings;
import org.complaintsplatform.workflow.api.OmbudsmanOutcome;
import org.complaintsplatform.workflow.api.Outcome;
import org.complaintsplatform.workflow.api.PanelMember;
import org.complaintsplatform.workflow.api.RecordLearningAction;
import org.complaintsplatform.workflow.api.RecordOmbudsmanOutcome;
import org.complaintsplatform.workflow.api.RecordSharingConsent;
import org.complaintsplatform.workflow.api.ReferToOmbudsman;
import org.complaintsplatform.workflow.api.ReportKind;
import org.complaintsplatform.workflow.api.RequestEscalation;
import org.complaintsplatform.workflow.api.RespondToStage;
import org.complaintsplatform.workflow.api.ResumeComplaint;
import org.complaintsplatform.workflow.api.ReviewBehaviourMeasure;
import org.complaintsplatform.workflow.api.SubmitInvestigationReport;
import org.complaintsplatform.workflow.api.SuspendComplaint;
import org.complaintsplatform.workflow.api.SuspensionGround;
import org.complaintsplatform.workflow.api.WithdrawComplaint;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Caseworkers' actions on a complaint, one endpoint each. Each answers the complaint as it now is, with
 * its version in the {@code ETag}; sending that version back in {@code If-Match} makes the action fail with
 * 409 if someone else acted in between. An action the procedure does not allow answers 422 with its rule.
 * Times default to now; a caseworker recording something that happened earlier gives its time.
 */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/complaints/{complaintId}")
public class ComplaintCommandController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock;

    public ComplaintCommandController(CommandGateway commands, QueryGateway queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    @PostMapping("/advocate")
    public ResponseEntity<ComplaintSummary> assignAdvocate(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody AdvocateRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) ->
                new AssignAdvocate(id, at(request.assignedAt()), request.provider(), version));
    }

    @PostMapping("/sufficient-interest")
    public ResponseEntity<ComplaintSummary> decideSufficientInterest(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody SufficientInterestRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) -> new DecideSufficientInterest(id,
                at(request.decidedAt()), request.sufficientInterest(), request.reason(), version));
    }

    /** A complaint made after the profile's time limit: accepted under its discretion, or refused (which closes it). */
    @PostMapping("/time-limit-decision")
    public ResponseEntity<ComplaintSummary> decideTimeLimit(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody TimeLimitDecisionRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) ->
                new DecideTimeLimit(id, at(request.decidedAt()), request.accepted(), request.reason(), version));
    }

    /** The complaint, or part of it, is not considered on one of the profile's exclusion grounds. */
    @PostMapping("/exclusion")
    public ResponseEntity<ComplaintSummary> exclude(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody ExclusionRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) -> new ExcludeComplaint(id, at(request.excludedAt()),
                request.ground(), request.wholeComplaint(), request.explanation(), version));
    }

    @PostMapping("/extensions")
    public ResponseEntity<ComplaintSummary> extend(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody ExtensionRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) -> new ExtendStage(id, request.stage(),
                at(request.extendedAt()), request.condition(), request.workingDays(), request.reason(), version));
    }

    @PostMapping("/responses")
    public ResponseEntity<ComplaintSummary> respond(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody ResponseRequest request) {
        List<Finding> findings = request.findings().stream().map(f -> new Finding(f.point(), f.outcome())).toList();
        return act(tenantId, complaintId, ifMatch, (id, version) ->
                new RespondToStage(id, request.stage(), at(request.respondedAt()), findings, version));
    }

    @PostMapping("/escalation-requests")
    public ResponseEntity<ComplaintSummary> requestEscalation(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody EscalationRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) ->
                new RequestEscalation(id, request.toStage(), at(request.requestedAt()), version));
    }

    @PostMapping("/late-escalation-decision")
    public ResponseEntity<ComplaintSummary> decideLateEscalation(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody LateEscalationDecisionRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) ->
                new DecideLateEscalation(id, at(request.decidedAt()), request.accepted(), request.reason(), version));
    }

    /** Stage 1 left out, as the profile allows, by agreement: the complaint goes straight to Stage 2. */
    @PostMapping("/direct-escalation")
    public ResponseEntity<ComplaintSummary> escalateByAgreement(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody DirectEscalationRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) ->
                new EscalateByAgreement(id, at(request.agreedAt()), request.reason(), version));
    }

    @PostMapping("/statement")
    public ResponseEntity<ComplaintSummary> agreeStatement(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody StatementRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) ->
                new AgreeWrittenStatement(id, at(request.agreedAt()), request.signed(), version));
    }

    @PostMapping("/investigators")
    public ResponseEntity<ComplaintSummary> appointInvestigator(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody InvestigatorRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) -> new AppointInvestigator(id, request.role(),
                request.personRef(), request.declaredIndependent(), at(request.appointedAt()), version));
    }

    @PostMapping("/reports")
    public ResponseEntity<ComplaintSummary> submitReport(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody ReportRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) ->
                new SubmitInvestigationReport(id, request.kind(), request.author(), at(request.submittedAt()), version));
    }

    @PostMapping("/panel")
    public ResponseEntity<ComplaintSummary> convenePanel(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody PanelRequest request) {
        List<PanelMember> members = request.members().stream()
                .map(member -> new PanelMember(member.personRef(), member.chair(), member.independent())).toList();
        return act(tenantId, complaintId, ifMatch, (id, version) ->
                new ConvenePanel(id, members, at(request.convenedAt()), version));
    }

    @PostMapping("/panel/meeting")
    public ResponseEntity<ComplaintSummary> holdPanel(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody TimedRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) -> new HoldPanel(id, at(request.at()), version));
    }

    @PostMapping("/panel/findings")
    public ResponseEntity<ComplaintSummary> panelFindings(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody PanelFindingsRequest request) {
        List<Finding> findings = request.findings().stream().map(f -> new Finding(f.point(), f.outcome())).toList();
        return act(tenantId, complaintId, ifMatch, (id, version) ->
                new IssuePanelFindings(id, at(request.receivedAt()), findings, version));
    }

    @PostMapping("/suspension")
    public ResponseEntity<ComplaintSummary> suspend(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody SuspensionRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) ->
                new SuspendComplaint(id, at(request.suspendedAt()), request.ground(), version));
    }

    @PostMapping("/resumption")
    public ResponseEntity<ComplaintSummary> resume(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody TimedRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) -> new ResumeComplaint(id, at(request.at()), version));
    }

    @PostMapping("/withdrawal")
    public ResponseEntity<ComplaintSummary> withdraw(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody WithdrawalRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) ->
                new WithdrawComplaint(id, at(request.withdrawnAt()), request.reason(), version));
    }

    /** Signed consent that lets a complainant without parental responsibility be told the detail. */
    @PostMapping("/sharing-consent")
    public ResponseEntity<ComplaintSummary> recordSharingConsent(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody SharingConsentRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) ->
                new RecordSharingConsent(id, request.givenBy(), request.signed(), at(request.recordedAt()), version));
    }

    /** The complainant took the complaint to the Ombudsman (the LGSCO unless another body the profile names is given). */
    @PostMapping("/ombudsman-referral")
    public ResponseEntity<ComplaintSummary> referToOmbudsman(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody OmbudsmanReferralRequest request) {
        ExternalBody body = request.body() == null ? ExternalBody.LGSCO : request.body();
        return act(tenantId, complaintId, ifMatch, (id, version) -> new ReferToOmbudsman(id, at(request.referredAt()), body, version));
    }

    @PostMapping("/ombudsman-outcome")
    public ResponseEntity<ComplaintSummary> recordOmbudsmanOutcome(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody OmbudsmanOutcomeRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) ->
                new RecordOmbudsmanOutcome(id, at(request.decidedAt()), request.outcome(), version));
    }

    /** A change agreed because of the complaint; the caller chooses its id, to complete it later. */
    @PostMapping("/learning-actions")
    public ResponseEntity<ComplaintSummary> recordLearningAction(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody LearningActionRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) -> new RecordLearningAction(id, request.actionId(),
                at(request.recordedAt()), request.action(), request.dueOn(), version));
    }

    @PostMapping("/learning-action-completion")
    public ResponseEntity<ComplaintSummary> completeLearningAction(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody LearningActionCompletionRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) ->
                new CompleteLearningAction(id, request.actionId(), at(request.completedAt()), version));
    }

    @PostMapping("/learning-meeting")
    public ResponseEntity<ComplaintSummary> holdLearningMeeting(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody TimedRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) -> new HoldLearningMeeting(id, at(request.at()), version));
    }

    /** A time-limited restriction on contact with the complainant; the caller chooses its id, to review it later. */
    @PostMapping("/behaviour-measures")
    public ResponseEntity<ComplaintSummary> imposeBehaviourMeasure(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody BehaviourMeasureRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) -> new ImposeBehaviourMeasure(id, request.measureId(),
                at(request.imposedAt()), request.measure(), request.endsOn(), version));
    }

    @PostMapping("/behaviour-measure-review")
    public ResponseEntity<ComplaintSummary> reviewBehaviourMeasure(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody BehaviourMeasureReviewRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) -> new ReviewBehaviourMeasure(id, request.measureId(),
                at(request.reviewedAt()), request.endsOn(), version));
    }

    @PostMapping("/closure")
    public ResponseEntity<ComplaintSummary> close(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody TimedRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) -> new CloseComplaint(id, at(request.at()), version));
    }

    private ResponseEntity<ComplaintSummary> act(String tenantId, UUID complaintId, @Nullable String ifMatch,
                                                 Command command) {
        ComplaintId id = new ComplaintId(complaintId);
        find(tenantId, id).orElseThrow(() -> new NotFound("complaint " + complaintId + " of tenant " + tenantId));
        commands.sendAndWait(command.to(id, ETags.version(ifMatch)));
        ComplaintSummary now = find(tenantId, id).orElseThrow(() -> new NotFound("complaint " + complaintId));
        return ResponseEntity.ok().eTag(ETags.of(now.version())).body(now);
    }

    private Optional<ComplaintSummary> find(String tenantId, ComplaintId id) {
        return queries.query(new FindComplaint(tenantId, id), ResponseTypes.optionalInstanceOf(ComplaintSummary.class)).join();
    }

    private Instant at(@Nullable Instant given) {
        return given == null ? clock.instant() : given;
    }

    /** Builds the command for a complaint, with the version the caller expects (or none). */
    @FunctionalInterface
    private interface Command {
        Object to(ComplaintId id, @Nullable Long expectedVersion);
    }

    record AdvocateRequest(@NotBlank @Size(max = 200) String provider, @Nullable Instant assignedAt) {
    }

    record SufficientInterestRequest(@NotNull Boolean sufficientInterest, @NotBlank @Size(max = 2000) String reason,
                                     @Nullable Instant decidedAt) {
    }

    record TimeLimitDecisionRequest(@NotNull Boolean accepted, @NotBlank @Size(max = 2000) String reason,
                                    @Nullable Instant decidedAt) {
    }

    record ExclusionRequest(@NotNull ExclusionGround ground, @NotNull Boolean wholeComplaint,
                            @NotBlank @Size(max = 2000) String explanation, @Nullable Instant excludedAt) {
    }

    record OmbudsmanReferralRequest(@Nullable ExternalBody body, @Nullable Instant referredAt) {
    }

    record OmbudsmanOutcomeRequest(@NotNull OmbudsmanOutcome outcome, @Nullable Instant decidedAt) {
    }

    record LearningActionRequest(@NotNull UUID actionId, @NotBlank @Size(max = 2000) String action,
                                 @Nullable LocalDate dueOn, @Nullable Instant recordedAt) {
    }

    record LearningActionCompletionRequest(@NotNull UUID actionId, @Nullable Instant completedAt) {
    }

    record BehaviourMeasureRequest(@NotNull UUID measureId, @NotBlank @Size(max = 2000) String measure,
                                   @NotNull LocalDate endsOn, @Nullable Instant imposedAt) {
    }

    record BehaviourMeasureReviewRequest(@NotNull UUID measureId, @NotNull LocalDate endsOn, @Nullable Instant reviewedAt) {
    }

    record ExtensionRequest(@Min(1) @Max(3) int stage, @NotNull ExtensionCondition condition,
                            @Min(1) @Max(250) int workingDays, @NotBlank @Size(max = 2000) String reason,
                            @Nullable Instant extendedAt) {
    }

    record FindingRequest(@Min(1) @Max(100) int point, @NotNull Outcome outcome) {
    }

    record ResponseRequest(@Min(1) @Max(3) int stage, @NotEmpty @Size(max = 100) List<@Valid @NotNull FindingRequest> findings,
                           @Nullable Instant respondedAt) {
    }

    record EscalationRequest(@Min(2) @Max(3) int toStage, @Nullable Instant requestedAt) {
    }

    record LateEscalationDecisionRequest(@NotNull Boolean accepted, @NotBlank @Size(max = 2000) String reason,
                                         @Nullable Instant decidedAt) {
    }

    record DirectEscalationRequest(@NotBlank @Size(max = 2000) String reason, @Nullable Instant agreedAt) {
    }

    record SuspensionRequest(@NotNull SuspensionGround ground, @Nullable Instant suspendedAt) {
    }

    record WithdrawalRequest(@NotBlank @Size(max = 2000) String reason, @Nullable Instant withdrawnAt) {
    }

    record TimedRequest(@Nullable Instant at) {
    }

    record SharingConsentRequest(@NotNull ConsentGiver givenBy, boolean signed, @Nullable Instant recordedAt) {
    }

    record StatementRequest(boolean signed, @Nullable Instant agreedAt) {
    }

    record InvestigatorRequest(@NotNull InvestigatorRole role, @NotBlank @Size(max = 100) String personRef,
                               boolean declaredIndependent, @Nullable Instant appointedAt) {
    }

    record ReportRequest(@NotNull ReportKind kind, @NotNull InvestigatorRole author, @Nullable Instant submittedAt) {
    }

    record PanelMemberRequest(@NotBlank @Size(max = 100) String personRef, boolean chair, boolean independent) {
    }

    record PanelRequest(@NotEmpty @Size(max = 10) List<@Valid @NotNull PanelMemberRequest> members,
                        @Nullable Instant convenedAt) {
    }

    record PanelFindingsRequest(@NotEmpty @Size(max = 100) List<@Valid @NotNull FindingRequest> findings,
                                @Nullable Instant receivedAt) {
    }
}
