package org.complaintsplatform.intake.kafka;

import java.time.Duration;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.complaintsplatform.contracts.TopicDefinition;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.council.CouncilTopics;
import org.complaintsplatform.procedures.Procedures;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Declares every registered tenant's topic pair and the inbound dead-letter topic; Kafka's admin
 * creates the missing ones at start-up (brokers never auto-create). Here rather than in {@code config}
 * because the names come from the contracts.
 */
@Configuration(proxyBeanMethods = false)
public class CouncilTopicDeclarations {

    static final int PARTITIONS = 3;
    /** Inbound records carry personal data: kept no longer than the submissions topic keeps them. */
    static final Duration INBOUND_RETENTION = Duration.ofDays(7);

    @Bean
    KafkaAdmin.NewTopics councilTopics(Procedures procedures) {
        return new KafkaAdmin.NewTopics(procedures.tenants().stream()
                .flatMap(tenant -> Stream.of(
                        topic(CouncilTopics.inbound(tenant.id()), INBOUND_RETENTION.toMillis()),
                        topic(Topics.deadLetterTopicOf(CouncilTopics.inbound(tenant.id())),
                                TopicDefinition.DEAD_LETTER_RETENTION.toMillis()),
                        // public events, no personal data: kept for ever like the platform's public topics
                        topic(CouncilTopics.outbound(tenant.id()), -1)))
                .toArray(NewTopic[]::new));
    }

    private static NewTopic topic(String name, long retentionMs) {
        return TopicBuilder.name(name)
                .partitions(PARTITIONS)
                .replicas(-1)
                .config(TopicConfig.RETENTION_MS_CONFIG, Long.toString(retentionMs))
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)
                .build();
    }
}
