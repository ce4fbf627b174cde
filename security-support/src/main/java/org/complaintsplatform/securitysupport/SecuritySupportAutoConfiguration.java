package org.complaintsplatform.securitysupport;

import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import org.complaintsplatform.securitysupport.audit.PersonalDataAccessController;
import org.complaintsplatform.securitysupport.audit.PersonalDataAccessLog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every REST API is an OAuth2 resource server: a signed JWT from the configured issuer
 * ({@code spring.security.oauth2.resourceserver.jwt.*}), roles from its roles claim, the tenant in its tenant
 * claim matched against the path, then the service's {@link AccessRules}. Health is open; nothing else is.
 */
@AutoConfiguration(after = OAuth2ClientAutoConfiguration.class,
        before = {SecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecuritySupportProperties.class)
public class SecuritySupportAutoConfiguration {

    @Bean
    SecurityProblems securityProblems(ObjectMapper objectMapper) {
        return new SecurityProblems(objectMapper);
    }

    @Bean
    SecurityFilterChain complaintsSecurityFilterChain(HttpSecurity http, SecuritySupportProperties properties,
                                                      SecurityProblems problems, ObjectProvider<AccessRules> rules)
            throws Exception {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(properties.rolesClaim());
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();
        authentication.setJwtGrantedAuthoritiesConverter(roles);
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(authentication))
                        .authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()))
                .addFilterAfter(new TenantPathFilter(properties.tenantClaim(), problems), BearerTokenAuthenticationFilter.class)
                .authorizeHttpRequests(endpoints -> {
                    endpoints.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll();
                    endpoints.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                            "/swagger-ui/**").permitAll();
                    endpoints.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    endpoints.requestMatchers("/actuator/**").authenticated();
                    endpoints.requestMatchers(HttpMethod.GET, PersonalDataAccessController.PATH).hasRole(Roles.AUDITOR);
                    rules.orderedStream().forEach(rule -> rule.declare(endpoints));
                    endpoints.anyRequest().denyAll();
                })
                .build();
    }

    @Bean
    @ConditionalOnProperty(name = "complaints.security.audit.enabled", havingValue = "true")
    PersonalDataAccessLog personalDataAccessLog(JdbcClient jdbc, ObjectProvider<Clock> clock,
                                                Environment environment) {
        return new PersonalDataAccessLog(jdbc, clock.getIfAvailable(Clock::systemUTC),
                environment.getRequiredProperty("spring.application.name"));
    }

    @Bean
    @ConditionalOnBean(PersonalDataAccessLog.class)
    PersonalDataAccessController personalDataAccessController(PersonalDataAccessLog log, ObjectProvider<Clock> clock) {
        return new PersonalDataAccessController(log, clock.getIfAvailable(Clock::systemUTC));
    }

    /**
     * For services that call others with OAuth2 client credentials, outside any user's request. It shares the
     * authorized-client store with the rest of the context, so a client can evict a token the other side refuses.
     */
    @Bean
    @ConditionalOnBean(ClientRegistrationRepository.class)
    OAuth2AuthorizedClientManager serviceClientManager(ClientRegistrationRepository registrations,
                                                       ObjectProvider<OAuth2AuthorizedClientService> clients) {
        return new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations,
                clients.getIfAvailable(() -> new InMemoryOAuth2AuthorizedClientService(registrations)));
    }
}
