package org.complaintsplatform.kafkasupport;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.cloudevents.kafka.CloudEventSerializer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.complaintsplatform.contracts.TopicRegistry;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.contracts.cloudevents.ContractViolation;
import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.procedures.Tenant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every service needs to speak the platform's Kafka contract: CloudEvents in binary mode,
 * bounded retries then a dead-letter topic, topics created from the registry, and (with a
 * database) idempotent consumption and a transactional outbox.
 */
@AutoConfiguration(after = {KafkaAutoConfiguration.class, JdbcTemplateAutoConfiguration.class})
@EnableConfigurationProperties(KafkaSupportProperties.class)
public class KafkaSupportAutoConfiguration {

    /** Header with the contract violations (an unknown tenant is one) that sent a record to its dead-letter topic. */
    public static final String DEAD_LETTER_REASONS_HEADER = "complaints_dlt_reasons";

    @Bean
    @ConditionalOnMissingBean
    CloudEventCodec cloudEventCodec() {
        return new CloudEventCodec();
    }

    /** The CloudEvents {@code source} of everything this service publishes: {@code /<spring.application.name>}. */
    @Bean
    EventSource eventSource(Environment environment) {
        return new EventSource("/" + environment.getRequiredProperty("spring.application.name"));
    }

    /** A bean, so its producers are closed with the context (the local platform stops and starts contexts). */
    @Bean
    DefaultKafkaProducerFactory<String, CloudEvent> cloudEventProducerFactory(KafkaProperties kafka) {
        Map<String, Object> config = new LinkedHashMap<>(kafka.buildProducerProperties(null));
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new CloudEventSerializer());
    }

    @Bean
    KafkaTemplate<String, CloudEvent> cloudEventKafkaTemplate(DefaultKafkaProducerFactory<String, CloudEvent> cloudEventProducerFactory) {
        return new KafkaTemplate<>(cloudEventProducerFactory);
    }

    /** Sends records that could not even be read as CloudEvents to their dead-letter topic, byte for byte. */
    @Bean
    DefaultKafkaProducerFactory<String, byte[]> deadLetterBytesProducerFactory(KafkaProperties kafka) {
        return new DefaultKafkaProducerFactory<>(kafka.buildProducerProperties(null), new StringSerializer(), new ByteArraySerializer());
    }

    @Bean
    DefaultKafkaConsumerFactoryCustomizer cloudEventConsumers() {
        return factory -> factory.updateConfigs(Map.of(
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class,
                ErrorHandlingDeserializer.VALUE_DESERIALIZER_CLASS, CloudEventDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"));
    }

    /**
     * Dead-letters a record of a tenant the platform does not serve before any listener sees it. Boot
     * gives a single {@code RecordInterceptor} bean to its listener containers: a service adding its own
     * must chain both in a {@code CompositeRecordInterceptor}.
     */
    @Bean
    RecordInterceptor<Object, Object> knownTenantCheck(CloudEventCodec codec, ObjectProvider<Procedures> procedures) {
        Set<String> tenants = procedures.getIfAvailable(Procedures::loadDefault).tenants().stream()
                .map(Tenant::id)
                .collect(Collectors.toSet());
        return new KnownTenantCheck(tenants, codec);
    }

    /**
     * Retries a failing record a few times with backoff, then publishes it to {@code <topic>.dlt} on the
     * same partition and moves on, so a poison record never blocks its partition. Contract violations
     * and unreadable records are not retried.
     */
    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, CloudEvent> cloudEvents,
                                          DefaultKafkaProducerFactory<String, byte[]> deadLetterBytesProducerFactory,
                                          KafkaSupportProperties settings, ObjectProvider<MeterRegistry> meters) {
        Map<Class<?>, KafkaOperations<?, ?>> templates = new LinkedHashMap<>();
        templates.put(CloudEvent.class, cloudEvents);
        templates.put(byte[].class, new KafkaTemplate<>(deadLetterBytesProducerFactory));
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(templates,
                (record, exception) -> new TopicPartition(record.topic() + ".dlt", record.partition()));
        recoverer.setHeadersFunction((record, exception) -> {
            RecordHeaders headers = new RecordHeaders();
            if (rootContractViolation(exception) instanceof ContractViolation violation) {
                headers.add(DEAD_LETTER_REASONS_HEADER,
                        String.join("\n", violation.reasons()).getBytes(StandardCharsets.UTF_8));
            }
            return headers;
        });
        DeadLetterCounter counter = new DeadLetterCounter(meters.getIfAvailable(SimpleMeterRegistry::new));
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(settings.retry().maxRetries());
        backOff.setInitialInterval(settings.retry().initialInterval().toMillis());
        backOff.setMaxInterval(settings.retry().maxInterval().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler((record, exception) -> {
            counter.deadLettered(record.topic());
            recoverer.accept(record, exception);
        }, backOff);
        handler.addNotRetryableExceptions(ContractViolation.class);
        return handler;
    }

    private static Throwable rootContractViolation(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof ContractViolation) {
                return cause;
            }
        }
        return exception;
    }

    /** Declares every registry topic and its dead-letter topic; Kafka's admin creates the missing ones at start-up. */
    @Bean
    KafkaAdmin.NewTopics registryTopics() {
        return new KafkaAdmin.NewTopics(TopicRegistry.load().topicsWithDeadLetters().stream()
                .map(topic -> TopicBuilder.name(topic.name())
                        .partitions(topic.partitions())
                        .replicas(-1)
                        .config(TopicConfig.RETENTION_MS_CONFIG, Long.toString(topic.retentionMs()))
                        .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)
                        .build())
                .toArray(NewTopic[]::new));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnSingleCandidate(DataSource.class)
    static class DatabaseBacked {

        @Bean
        ProcessedEvents processedEvents(JdbcTemplate jdbc) {
            return new ProcessedEvents(jdbc);
        }

        @Bean
        @ConditionalOnProperty(name = "complaints.kafka.outbox.enabled", havingValue = "true")
        OutboxRelay outboxRelay(JdbcTemplate jdbc, TransactionTemplate transactions,
                                KafkaTemplate<String, CloudEvent> cloudEvents, KafkaSupportProperties settings,
                                ObjectProvider<MeterRegistry> meters) {
            return new OutboxRelay(jdbc, transactions, cloudEvents, settings.outbox(),
                    meters.getIfAvailable(SimpleMeterRegistry::new));
        }

        @Bean
        @ConditionalOnProperty(name = "complaints.kafka.outbox.enabled", havingValue = "true")
        TransactionalOutbox transactionalOutbox(JdbcTemplate jdbc, CloudEventCodec codec, EventSource source,
                                                OutboxRelay relay) {
            return new TransactionalOutbox(jdbc, codec, source.uri(), relay);
        }
    }
}
