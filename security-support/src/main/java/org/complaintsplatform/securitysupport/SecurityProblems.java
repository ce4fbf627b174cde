package org.complaintsplatform.securitysupport;

import java.io.IOException;
import java.net.URI;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * RFC 9457 answers of the security layer. Their {@code type} URIs tell a client (and the authorization
 * matrix test) that the request stopped here, before any service code ran.
 */
public final class SecurityProblems {

    public static final String TYPE_PREFIX = "urn:complaints:security:";

    private final ObjectMapper objectMapper;
    private final BearerTokenAuthenticationEntryPoint bearerChallenge = new BearerTokenAuthenticationEntryPoint();

    SecurityProblems(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** 401 with the RFC 6750 challenge header, for a missing, expired or forged token. */
    AuthenticationEntryPoint unauthenticated() {
        return (request, response, exception) -> {
            bearerChallenge.commence(request, response, exception);
            write(response, request, HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated", detail(exception));
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(response, request, HttpStatus.FORBIDDEN, "forbidden",
                "Forbidden", "Your role does not allow this");
    }

    /** Another organisation's path: the same answer whether that organisation or resource exists or not. */
    void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(response, request, HttpStatus.NOT_FOUND, "not-found", "Not found", "No such resource");
    }

    private void write(HttpServletResponse response, HttpServletRequest request, HttpStatus status, String type,
                       String title, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + type));
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }

    private static String detail(AuthenticationException exception) {
        return exception.getMessage() == null || exception.getMessage().isBlank()
                ? "A valid bearer token is required" : exception.getMessage();
    }
}
