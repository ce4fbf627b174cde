package org.complaintsplatform.notification.kafka;

import java.net.http.HttpClient;
import java.util.UUID;

import org.complaintsplatform.contracts.correspondence.CorrespondenceDetails;
import org.complaintsplatform.notification.config.NotificationProperties;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Fetches what a letter needs about the complainant from workflow-service's internal API, at
 * render time, because personal data never travel on public topics.
 */
@Component
class WorkflowCorrespondence {

    private final RestClient client;

    /** @param workflowHttpClient a bean, so the context closes it (and its selector thread) on shutdown */
    WorkflowCorrespondence(RestClient.Builder builder, HttpClient workflowHttpClient, NotificationProperties settings) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(workflowHttpClient);
        requests.setReadTimeout(settings.readTimeout());
        this.client = builder
                .baseUrl(settings.workflowBaseUrl().toString())
                .defaultHeader(CorrespondenceDetails.SERVICE_TOKEN_HEADER, settings.serviceToken())
                .requestFactory(requests)
                .build();
    }

    /**
     * @throws CorrespondenceUnavailable on any non-2xx answer (404 while workflow has not caught up,
     *                                   401 on a wrong token, 5xx) or when workflow cannot be reached
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
        }
        if (details == null || !complaintId.equals(details.complaintId()) || !tenantId.equals(details.tenantId())) {
            throw new CorrespondenceUnavailable("workflow-service answered without the correspondence details of complaint "
                    + complaintId + " of tenant " + tenantId);
        }
        return details;
    }
}
