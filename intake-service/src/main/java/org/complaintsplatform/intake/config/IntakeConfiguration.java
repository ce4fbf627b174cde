package org.complaintsplatform.intake.config;

import java.time.Clock;

import org.complaintsplatform.intake.command.TriageRules;
import org.complaintsplatform.procedures.Procedures;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class IntakeConfiguration {

    @Bean
    Procedures procedures(Clock clock) {
        return Procedures.loadDefault(clock);
    }

    @Bean
    TriageRules triageRules(IntakeProperties settings) {
        return new TriageRules(settings.triage().safeguardingKeywords());
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
