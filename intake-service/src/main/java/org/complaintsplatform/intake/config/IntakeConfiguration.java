package org.complaintsplatform.intake.config;

import java.time.Clock;

import org.complaintsplatform.intake.command.AddAttachmentHandler;
import org.complaintsplatform.intake.command.AttachmentTypes;
import org.complaintsplatform.intake.command.Attachments;
import org.complaintsplatform.intake.command.StatusSecrets;
import org.complaintsplatform.intake.command.TriageRules;
import org.springframework.transaction.support.TransactionTemplate;
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
    AddAttachmentHandler addAttachmentHandler(Attachments attachments, TransactionTemplate transactions, Clock clock,
                                              IntakeProperties settings) {
        IntakeProperties.Attachments limits = settings.attachments();
        return new AddAttachmentHandler(attachments, new AttachmentTypes(limits.allowedTypes()), transactions, clock,
                limits.maxSize().toBytes(), limits.maxPerSubmission());
    }

    @Bean
    StatusSecrets statusSecrets(IntakeProperties settings) {
        return new StatusSecrets(settings.statusSecret().key(), settings.statusSecret().previousKeys());
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
