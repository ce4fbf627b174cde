package org.complaintsplatform.kafkasupport.access;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.complaintsplatform.contracts.TopicDefinition;
import org.complaintsplatform.contracts.TopicRegistry;
import org.complaintsplatform.contracts.Topics;
import org.complaintsplatform.contracts.council.CouncilTopics;

/**
 * The platform's Kafka ACLs for a broker running the KRaft {@code StandardAuthorizer}, which allows
 * nothing without an ACL: each council, each service and the council gateway get exactly what they use.
 * Bindings are plain data; {@link #grant} adds them with an {@link Admin} of a super user.
 */
public final class KafkaAcls {

    /** The service that serves the councils' topic pairs (intake-service's council gateway). */
    public static final String COUNCIL_GATEWAY = "intake-service";

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private KafkaAcls() {
    }

    /** Council principals by convention: {@code User:council-<tenantId>}, the council's SASL user name. */
    public static String councilPrincipal(String tenantId) {
        return "User:council-" + tenantId;
    }

    /** Service principals by convention: {@code User:<service>}, the service's {@code spring.application.name}. */
    public static String servicePrincipal(String service) {
        return "User:" + service;
    }

    /**
     * A council writes its inbound topic and reads its outbound topic, in consumer groups named
     * {@code council-<t>} or {@code council-<t>.<anything>} (the dot keeps tenant {@code bcp} out of
     * {@code bcp-east}'s groups). Nothing else: not another council's topics, not its dead-letter topic
     * (operators replay it), not the platform's topics.
     */
    public static List<AclBinding> council(String tenantId, String principal) {
        String group = "council-" + tenantId;
        return List.of(
                allow(principal, topic(CouncilTopics.inbound(tenantId)), AclOperation.WRITE),
                allow(principal, topic(CouncilTopics.outbound(tenantId)), AclOperation.READ),
                allow(principal, new ResourcePattern(ResourceType.GROUP, group, PatternType.LITERAL), AclOperation.READ),
                allow(principal, new ResourcePattern(ResourceType.GROUP, group + ".", PatternType.PREFIXED), AclOperation.READ));
    }

    /**
     * What {@code topics.yaml} says the service does: it writes the topics it produces, reads the topics
     * it consumes and writes their dead-letter topics, in consumer groups named after it (prefix). It also
     * describes, creates and adds partitions to every registry topic, as every service's {@code KafkaAdmin}
     * declares them all at start-up.
     */
    public static List<AclBinding> service(TopicRegistry registry, String service, String principal) {
        List<AclBinding> acls = new ArrayList<>();
        for (TopicDefinition topic : registry.topics()) {
            if (topic.producer().equals(service)) {
                acls.add(allow(principal, topic(topic.name()), AclOperation.WRITE));
            }
            if (topic.consumers().contains(service)) {
                acls.add(allow(principal, topic(topic.name()), AclOperation.READ));
                acls.add(allow(principal, topic(Topics.deadLetterTopicOf(topic.name())), AclOperation.WRITE));
            }
        }
        registry.topicsWithDeadLetters().forEach(topic -> acls.addAll(declare(principal, topic.name())));
        acls.add(allow(principal, new ResourcePattern(ResourceType.GROUP, service, PatternType.PREFIXED), AclOperation.READ));
        return acls;
    }

    /**
     * The council gateway reads every council's inbound topic, dead-letters into its inbound dead-letter
     * topic, copies the tenant's events to its outbound topic, and declares all three (it creates them at
     * start-up). Its consumer groups are its service's.
     */
    public static List<AclBinding> councilGateway(Collection<String> tenantIds, String principal) {
        List<AclBinding> acls = new ArrayList<>();
        for (String tenantId : tenantIds) {
            String inbound = CouncilTopics.inbound(tenantId);
            String deadLetters = Topics.deadLetterTopicOf(inbound);
            String outbound = CouncilTopics.outbound(tenantId);
            acls.add(allow(principal, topic(inbound), AclOperation.READ));
            acls.add(allow(principal, topic(deadLetters), AclOperation.WRITE));
            acls.add(allow(principal, topic(outbound), AclOperation.WRITE));
            for (String name : List.of(inbound, deadLetters, outbound)) {
                acls.addAll(declare(principal, name));
            }
        }
        return acls;
    }

    /** Every binding of the platform under the naming conventions: each service of the registry, the gateway, each council. */
    public static List<AclBinding> platform(TopicRegistry registry, Collection<String> tenantIds) {
        List<AclBinding> acls = new ArrayList<>();
        services(registry).forEach(service -> acls.addAll(service(registry, service, servicePrincipal(service))));
        acls.addAll(councilGateway(tenantIds, servicePrincipal(COUNCIL_GATEWAY)));
        tenantIds.forEach(tenantId -> acls.addAll(council(tenantId, councilPrincipal(tenantId))));
        return acls;
    }

    /** The services {@code topics.yaml} names as producers or consumers. */
    public static SortedSet<String> services(TopicRegistry registry) {
        SortedSet<String> services = new TreeSet<>();
        registry.topics().forEach(topic -> {
            services.add(topic.producer());
            services.addAll(topic.consumers());
        });
        return services;
    }

    /** Adds the bindings; existing ones stay as they are, so running it again changes nothing. */
    public static void grant(Admin admin, Collection<AclBinding> acls) throws InterruptedException {
        try {
            admin.createAcls(acls).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not create the ACLs: " + e.getMessage(), e);
        }
    }

    private static List<AclBinding> declare(String principal, String topicName) {
        return List.of(
                allow(principal, topic(topicName), AclOperation.DESCRIBE),
                allow(principal, topic(topicName), AclOperation.CREATE),
                allow(principal, topic(topicName), AclOperation.ALTER));
    }

    private static ResourcePattern topic(String name) {
        return new ResourcePattern(ResourceType.TOPIC, name, PatternType.LITERAL);
    }

    private static AclBinding allow(String principal, ResourcePattern resource, AclOperation operation) {
        return new AclBinding(resource, new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW));
    }
}
