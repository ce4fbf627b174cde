package org.complaintsplatform.workflow.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document springdoc serves at {@code /v3/api-docs}, with Swagger UI at {@code /swagger-ui.html}. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    private static final String BEARER = "bearer";

    @Bean
    OpenAPI workflowOpenApi() {
        return new OpenAPI()
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("An access token of the platform's issuer for audience complaints-platform, "
                                + "with the organisation in claim tenant and the roles in claim roles")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .info(new Info()
                        .title("workflow-service")
                        .version("v1")
                        .description("""
                                Complaints as their organisation's procedure runs them: read a complaint or list them, and \
                                act on one, one endpoint per caseworker action. Every action answers the complaint as it now \
                                is, with its version as ETag; send that back in If-Match and the action answers 409 if \
                                someone acted in between. An action the procedure does not allow answers 422 with the \
                                rule it breaks in the problem's rule property; bad input answers 400 with field-level \
                                errors. Times (...At) default to now; due dates are computed from the tenant's procedure \
                                profile and working-day calendar. Every call needs a bearer token of the path's \
                                organisation (another organisation's path answers 404) with a role the operation names \
                                (otherwise 401 without a token, 403 with another role).""")
                        .license(new License().name("Proprietary")));
    }
}
