package org.complaintsplatform.workflow.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
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
 * personal data never travel on public topics. Service-to-service calls carry a shared token.
 */
@RestController
public class InternalCorrespondenceController {

    static final String PATH = "/internal/v1/tenants/{tenantId}/complaints/{complaintId}/correspondence";
    static final String SERVICE_TOKEN_HEADER = "X-Service-Token";

    private final QueryGateway queries;
    private final byte[] serviceToken;

    public InternalCorrespondenceController(QueryGateway queries, WorkflowProperties properties) {
        this.queries = queries;
        this.serviceToken = properties.serviceToken().getBytes(StandardCharsets.UTF_8);
    }

    @GetMapping(PATH)
    public CorrespondenceResponse correspondence(@PathVariable String tenantId, @PathVariable UUID complaintId,
                                                 @RequestHeader(name = SERVICE_TOKEN_HEADER, required = false) @Nullable String token) {
        if (token == null || !MessageDigest.isEqual(serviceToken, token.getBytes(StandardCharsets.UTF_8))) {
            throw new Unauthenticated();
        }
        Optional<Correspondence> correspondence = queries.query(new FindCorrespondence(tenantId, new ComplaintId(complaintId)),
                ResponseTypes.optionalInstanceOf(Correspondence.class)).join();
        return correspondence.map(CorrespondenceResponse::of)
                .orElseThrow(() -> new NotFound("complaint " + complaintId + " of tenant " + tenantId));
    }

    /** Answers 401 without saying whether the complaint exists. */
    static class Unauthenticated extends RuntimeException {

        Unauthenticated() {
            super("A valid " + SERVICE_TOKEN_HEADER + " header is required");
        }
    }
}
