package org.complaintsplatform.securitysupport;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * One service's table of who may call which endpoint. Every service declares one bean; any request no rule
 * matches is refused, so a new endpoint is closed until someone decides who may call it.
 */
@FunctionalInterface
public interface AccessRules {

    void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry endpoints);
}
