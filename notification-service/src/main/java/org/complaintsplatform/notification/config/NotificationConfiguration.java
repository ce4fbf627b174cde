package org.complaintsplatform.notification.config;

import java.net.http.HttpClient;
import java.time.Clock;

import org.complaintsplatform.notification.command.LetterRenderer;
import org.complaintsplatform.notification.command.PdfRenderer;
import org.complaintsplatform.notification.command.TemplateSource;
import org.complaintsplatform.notification.delivery.MailGateway;
import org.complaintsplatform.notification.delivery.PickupDirectoryMailGateway;
import org.complaintsplatform.notification.delivery.SmtpMailGateway;
import org.complaintsplatform.procedures.Procedures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NotificationConfiguration.class);

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
    TemplateSource templateSource(NotificationProperties settings) {
        return new TemplateSource(settings.templateDirectory(), NotificationConfiguration.class.getClassLoader());
    }

    @Bean
    LetterRenderer letterRenderer(TemplateSource templates) {
        return new LetterRenderer(templates);
    }

    @Bean
    PdfRenderer pdfRenderer(TemplateSource templates) {
        return new PdfRenderer(templates);
    }

    /**
     * SMTP when {@code spring.mail.host} is set (Spring Boot then provides the sender); otherwise e-mails
     * go to the pickup directory, which is how the local platform runs without a mail server.
     */
    @Bean
    MailGateway mailGateway(ObjectProvider<JavaMailSender> smtp, NotificationProperties settings) {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            log.warn("No SMTP server configured (spring.mail.host): e-mail letters are written to {}",
                    settings.mail().pickupDirectory());
            return new PickupDirectoryMailGateway(settings.mail().pickupDirectory());
        }
        return new SmtpMailGateway(sender);
    }
}
