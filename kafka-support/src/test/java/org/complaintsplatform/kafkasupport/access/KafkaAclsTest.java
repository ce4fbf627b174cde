package org.complaintsplatform.kafkasupport.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.common.acl.AclBinding;
import org.complaintsplatform.contracts.TopicRegistry;
import org.junit.jupiter.api.Test;

class KafkaAclsTest {

    private final TopicRegistry registry = TopicRegistry.load();

    @Test
    void councilMayWriteOnlyItsInboundTopicAndReadOnlyItsOutboundTopicInItsOwnGroups() {
        assertThat(lines(KafkaAcls.council("bcp", "User:council-bcp"))).containsExactlyInAnyOrder(
                "User:council-bcp WRITE TOPIC LITERAL council.bcp.complaints.inbound.v1",
                "User:council-bcp READ TOPIC LITERAL council.bcp.complaints.outbound.v1",
                "User:council-bcp READ GROUP LITERAL council-bcp",
                "User:council-bcp READ GROUP PREFIXED council-bcp.");
    }

    @Test
    void serviceReadsAndWritesWhatTopicsYamlSaysAndWritesTheDeadLettersOfWhatItReads() {
        Set<String> deadline = lines(KafkaAcls.service(registry, "deadline-service", "User:deadline-service"));

        assertThat(deadline).contains(
                "User:deadline-service WRITE TOPIC LITERAL complaints.deadline-events.v1",
                "User:deadline-service READ TOPIC LITERAL complaints.complaint-events.v1",
                "User:deadline-service WRITE TOPIC LITERAL complaints.complaint-events.v1.dlt",
                "User:deadline-service CREATE TOPIC LITERAL complaints.submissions.v1",
                "User:deadline-service READ GROUP PREFIXED deadline-service");
        assertThat(deadline).doesNotContain(
                "User:deadline-service WRITE TOPIC LITERAL complaints.complaint-events.v1",
                "User:deadline-service READ TOPIC LITERAL complaints.submissions.v1",
                "User:deadline-service WRITE TOPIC LITERAL complaints.deadline-events.v1.dlt");
    }

    @Test
    void everyServiceOfTheRegistryIsGranted() {
        assertThat(KafkaAcls.services(registry)).containsExactly(
                "deadline-service", "intake-service", "notification-service", "reporting-service", "workflow-service");
    }

    @Test
    void platformGivesACouncilNothingBeyondItsOwnTopicPairAndGroups() {
        List<AclBinding> platform = KafkaAcls.platform(registry, List.of("bcp", "bcp-east", "cambridgeshire"));

        assertThat(platform.stream().filter(acl -> acl.entry().principal().equals("User:council-bcp")).map(KafkaAclsTest::line))
                .containsExactlyInAnyOrderElementsOf(lines(KafkaAcls.council("bcp", "User:council-bcp")));
        assertThat(lines(platform)).contains(
                "User:intake-service READ TOPIC LITERAL council.bcp-east.complaints.inbound.v1",
                "User:intake-service WRITE TOPIC LITERAL council.bcp-east.complaints.inbound.v1.dlt",
                "User:intake-service WRITE TOPIC LITERAL council.bcp-east.complaints.outbound.v1");
    }

    @Test
    void printedCommandIsKafkaAclsWithTheSameBinding() {
        assertThat(ProvisionKafkaAcls.kafkaAclsCommand(KafkaAcls.council("bcp", "User:council-bcp").get(3))).isEqualTo(
                "kafka-acls.sh --bootstrap-server \"$BROKER\" --command-config admin.properties --add"
                        + " --allow-principal User:council-bcp --operation Read --group council-bcp. --resource-pattern-type prefixed");
    }

    private static Set<String> lines(List<AclBinding> acls) {
        return acls.stream().map(KafkaAclsTest::line).collect(Collectors.toSet());
    }

    private static String line(AclBinding acl) {
        return acl.entry().principal() + " " + acl.entry().operation() + " " + acl.pattern().resourceType() + " "
                + acl.pattern().patternType() + " " + acl.pattern().name();
    }
}
