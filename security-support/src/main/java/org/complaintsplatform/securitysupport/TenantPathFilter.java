package org.complaintsplatform.securitysupport;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A user sees only their own organisation: a path naming another tenant answers 404, so that ids of other
 * organisations' complaints neither leak nor can be probed. Runs after the token is read and before the
 * role rules, so the answer is 404 whatever the user's roles. Platform services act for every tenant.
 */
final class TenantPathFilter extends OncePerRequestFilter {

    private static final PathPattern TENANT_PATHS = PathPatternParser.defaultInstance.parse("/{scope:api|internal}/v1/tenants/{tenantId}/**");

    private final String tenantClaim;
    private final SecurityProblems problems;

    TenantPathFilter(String tenantClaim, SecurityProblems problems) {
        this.tenantClaim = tenantClaim;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String pathTenant = pathTenant(request);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (pathTenant != null && authentication instanceof JwtAuthenticationToken token && !mayAct(token, pathTenant)) {
            problems.notFound(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean mayAct(JwtAuthenticationToken token, String pathTenant) {
        boolean service = token.getAuthorities().stream()
                .anyMatch(authority -> ("ROLE_" + Roles.SERVICE).equals(authority.getAuthority()));
        return service || pathTenant.equals(token.getToken().getClaimAsString(tenantClaim));
    }

    /** The raw, undecoded path: an encoded tenant never equals the claim, so it fails closed. */
    private static @Nullable String pathTenant(HttpServletRequest request) {
        PathPattern.PathMatchInfo match = TENANT_PATHS.matchAndExtract(
                PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length())));
        return match == null ? null : match.getUriVariables().get("tenantId");
    }
}
