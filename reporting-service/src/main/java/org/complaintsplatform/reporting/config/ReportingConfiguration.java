package org.complaintsplatform.reporting.config;

import java.time.Clock;

import org.complaintsplatform.procedures.Procedures;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReportingConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Procedures procedures(Clock clock) {
        return Procedures.loadDefault(clock);
    }
}
