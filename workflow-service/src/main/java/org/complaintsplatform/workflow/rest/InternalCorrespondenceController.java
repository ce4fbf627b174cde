package org.complaintsplatform.workflow.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.complaintsplatform.contracts.ContactPreference;
import org.complaintsplatform.contracts.correspondence.CorrespondenceDetails;
import org.complaintsplatform.workflow.api.ComplaintId;
import org.complaintsplatform.workflow.api.Correspondence;
import org.complaintsplatform.workflow.api.FindCorrespondence;
import org.complaintsplatform.workflow.config.WorkflowProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The complainant's contact details, for notification-service to address a letter at render time:
 * personal data never travel on public topics. Service-to-service calls carry a shared token. It answers
 * with the internal HTTP contract from {@code contracts}, the one thing outside {@code kafka} that may use it.
 */
@RestController
public class InternalCorrespondenceController {

    private final QueryGateway queries;
    private final byte[] serviceToken;

    public InternalCorrespondenceController(QueryGateway queries, WorkflowProperties properties) {
        this.queries = queries;
        this.serviceToken = properties.serviceToken().getBytes(StandardCharsets.UTF_8);
    }

    @GetMapping(CorrespondenceDetails.PATH)
    public CorrespondenceDetails correspondence(@PathVariable String tenantId, @PathVariable UUID complaintId,
                                                @RequestHeader(name = CorrespondenceDetails.SERVICE_TOKEN_HEADER, required = false)
                                                @Nullable String token) {
        if (token == null || !MessageDigest.isEqual(serviceToken, token.getBytes(StandardCharsets.UTF_8))) {
            throw new Unauthenticated();
        }
        Optional<Correspondence> correspondence = queries.query(new FindCorrespondence(tenantId, new ComplaintId(complaintId)),
                ResponseTypes.optionalInstanceOf(Correspondence.class)).join();
        return correspondence.map(InternalCorrespondenceController::details)
                .orElseThrow(() -> new NotFound("complaint " + complaintId + " of tenant " + tenantId));
    }

    private static CorrespondenceDetails details(Correspondence correspondence) {
        return new CorrespondenceDetails(correspondence.tenantId(), correspondence.complaintId().value(),
                correspondence.reference(), correspondence.anonymous(), correspondence.complainantName(),
                correspondence.email(), correspondence.postalAddress(),
                ContactPreference.valueOf(correspondence.preferredContact().name()));
    }

    /** Answers 401 without saying whether the complaint exists. */
    static class Unauthenticated extends RuntimeException {

        Unauthenticated() {
            super("A valid " + CorrespondenceDetails.SERVICE_TOKEN_HEADER + " header is required");
        }
    }
}
