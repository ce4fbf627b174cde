package org.complaintsplatform.notification.kafka;

import java.net.http.HttpClient;
import java.util.UUID;

import org.complaintsplatform.contracts.correspondence.CorrespondenceDetails;
import org.complaintsplatform.notification.config.NotificationProperties;
import org.complaintsplatform.securitysupport.audit.PersonalDataAccessLog;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Fetches what a letter needs about the complainant from workflow-service's internal API, at
 * render time, because personal data never travel on public topics. Each call carries this service's
 * own token (OAuth2 client credentials of registration {@value #CLIENT_REGISTRATION}, role {@code service}),
 * fetched from the issuer and reused until it expires, and states its purpose for workflow's audit log.
 */
@Component
class WorkflowCorrespondence {

    static final String CLIENT_REGISTRATION = "platform";
    static final String ACCESS_REASON = "rendering a letter";

    private final RestClient client;

    /** @param workflowHttpClient a bean, so the context closes it (and its selector thread) on shutdown */
    WorkflowCorrespondence(RestClient.Builder builder, HttpClient workflowHttpClient, NotificationProperties settings,
                           OAuth2AuthorizedClientManager serviceClients) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(workflowHttpClient);
        requests.setReadTimeout(settings.readTimeout());
        OAuth2ClientHttpRequestInterceptor serviceToken = new OAuth2ClientHttpRequestInterceptor(serviceClients);
        serviceToken.setClientRegistrationIdResolver(request -> CLIENT_REGISTRATION);
        this.client = builder
                .baseUrl(settings.workflowBaseUrl().toString())
                .requestInterceptor(serviceToken)
                .defaultHeader(PersonalDataAccessLog.REASON_HEADER, ACCESS_REASON)
                .requestFactory(requests)
                .build();
    }

    /**
     * @throws CorrespondenceUnavailable on any non-2xx answer (404 while workflow has not caught up,
     *                                   401 on a refused token, 5xx), when workflow cannot be reached, or when
     *                                   the issuer gives no token
     */
    CorrespondenceDetails fetch(String tenantId, UUID complaintId) {
        CorrespondenceDetails details;
        try {
            details = client.get()
                    .uri(CorrespondenceDetails.PATH, tenantId, complaintId)
                    .accept(MediaType.APPLICATION_JSON)
                    .retrieve()
                    .body(CorrespondenceDetails.class);
        } catch (RestClientResponseException e) {
            throw new CorrespondenceUnavailable("workflow-service answered " + e.getStatusCode().value()
                    + " for the correspondence details of complaint " + complaintId + " of tenant " + tenantId, e);
        } catch (RestClientException e) {
            throw new CorrespondenceUnavailable("workflow-service could not be asked for the correspondence details of complaint "
                    + complaintId + " of tenant " + tenantId, e);
        } catch (OAuth2AuthorizationException e) {
            throw new CorrespondenceUnavailable("no service token to ask workflow-service for the correspondence details of complaint "
                    + complaintId + " of tenant " + tenantId + ": " + e.getError().getErrorCode(), e);
        }
        if (details == null || !complaintId.equals(details.complaintId()) || !tenantId.equals(details.tenantId())) {
            throw new CorrespondenceUnavailable("workflow-service answered without the correspondence details of complaint "
                    + complaintId + " of tenant " + tenantId);
        }
        return details;
    }
}
