package org.complaintsplatform.intake.rest;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.complaintsplatform.intake.api.UnknownTenant;
import org.complaintsplatform.procedures.Procedures;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Rejects a path whose {@code tenantId} is not registered before the body is read, so an unknown
 * tenant answers 404 whatever it sent.
 */
public class TenantPathInterceptor implements HandlerInterceptor {

    private final Procedures procedures;

    public TenantPathInterceptor(Procedures procedures) {
        this.procedures = procedures;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                && variables.get("tenantId") instanceof String tenantId
                && procedures.tenant(tenantId).isEmpty()) {
            throw new UnknownTenant(tenantId);
        }
        return true;
    }
}
