package org.complaintsplatform.kafkasupport.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.complaintsplatform.contracts.TopicRegistry;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.council.CouncilTopics;
import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.procedures.Tenant;
import org.complaintsplatform.testsupport.KafkaBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * A broker with SASL/SCRAM over TLS and the KRaft StandardAuthorizer, its ACLs granted by the operators'
 * tool: councils keep to their own topic pair and services to their roles.
 */
class KafkaAclsIT {

    private static final String A = "cambridgeshire";
    private static final String B = "bcp";
    private static final String A_PASSWORD = "council-a-secret";
    private static final String DEADLINE_PASSWORD = "deadline-secret";

    @TempDir
    static Path directory;
    private static KafkaBroker broker;

    @BeforeAll
    static void grantThePlatformsAcls() throws Exception {
        broker = KafkaBroker.startSecured(directory.resolve("kafka"), "admin-secret");
        try (Admin admin = Admin.create(broker.adminProperties())) {
            // intake-service creates these for every tenant; the services' own topics are created below, by a service
            admin.createTopics(List.of(A, B).stream()
                    .flatMap(tenant -> List.of(CouncilTopics.inbound(tenant), CouncilTopics.outbound(tenant)).stream())
                    .map(name -> new NewTopic(name, 1, (short) 1))
                    .toList()).all().get();
        }
        broker.createUser("council-" + A, A_PASSWORD);
        broker.createUser("council-" + B, "council-b-secret");
        broker.createUser("deadline-service", DEADLINE_PASSWORD);

        Path adminConfig = directory.resolve("admin.properties");
        Properties properties = new Properties();
        broker.adminProperties().forEach((key, value) -> properties.setProperty(key, value.toString()));
        try (OutputStream out = Files.newOutputStream(adminConfig)) {
            properties.store(out, "the operator's super-user settings");
        }
        ProvisionKafkaAcls.main(new String[] {"--command-config", adminConfig.toString()});

        int granted = Set.copyOf(KafkaAcls.platform(TopicRegistry.load(),
                Procedures.loadDefault().tenants().stream().map(Tenant::id).toList())).size();
        // The broker applies users and ACLs from the metadata log a moment after the controller commits them.
        try (Admin admin = Admin.create(broker.adminProperties())) {
            await().atMost(Duration.ofSeconds(30)).until(
                    () -> admin.describeAcls(AclBindingFilter.ANY).values().get().size() == granted);
        }
        for (Map<String, Object> user : List.of(councilA(), broker.clientProperties("deadline-service", DEADLINE_PASSWORD))) {
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> authenticates(user));
        }
    }

    @AfterAll
    static void stopTheBroker() {
        broker.close();
    }

    @Test
    void councilWritesItsOwnInboundTopicAndReadsItsOwnOutboundTopic() throws Exception {
        send(councilA(), CouncilTopics.inbound(A), "a submission from A");
        send(broker.adminProperties(), CouncilTopics.outbound(A), "an event of A");

        assertThat(poll(broker.adminProperties(), "ops", CouncilTopics.inbound(A))).containsExactly("a submission from A");
        assertThat(poll(councilA(), "council-" + A + ".case-system", CouncilTopics.outbound(A))).containsExactly("an event of A");
    }

    @Test
    void councilIsRefusedOnAnotherCouncilsTopicsAndGroups() {
        assertThatThrownBy(() -> send(councilA(), CouncilTopics.inbound(B), "into B's inbound"))
                .hasCauseInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> poll(councilA(), "council-" + A, CouncilTopics.outbound(B)))
                .isInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> poll(councilA(), "council-" + B, CouncilTopics.outbound(A)))
                .isInstanceOf(GroupAuthorizationException.class);
    }

    @Test
    void councilMayNotReadItsInboundTopicNorWriteItsOutboundTopicNorTouchThePlatformsTopics() {
        assertThatThrownBy(() -> poll(councilA(), "council-" + A, CouncilTopics.inbound(A)))
                .isInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> send(councilA(), CouncilTopics.outbound(A), "forged event"))
                .hasCauseInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> send(councilA(), Topics.SUBMISSIONS, "forged submission"))
                .hasCauseInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void wrongPasswordIsRefused() {
        assertThatThrownBy(() -> send(broker.clientProperties("council-" + A, "not-the-password"), CouncilTopics.inbound(A), "x"))
                .hasCauseInstanceOf(SaslAuthenticationException.class);
    }

    /** Configured as deployments configure services: Spring Boot's Kafka properties from environment variables. */
    @Test
    void serviceConfiguredFromEnvironmentVariablesDeclaresTheTopicsAndKeepsToItsRoles() throws Exception {
        Map<String, Object> deadlineService = broker.clientProperties("deadline-service", DEADLINE_PASSWORD);
        KafkaProperties kafka = fromEnvironment(Map.of(
                "SPRING_KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                "SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512",
                "SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG", deadlineService.get(SaslConfigs.SASL_JAAS_CONFIG),
                "SPRING_KAFKA_SSL_TRUST_STORE_LOCATION", "file:" + deadlineService.get(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG),
                "SPRING_KAFKA_SSL_TRUST_STORE_PASSWORD", deadlineService.get(SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG),
                "SPRING_KAFKA_SSL_TRUST_STORE_TYPE", "PKCS12"));

        new KafkaAdmin(kafka.buildAdminProperties(null)).createOrModifyTopics(TopicRegistry.load().topicsWithDeadLetters().stream()
                .map(topic -> TopicBuilder.name(topic.name()).partitions(topic.partitions()).replicas(1).build())
                .toArray(NewTopic[]::new));
        send(broker.adminProperties(), Topics.COMPLAINT_EVENTS, "a complaint event");

        assertThat(poll(kafka.buildConsumerProperties(null), "deadline-service", Topics.COMPLAINT_EVENTS))
                .containsExactly("a complaint event");
        send(kafka.buildProducerProperties(null), Topics.DEADLINE_EVENTS, "a deadline event");
        send(kafka.buildProducerProperties(null), Topics.deadLetterTopicOf(Topics.COMPLAINT_EVENTS), "a dead letter");
        assertThatThrownBy(() -> send(kafka.buildProducerProperties(null), Topics.COMPLAINT_EVENTS, "forged"))
                .hasCauseInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> poll(kafka.buildConsumerProperties(null), "deadline-service", Topics.SUBMISSIONS))
                .isInstanceOf(TopicAuthorizationException.class);
    }

    /** Binds as Spring Boot binds the process environment (relaxed names apply to the source of that name only). */
    private static KafkaProperties fromEnvironment(Map<String, Object> environment) {
        return new Binder(ConfigurationPropertySources.from(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment)))
                .bindOrCreate("spring.kafka", KafkaProperties.class);
    }

    private static Map<String, Object> councilA() {
        return broker.clientProperties("council-" + A, A_PASSWORD);
    }

    private static boolean authenticates(Map<String, Object> client) throws Exception {
        try (Admin admin = Admin.create(client)) {
            return !admin.describeCluster().clusterId().get(10, TimeUnit.SECONDS).isEmpty();
        }
    }

    private static void send(Map<String, Object> client, String topic, String value) throws Exception {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "key", value)).get(30, TimeUnit.SECONDS);
        }
    }

    /** Subscribes in the group and returns the first records that arrive; authorization errors surface from poll. */
    private static List<String> poll(Map<String, Object> client, String group, String topic) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<String> values = new ArrayList<>();
            for (int attempt = 0; attempt < 30 && values.isEmpty(); attempt++) {
                consumer.poll(Duration.ofSeconds(1)).forEach(record -> values.add(record.value()));
            }
            return values;
        }
    }
}
