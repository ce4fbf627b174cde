package org.complaintsplatform.testsupport;

import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestInterceptor;

/**
 * Tokens from the shared test issuer, for tests whose subject is not security: a user of the path's
 * organisation holding every organisation role. The authorization matrix tests mint their own.
 */
public final class TestTokens {

    public static final List<String> ORGANISATION_ROLES = List.of("portal", "caseworker", "manager", "auditor");
    private static final Pattern TENANT_PATH = Pattern.compile("^/(?:api|internal)/v1/tenants/([^/]+)(?:/.*)?$");

    private TestTokens() {
    }

    /** Every organisation role in {@code tenant}. */
    public static String member(String tenant) {
        return TestInfrastructure.issuer().token("test-user", tenant, ORGANISATION_ROLES);
    }

    /** For a path under a tenant, {@link #member}; otherwise a platform administrator. */
    public static String forPath(URI uri) {
        Matcher tenant = TENANT_PATH.matcher(uri.getRawPath());
        return tenant.matches() ? member(tenant.group(1)) : TestInfrastructure.issuer().token("test-admin", null, List.of("admin"));
    }

    /** Adds {@link #forPath} to requests that carry no Authorization header of their own. */
    public static ClientHttpRequestInterceptor interceptor() {
        return (request, body, execution) -> {
            if (!request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
                request.getHeaders().setBearerAuth(forPath(request.getURI()));
            }
            return execution.execute(request, body);
        };
    }
}
