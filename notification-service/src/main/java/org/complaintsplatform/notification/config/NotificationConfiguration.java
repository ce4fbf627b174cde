package org.complaintsplatform.notification.config;

import java.time.Clock;

import org.complaintsplatform.notification.command.LetterRenderer;
import org.complaintsplatform.procedures.Procedures;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Procedures procedures(Clock clock) {
        return Procedures.loadDefault(clock);
    }

    @Bean
    LetterRenderer letterRenderer() {
        return new LetterRenderer();
    }
}
