package org.complaintsplatform.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerIT {

    @Test
    void recordsSurviveAStopAndRestartOnTheSamePort(@TempDir Path dir) throws Exception {
        try (KafkaBroker broker = KafkaBroker.start(dir.resolve("log"), 0, 0)) {
            String bootstrap = broker.bootstrapServers();
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                admin.createTopics(List.of(new NewTopic("restart-test", 1, (short) 1))).all().get();
            }
            try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                    new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("restart-test", "key", "before restart")).get();
            }

            broker.stop();
            broker.start();

            assertThat(broker.bootstrapServers()).isEqualTo(bootstrap);
            try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ConsumerConfig.GROUP_ID_CONFIG, "restart-test",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(Set.of("restart-test"));
                ConsumerRecords<String, String> records = ConsumerRecords.empty();
                for (int attempt = 0; attempt < 30 && records.isEmpty(); attempt++) {
                    records = consumer.poll(Duration.ofSeconds(1));
                }
                assertThat(records.records("restart-test")).extracting(r -> r.value()).containsExactly("before restart");
            }
        }
    }

    @Test
    void topicsAreNeverAutoCreated(@TempDir Path dir) throws Exception {
        try (KafkaBroker broker = KafkaBroker.start(dir.resolve("log"), 0, 0);
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, 2000), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("never-declared", "v"));
            }
            assertThat(admin.listTopics().names().get()).doesNotContain("never-declared");
        }
    }

    @Test
    void securedBrokerLetsTheAdminInAndRefusesAUserWithoutAclsAndAWrongPassword(@TempDir Path dir) throws Exception {
        try (KafkaBroker broker = KafkaBroker.startSecured(dir.resolve("log"), "admin-secret")) {
            try (Admin admin = Admin.create(broker.adminProperties())) {
                admin.createTopics(List.of(new NewTopic("secured-test", 1, (short) 1))).all().get();
            }
            broker.createUser("nobody", "nobody-secret");

            assertThatThrownBy(() -> send(broker.clientProperties("nobody", "nobody-secret"), "secured-test"))
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
            assertThatThrownBy(() -> send(broker.clientProperties("nobody", "wrong-password"), "secured-test"))
                    .hasCauseInstanceOf(SaslAuthenticationException.class);
            send(broker.adminProperties(), "secured-test");
        }
    }

    private static void send(Map<String, Object> client, String topic) throws ExecutionException, InterruptedException {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "v")).get();
        }
    }
}
