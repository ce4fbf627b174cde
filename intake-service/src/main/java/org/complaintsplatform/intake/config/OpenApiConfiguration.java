package org.complaintsplatform.intake.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document springdoc serves at {@code /v3/api-docs}, with Swagger UI at {@code /swagger-ui.html}. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    @Bean
    OpenAPI intakeOpenApi() {
        return new OpenAPI().info(new Info()
                .title("intake-service")
                .version("v1")
                .description("""
                        Representations (complaints, compliments, comments, enquiries, MP or councillor enquiries) \
                        for English children's services. Every POST needs an Idempotency-Key; a retry with the same \
                        key and body gets the first answer. Errors are RFC 9457 problem details with field-level \
                        errors. The 202 carries triage suggestions computed from the tenant's procedure profile.""")
                .license(new License().name("Proprietary")));
    }
}
