package org.complaintsplatform.notification.config;

import java.net.http.HttpClient;
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

    /**
     * The client for workflow-service's internal API. A bean so that closing the context closes it:
     * each HttpClient owns a selector thread and its connections, which would otherwise outlive a
     * context stopped in a shared JVM (the local platform, tests).
     */
    @Bean(destroyMethod = "close")
    HttpClient workflowHttpClient(NotificationProperties settings) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .build();
    }

    @Bean
    LetterRenderer letterRenderer() {
        return new LetterRenderer();
    }
}
