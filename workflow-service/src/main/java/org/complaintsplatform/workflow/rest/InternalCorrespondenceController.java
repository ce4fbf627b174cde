package org.complaintsplatform.workflow.rest;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.complaintsplatform.contracts.ContactPreference;
import org.complaintsplatform.contracts.correspondence.CorrespondenceDetails;
import org.complaintsplatform.securitysupport.audit.PersonalDataAccessLog;
import org.complaintsplatform.workflow.api.ComplaintId;
import org.complaintsplatform.workflow.api.Correspondence;
import org.complaintsplatform.workflow.api.FindCorrespondence;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The complainant's contact details, for notification-service to address a letter at render time (personal
 * data never travel on public topics), and whether the letter may tell them only brief information. Only platform services (role {@code service}, by OAuth2
 * client credentials) may call it, and each call is in the personal-data audit log. It answers with the
 * internal HTTP contract from {@code contracts}, the one thing outside {@code kafka} that may use it.
 */
@RestController
public class InternalCorrespondenceController {

    private final QueryGateway queries;
    private final PersonalDataAccessLog accessLog;

    public InternalCorrespondenceController(QueryGateway queries, PersonalDataAccessLog accessLog) {
        this.queries = queries;
        this.accessLog = accessLog;
    }

    @GetMapping(CorrespondenceDetails.PATH)
    public CorrespondenceDetails correspondence(@PathVariable String tenantId, @PathVariable UUID complaintId) {
        Optional<Correspondence> correspondence = queries.query(new FindCorrespondence(tenantId, new ComplaintId(complaintId)),
                ResponseTypes.optionalInstanceOf(Correspondence.class)).join();
        LocalDate erasedOn = correspondence.map(Correspondence::personalDataErasedOn).orElse(null);
        if (erasedOn != null) {
            // Gone for good, not missing: a letter after erasure must fail visibly, never go out unaddressed.
            throw new ErrorResponseException(HttpStatus.GONE, ProblemDetail.forStatusAndDetail(HttpStatus.GONE,
                    "the personal data of complaint " + complaintId + " were erased on " + erasedOn), null);
        }
        CorrespondenceDetails details = correspondence.map(InternalCorrespondenceController::details)
                .orElseThrow(() -> new NotFound("complaint " + complaintId + " of tenant " + tenantId));
        accessLog.record(tenantId, complaintId, "correspondence");
        return details;
    }

    private static CorrespondenceDetails details(Correspondence correspondence) {
        return new CorrespondenceDetails(correspondence.tenantId(), correspondence.complaintId().value(),
                correspondence.reference(), correspondence.anonymous(), correspondence.complainantName(),
                correspondence.email(), correspondence.postalAddress(),
                ContactPreference.valueOf(correspondence.preferredContact().name()),
                correspondence.briefInformationOnly(),
                correspondence.advocate() == null ? null : new CorrespondenceDetails.Advocate(
                        correspondence.advocate().name(), correspondence.advocate().organisation(),
                        correspondence.advocate().email(), correspondence.advocate().postalAddress()),
                correspondence.accessibilityNeeds(), correspondence.language());
    }
}
