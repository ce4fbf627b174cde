package org.complaintsplatform.reporting.config;

import org.complaintsplatform.procedures.Procedures;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReportingConfiguration {

    @Bean
    Procedures procedures() {
        return Procedures.loadDefault();
    }
}
