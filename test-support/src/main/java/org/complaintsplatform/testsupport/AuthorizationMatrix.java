package org.complaintsplatform.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of a running service × every role (and no token) × the caller's own and another
 * organisation, against the designed answer: no token 401; another organisation's path 404 whatever the
 * role; a role the endpoint does not allow 403; an allowed role gets past the security layer and the service
 * itself answers without a server error (e.g. 404 for the random ids used here, 400 for an empty body). The table must name
 * exactly the endpoints the service maps (all but the open API contract and error page), so a new endpoint
 * fails the test until someone decides who may call it.
 */
public final class AuthorizationMatrix {

    /** Roles as the tokens carry them; {@code null} stands for a request without a token. */
    private static final List<@Nullable String> CALLERS = Arrays.asList(
            null, "portal", "caseworker", "manager", "auditor", "admin", "service", "monitoring");
    /** Roles that belong to no organisation: their tokens carry no tenant. */
    private static final Set<String> PLATFORM_ROLES = Set.of("admin", "service", "monitoring");
    /** Open by design (the security chain permits them): the API contract, and Spring's error page. */
    private static final List<String> OPEN_PATHS = List.of("/error", "/v3/api-docs", "/swagger-ui");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final String SECURITY_PROBLEM = "urn:complaints:security:";

    private final URI baseUri;
    private final RequestMappingHandlerMapping mappings;
    private final String ownTenant;
    private final String otherTenant;
    private final Map<String, Set<String>> allowed = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();

    private AuthorizationMatrix(URI baseUri, RequestMappingHandlerMapping mappings, String ownTenant, String otherTenant) {
        this.baseUri = baseUri;
        this.mappings = mappings;
        this.ownTenant = ownTenant;
        this.otherTenant = otherTenant;
    }

    /** @param service a running service's context (a {@code RANDOM_PORT} test): its port and its mapped endpoints */
    public static AuthorizationMatrix of(ApplicationContext service, String ownTenant, String otherTenant) {
        URI baseUri = URI.create("http://localhost:" + service.getEnvironment().getRequiredProperty("local.server.port"));
        return new AuthorizationMatrix(baseUri,
                service.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class), ownTenant, otherTenant);
    }

    /** The roles that may call {@code method path}; none for an endpoint no one may call. */
    public AuthorizationMatrix allow(HttpMethod method, String path, String... roles) {
        allowed.put(method.name() + " " + path, new TreeSet<>(List.of(roles)));
        return this;
    }

    /** Sends every request and fails with every deviation listed; returns the number of requests checked. */
    public int verify() {
        Set<String> mapped = mappedEndpoints();
        List<String> deviations = new ArrayList<>();
        for (String endpoint : mapped) {
            if (!allowed.containsKey(endpoint)) {
                deviations.add(endpoint + ": mapped by the service but missing from the matrix");
            }
        }
        for (String endpoint : allowed.keySet()) {
            if (!mapped.contains(endpoint)) {
                deviations.add(endpoint + ": in the matrix but not mapped by the service");
            }
        }
        int checked = 0;
        for (Map.Entry<String, Set<String>> entry : allowed.entrySet()) {
            if (!mapped.contains(entry.getKey())) {
                continue;
            }
            String method = entry.getKey().substring(0, entry.getKey().indexOf(' '));
            String pattern = entry.getKey().substring(entry.getKey().indexOf(' ') + 1);
            boolean tenantScoped = pattern.contains("{tenantId}");
            for (String pathTenant : tenantScoped ? List.of(ownTenant, otherTenant) : List.of(ownTenant)) {
                for (String role : CALLERS) {
                    Answer answer = send(method, path(pattern, pathTenant), role);
                    String expected = expected(entry.getValue(), role, tenantScoped, pathTenant.equals(ownTenant));
                    if (!answer.matches(expected)) {
                        deviations.add("%s as %s on %s tenant: expected %s, got %d %s".formatted(entry.getKey(),
                                role == null ? "no token" : role, pathTenant.equals(ownTenant) ? "own" : "other",
                                expected, answer.status(), answer.problemType() == null ? "" : answer.problemType()));
                    }
                    checked++;
                }
            }
        }
        if (!deviations.isEmpty()) {
            throw new AssertionError(deviations.size() + " deviations from the authorization matrix:\n  "
                    + String.join("\n  ", deviations));
        }
        System.out.printf("Authorization matrix: %d endpoints x %d callers x own/other tenant = %d requests, all as designed%n",
                allowed.size(), CALLERS.size(), checked);
        return checked;
    }

    private String expected(Set<String> roles, @Nullable String role, boolean tenantScoped, boolean ownPath) {
        if (role == null) {
            return "401";
        }
        // services act for every tenant; other platform roles belong to none, so every tenant path is another's
        if (tenantScoped && !"service".equals(role) && (PLATFORM_ROLES.contains(role) || !ownPath)) {
            return "404";
        }
        return roles.contains(role) ? "passed" : "403";
    }

    private Answer send(String method, URI uri, @Nullable String role) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "application/json, application/problem+json, */*");
        if (role != null) {
            String tenant = PLATFORM_ROLES.contains(role) ? null : ownTenant;
            request.header("Authorization", "Bearer " + TestInfrastructure.issuer().token("matrix-" + role, tenant, List.of(role)));
        }
        if ("GET".equals(method) || "DELETE".equals(method)) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString("{}"));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), problemType(response.body()));
        } catch (IOException e) {
            throw new AssertionError("Cannot reach " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    private URI path(String pattern, String tenant) {
        Matcher variables = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            variables.appendReplacement(path, "tenantId".equals(variables.group(1)) ? tenant : UUID.randomUUID().toString());
        }
        variables.appendTail(path);
        return baseUri.resolve(path.toString());
    }

    private Set<String> mappedEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (OPEN_PATHS.stream().noneMatch(pattern::startsWith)) {
                    for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                        endpoints.add(method.name() + " " + pattern);
                    }
                }
            }
        }
        return endpoints;
    }

    private static @Nullable String problemType(String body) {
        Matcher type = Pattern.compile("\"type\"\\s*:\\s*\"([^\"]*)\"").matcher(body);
        return type.find() ? type.group(1) : null;
    }

    private record Answer(int status, @Nullable String problemType) {

        boolean matches(String expected) {
            boolean fromSecurity = problemType != null && problemType.startsWith(SECURITY_PROBLEM);
            return switch (expected) {
                case "passed" -> status < 500 && status != 401 && status != 403 && !fromSecurity;
                case "401" -> status == 401 && fromSecurity;
                case "403" -> status == 403 && fromSecurity;
                case "404" -> status == 404 && fromSecurity;
                default -> throw new IllegalArgumentException(expected);
            };
        }
    }
}
