package org.complaintsplatform.workflow.config;

import java.nio.file.Path;
import java.time.Clock;

import io.micrometer.core.instrument.binder.MeterBinder;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.workflow.api.ComplaintWithdrawn;
import org.complaintsplatform.workflow.api.LateEscalationDecided;
import org.complaintsplatform.workflow.api.StageExtended;
import org.complaintsplatform.workflow.api.SufficientInterestDecided;
import org.complaintsplatform.workflow.command.ComplaintRuleViolation;
import org.complaintsplatform.workflow.command.DueDates;
import org.complaintsplatform.workflow.command.upcasting.ComplaintReceivedV1ToV2Upcaster;
import org.complaintsplatform.workflow.command.upcasting.ComplaintReceivedV2ToV3Upcaster;
import org.complaintsplatform.workflow.command.upcasting.ReasonV1ToV2Upcaster;
import org.complaintsplatform.workflow.kafka.ComplaintEventPublisher;
import org.complaintsplatform.workflow.query.ComplaintProjection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.DefaultErrorHandler;

@Configuration(proxyBeanMethods = false)
class WorkflowConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The shipped profiles and calendar, with the operator's bank-holiday file when one is configured. */
    @Bean
    Procedures procedures(Clock clock, WorkflowProperties properties) {
        Path bankHolidays = properties.bankHolidaysFile();
        return bankHolidays == null ? Procedures.loadDefault(clock) : Procedures.load(bankHolidays, clock);
    }

    /** Tells operators when due dates depend on projected holidays, so they refresh the file. */
    @Bean
    MeterBinder calendarMetrics(Procedures procedures) {
        return procedures.calendarMetrics();
    }

    @Bean
    DueDates dueDates(Procedures procedures) {
        return new DueDates(procedures);
    }

    /**
     * Axon logs and skips a failing event handler by default. For the Kafka publisher that would
     * lose a public event, and for the read model it would hide a broken view: fail instead, so the
     * publisher's batch is retried and the command's transaction rolls back.
     */
    /** Every upcaster of the event store, in the one order they run: oldest revision first. */
    @Bean
    EventUpcasterChain eventUpcasters() {
        return new EventUpcasterChain(new ComplaintReceivedV1ToV2Upcaster(), new ComplaintReceivedV2ToV3Upcaster(),
                new ReasonV1ToV2Upcaster(StageExtended.class), new ReasonV1ToV2Upcaster(SufficientInterestDecided.class),
                new ReasonV1ToV2Upcaster(LateEscalationDecided.class), new ReasonV1ToV2Upcaster(ComplaintWithdrawn.class));
    }

    /** A command that breaks a procedure rule fails the same way every time: dead-letter it at once. */
    @Autowired
    void doNotRetryRuleViolations(DefaultErrorHandler kafkaErrorHandler) {
        kafkaErrorHandler.addNotRetryableExceptions(ComplaintRuleViolation.class);
    }

    @Autowired
    void failOnHandlerErrors(EventProcessingConfigurer processing) {
        processing.registerListenerInvocationErrorHandler(ComplaintEventPublisher.PROCESSING_GROUP,
                configuration -> PropagatingErrorHandler.instance());
        processing.registerListenerInvocationErrorHandler(ComplaintProjection.PROCESSING_GROUP,
                configuration -> PropagatingErrorHandler.instance());
    }
}
