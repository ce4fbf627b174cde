package org.complaintsplatform.intake.kafka;

import org.complaintsplatform.contracts.ComplainantRole;
import org.complaintsplatform.contracts.ContactPreference;
import org.complaintsplatform.contracts.FeedbackType;
import org.complaintsplatform.contracts.ReceiptChannel;
import org.complaintsplatform.contracts.Route;
import org.complaintsplatform.contracts.submission.SubmissionReceived;
import org.complaintsplatform.intake.api.Representation;
import org.complaintsplatform.intake.api.Triage;
import org.complaintsplatform.intake.command.AcceptedSubmission;
import org.jspecify.annotations.Nullable;

/** Maps intake's accepted submission to the public contract; enum values are kept equal by a test. */
final class SubmissionReceivedMapper {

    private SubmissionReceivedMapper() {
    }

    static SubmissionReceived toEvent(AcceptedSubmission submission) {
        Representation representation = submission.representation();
        Representation.Complainant complainant = representation.complainant();
        Representation.@Nullable Child child = representation.child();
        Representation.@Nullable Advocate advocate = representation.advocate();
        return new SubmissionReceived(
                submission.tenantId(),
                submission.complaintId(),
                submission.receivedAt(),
                submission.reference().value(),
                ReceiptChannel.valueOf(representation.channel().name()),
                FeedbackType.valueOf(representation.feedbackType().name()),
                representation.routeHint() == null ? null : Route.valueOf(representation.routeHint().name()),
                representation.anonymous(),
                new SubmissionReceived.Complainant(
                        ComplainantRole.valueOf(complainant.role().name()),
                        complainant.name(),
                        complainant.email(),
                        complainant.postalAddress(),
                        ContactPreference.valueOf(complainant.preferredContact().name()),
                        complainant.accessibilityNeeds(),
                        complainant.language()),
                child == null ? null : new SubmissionReceived.Child(child.name(), child.dateOfBirth()),
                advocate == null ? null : new SubmissionReceived.Advocate(advocate.name(), advocate.organisation(),
                        advocate.email(), advocate.telephone(), advocate.postalAddress()),
                representation.consentToShare(),
                representation.summary(),
                representation.desiredOutcome(),
                triage(submission.triage()));
    }

    static SubmissionReceived.Triage triage(Triage triage) {
        Triage.@Nullable TimeLimitCheck check = triage.timeLimit();
        return new SubmissionReceived.Triage(
                triage.outOfTime(),
                check == null ? null : new SubmissionReceived.TimeLimitCheck(check.whatHappenedOn(), check.firstHappenedOn(),
                        check.becameAwareOn(), check.countedFrom(), check.limitAmount(), check.limitUnit(),
                        check.lastDayInTime(), check.receivedOn(), check.daysLate(), check.discretion(),
                        check.lateAcceptance().stream().map(late -> new SubmissionReceived.LateAcceptanceCheck(late.kind(),
                                late.effect(), late.rule(), late.indicated())).toList()),
                triage.possibleExclusion(),
                triage.exclusionGrounds(),
                triage.sufficientInterestToDecide(),
                triage.advocacyToOffer(),
                triage.advocacyProvider(),
                triage.suggestedRoute() == null ? null : Route.valueOf(triage.suggestedRoute().name()),
                triage.safeguardingReview(),
                triage.safeguardingKeywords());
    }
}
