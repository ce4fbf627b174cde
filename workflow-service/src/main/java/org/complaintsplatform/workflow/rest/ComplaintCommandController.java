package org.complaintsplatform.workflow.rest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;


import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.springframework.http.MediaType;
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
@Tag(name = "Caseworker actions", description = "One endpoint per action on a complaint")
@ApiResponse(responseCode = "200", description = "The complaint as it now is, its version in the ETag")
@ApiResponse(responseCode = "400", description = "Bad input (every problem listed in errors) or an If-Match that is no version",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                examples = @ExampleObject(name = "no findings", value = OpenApiExamples.BAD_REQUEST)))
@ApiResponse(responseCode = "404", description = "No such complaint in the path's organisation",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
@ApiResponse(responseCode = "409", description = "Someone acted on the complaint since the version in If-Match",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
@ApiResponse(responseCode = "422", description = "Not allowed by the procedure; rule names the rule broken",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                examples = @ExampleObject(name = "ground not in the profile", value = OpenApiExamples.RULE_BROKEN)))
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

    @Operation(summary = "Record the advocate supporting the complainant",
            description = "Roles: caseworker, manager. Restarts the clocks the profile holds back until an advocate is "
                    + "appointed.")
    @PostMapping("/advocate")
    public ResponseEntity<ComplaintSummary> assignAdvocate(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody AdvocateRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) ->
                new AssignAdvocate(id, at(request.assignedAt()), request.provider(), version));
    }

    @Operation(summary = "Decide whether the complainant has sufficient interest",
            description = "Roles: manager. Starts the clocks that wait for the decision.")
    @PostMapping("/sufficient-interest")
    public ResponseEntity<ComplaintSummary> decideSufficientInterest(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody SufficientInterestRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) -> new DecideSufficientInterest(id,
                at(request.decidedAt()), request.sufficientInterest(), request.reason(), version));
    }

    /** A complaint made after the profile's time limit: accepted under its discretion, or refused (which closes it). */
    @Operation(summary = "Accept a late complaint under the profile's discretion, or refuse it",
            description = "Roles: manager. At Stage 1 before its response, once. The event names the profile's "
                    + "decision-maker and whether the decision is written; a refusal closes the complaint and stops "
                    + "every clock. The reason stays in workflow-service.")
    @PostMapping("/time-limit-decision")
    public ResponseEntity<ComplaintSummary> decideTimeLimit(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "late complaint refused", value = OpenApiExamples.LATE_COMPLAINT_REFUSED)))
            @Valid @RequestBody TimeLimitDecisionRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) ->
                new DecideTimeLimit(id, at(request.decidedAt()), request.accepted(), request.reason(), version));
    }

    /** The complaint, or part of it, is not considered on one of the profile's exclusion grounds. */
    @Operation(summary = "Exclude the complaint, or part of it, on one of the profile's grounds",
            description = "Roles: caseworker, manager. At Stage 1 before its response, on a ground the tenant's profile "
                    + "lists (with its effect: not considered, may resubmit afterwards, redirected). The whole "
                    + "complaint excluded is closed and every clock stops; a part excluded leaves the rest running. The "
                    + "explanation is for the letter and stays in workflow-service.")
    @PostMapping("/exclusion")
    public ResponseEntity<ComplaintSummary> exclude(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "legal proceedings", value = OpenApiExamples.EXCLUDED_FOR_LEGAL_PROCEEDINGS)))
            @Valid @RequestBody ExclusionRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) -> new ExcludeComplaint(id, at(request.excludedAt()),
                request.ground(), request.wholeComplaint(), request.explanation(), version));
    }

    @Operation(summary = "Extend the stage's response",
            description = "Roles: manager. On a condition the profile allows, up to its maximum.")
    @PostMapping("/extensions")
    public ResponseEntity<ComplaintSummary> extend(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody ExtensionRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) -> new ExtendStage(id, request.stage(),
                at(request.extendedAt()), request.condition(), request.workingDays(), request.reason(), version));
    }

    @Operation(summary = "Record the stage's response with a finding per point",
            description = "Roles: caseworker, manager. Stops the stage's clocks and opens the window to ask for the next "
                    + "stage.")
    @PostMapping("/responses")
    public ResponseEntity<ComplaintSummary> respond(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "Stage 1 response", value = OpenApiExamples.STAGE_RESPONSE)))
            @Valid @RequestBody ResponseRequest request) {
        List<Finding> findings = request.findings().stream().map(f -> new Finding(f.point(), f.outcome())).toList();
        return act(tenantId, complaintId, ifMatch, (id, version) ->
                new RespondToStage(id, request.stage(), at(request.respondedAt()), findings, version));
    }

    @Operation(summary = "Record the complainant's request for the next stage",
            description = "Roles: caseworker, manager. In time, the complaint moves on; late, the complaints manager "
                    + "decides.")
    @PostMapping("/escalation-requests")
    public ResponseEntity<ComplaintSummary> requestEscalation(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody EscalationRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) ->
                new RequestEscalation(id, request.toStage(), at(request.requestedAt()), version));
    }

    @Operation(summary = "Decide on a request made after its window closed",
            description = "Roles: manager.")
    @PostMapping("/late-escalation-decision")
    public ResponseEntity<ComplaintSummary> decideLateEscalation(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody LateEscalationDecisionRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) ->
                new DecideLateEscalation(id, at(request.decidedAt()), request.accepted(), request.reason(), version));
    }

    /** Stage 1 left out, as the profile allows, by agreement: the complaint goes straight to Stage 2. */
    @Operation(summary = "Take the complaint straight to Stage 2 by agreement",
            description = "Roles: manager. Where the route's profile allows it, from Stage 1 before its response; Stage 2's "
                    + "clocks start on the agreement.")
    @PostMapping("/direct-escalation")
    public ResponseEntity<ComplaintSummary> escalateByAgreement(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody DirectEscalationRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) ->
                new EscalateByAgreement(id, at(request.agreedAt()), request.reason(), version));
    }

    @Operation(summary = "Record the agreed (and signed) statement of complaint",
            description = "Roles: caseworker, manager.")
    @PostMapping("/statement")
    public ResponseEntity<ComplaintSummary> agreeStatement(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody StatementRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) ->
                new AgreeWrittenStatement(id, at(request.agreedAt()), request.signed(), version));
    }

    @Operation(summary = "Appoint an Investigating Officer or Independent Person",
            description = "Roles: caseworker, manager. An Independent Person declares their independence and is not the "
                    + "Investigating Officer.")
    @PostMapping("/investigators")
    public ResponseEntity<ComplaintSummary> appointInvestigator(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody InvestigatorRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) -> new AppointInvestigator(id, request.role(),
                request.personRef(), request.declaredIndependent(), at(request.appointedAt()), version));
    }

    @Operation(summary = "Record an investigation report",
            description = "Roles: caseworker, manager.")
    @PostMapping("/reports")
    public ResponseEntity<ComplaintSummary> submitReport(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody ReportRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) ->
                new SubmitInvestigationReport(id, request.kind(), request.author(), at(request.submittedAt()), version));
    }

    @Operation(summary = "Convene the review panel",
            description = "Roles: caseworker, manager. Of the size and independence the profile states, one chair, without "
                    + "the Stage 2 Independent Person.")
    @PostMapping("/panel")
    public ResponseEntity<ComplaintSummary> convenePanel(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody PanelRequest request) {
        List<PanelMember> members = request.members().stream()
                .map(member -> new PanelMember(member.personRef(), member.chair(), member.independent())).toList();
        return act(tenantId, complaintId, ifMatch, (id, version) ->
                new ConvenePanel(id, members, at(request.convenedAt()), request.meetingOn(), version));
    }

    @Operation(summary = "Record that the review panel met",
            description = "Roles: caseworker, manager.")
    @PostMapping("/panel/meeting")
    public ResponseEntity<ComplaintSummary> holdPanel(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody TimedRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) -> new HoldPanel(id, at(request.at()), version));
    }

    @Operation(summary = "Record the review panel's findings",
            description = "Roles: caseworker, manager.")
    @PostMapping("/panel/findings")
    public ResponseEntity<ComplaintSummary> panelFindings(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody PanelFindingsRequest request) {
        List<Finding> findings = request.findings().stream().map(f -> new Finding(f.point(), f.outcome())).toList();
        return act(tenantId, complaintId, ifMatch, (id, version) ->
                new IssuePanelFindings(id, at(request.receivedAt()), findings, version));
    }

    @Operation(summary = "Put the complaint on hold",
            description = "Roles: caseworker, manager. On a ground the profile recognises; every clock stops with the "
                    + "working days it has left.")
    @PostMapping("/suspension")
    public ResponseEntity<ComplaintSummary> suspend(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody SuspensionRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) ->
                new SuspendComplaint(id, at(request.suspendedAt()), request.ground(), version));
    }

    @Operation(summary = "Take the complaint off hold",
            description = "Roles: caseworker, manager. The clocks restart with the working days they had left.")
    @PostMapping("/resumption")
    public ResponseEntity<ComplaintSummary> resume(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody TimedRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) -> new ResumeComplaint(id, at(request.at()), version));
    }

    @Operation(summary = "Record that the complainant withdrew the complaint",
            description = "Roles: caseworker, manager.")
    @PostMapping("/withdrawal")
    public ResponseEntity<ComplaintSummary> withdraw(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody WithdrawalRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) ->
                new WithdrawComplaint(id, at(request.withdrawnAt()), request.reason(), version));
    }

    /** Signed consent that lets a complainant without parental responsibility be told the detail. */
    @Operation(summary = "Record signed consent to tell the complainant the detail",
            description = "Roles: caseworker, manager.")
    @PostMapping("/sharing-consent")
    public ResponseEntity<ComplaintSummary> recordSharingConsent(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody SharingConsentRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) ->
                new RecordSharingConsent(id, request.givenBy(), request.signed(), at(request.recordedAt()), version));
    }

    /** The complainant took the complaint to the Ombudsman (the LGSCO unless another body the profile names is given). */
    @Operation(summary = "Record that the complaint was taken to the Ombudsman",
            description = "Roles: caseworker, manager. The LGSCO unless another body the profile signposts is given; open "
                    + "or closed complaints; one referral at a time.")
    @PostMapping("/ombudsman-referral")
    public ResponseEntity<ComplaintSummary> referToOmbudsman(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "LGSCO", value = OpenApiExamples.OMBUDSMAN_REFERRAL)))
            @Valid @RequestBody OmbudsmanReferralRequest request) {
        ExternalBody body = request.body() == null ? ExternalBody.LGSCO : request.body();
        return act(tenantId, complaintId, ifMatch, (id, version) -> new ReferToOmbudsman(id, at(request.referredAt()), body, version));
    }

    @Operation(summary = "Record the Ombudsman's decision",
            description = "Roles: caseworker, manager.")
    @PostMapping("/ombudsman-outcome")
    public ResponseEntity<ComplaintSummary> recordOmbudsmanOutcome(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody OmbudsmanOutcomeRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) ->
                new RecordOmbudsmanOutcome(id, at(request.decidedAt()), request.outcome(), version));
    }

    /** A change agreed because of the complaint; the caller chooses its id, to complete it later. */
    @Operation(summary = "Record a learning action",
            description = "Roles: caseworker, manager. Its id is chosen by the caller, to complete it later.")
    @PostMapping("/learning-actions")
    public ResponseEntity<ComplaintSummary> recordLearningAction(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody LearningActionRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) -> new RecordLearningAction(id, request.actionId(),
                at(request.recordedAt()), request.action(), request.dueOn(), version));
    }

    @Operation(summary = "Record that a learning action was carried out",
            description = "Roles: caseworker, manager.")
    @PostMapping("/learning-action-completion")
    public ResponseEntity<ComplaintSummary> completeLearningAction(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody LearningActionCompletionRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) ->
                new CompleteLearningAction(id, request.actionId(), at(request.completedAt()), version));
    }

    @Operation(summary = "Record the learning meeting",
            description = "Roles: caseworker, manager. Where the profile holds one (Telford & Wrekin), once, after the "
                    + "final response of a complaint that reached Stage 2 or 3.")
    @PostMapping("/learning-meeting")
    public ResponseEntity<ComplaintSummary> holdLearningMeeting(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody TimedRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) -> new HoldLearningMeeting(id, at(request.at()), version));
    }

    /** A time-limited restriction on contact with the complainant; the caller chooses its id, to review it later. */
    @Operation(summary = "Impose a time-limited unreasonable-behaviour measure",
            description = "Roles: manager. Where the profile has such measures; the review date comes from the profile. Its "
                    + "id is chosen by the caller, to review it later.")
    @PostMapping("/behaviour-measures")
    public ResponseEntity<ComplaintSummary> imposeBehaviourMeasure(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "one named officer", value = OpenApiExamples.BEHAVIOUR_MEASURE)))
            @Valid @RequestBody BehaviourMeasureRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) -> new ImposeBehaviourMeasure(id, request.measureId(),
                at(request.imposedAt()), request.measure(), request.endsOn(), version));
    }

    @Operation(summary = "Review an unreasonable-behaviour measure",
            description = "Roles: manager. Keeps it to a new end date, or ends it on the day.")
    @PostMapping("/behaviour-measure-review")
    public ResponseEntity<ComplaintSummary> reviewBehaviourMeasure(@PathVariable String tenantId, @PathVariable UUID complaintId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody BehaviourMeasureReviewRequest request) {
        return act(tenantId, complaintId, ifMatch, (id, version) -> new ReviewBehaviourMeasure(id, request.measureId(),
                at(request.reviewedAt()), request.endsOn(), version));
    }

    @Operation(summary = "Close the complaint after its last response",
            description = "Roles: caseworker, manager.")
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
                        @Nullable Instant convenedAt, @Nullable LocalDate meetingOn) {
    }

    record PanelFindingsRequest(@NotEmpty @Size(max = 100) List<@Valid @NotNull FindingRequest> findings,
                                @Nullable Instant receivedAt) {
    }
}
