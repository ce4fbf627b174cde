package org.complaintsplatform.intake.config;

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
    OpenAPI intakeOpenApi() {
        return new OpenAPI()
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("An access token of the platform's issuer for audience complaints-platform, "
                                + "with the organisation in claim tenant and the roles in claim roles")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .info(new Info()
                        .title("intake-service")
                        .version("v1")
                        .description("""
                                Representations (complaints, compliments, comments, enquiries, MP or councillor enquiries) \
                                for English children's services. Every POST needs an Idempotency-Key; a retry with the same \
                                key and body gets the first answer. Errors are RFC 9457 problem details with field-level \
                                errors. The 202 carries triage suggestions computed from the tenant's procedure profile \
                                and the status secret, with which the submitter reads the status later by reference. \
                                Every call needs a bearer token of the path's organisation (another organisation's path \
                                answers 404) with a role the operation names (otherwise 401 without a token, 403 with \
                                another role). Reads of personal data are written to an audit log; say why in \
                                X-Access-Reason.""")
                        .license(new License().name("Proprietary")));
    }
}
