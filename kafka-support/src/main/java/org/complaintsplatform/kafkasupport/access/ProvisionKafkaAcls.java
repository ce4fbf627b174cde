package org.complaintsplatform.kafkasupport.access;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.resource.ResourceType;
import org.complaintsplatform.contracts.TopicRegistry;
import org.complaintsplatform.procedures.Procedures;
import org.complaintsplatform.procedures.Tenant;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.StandardEnvironment;

/**
 * Grants the platform's Kafka ACLs ({@link KafkaAcls#platform}) for every tenant of the registry, with a
 * super user's client settings in a properties file, as Kafka's own tools take them. Operators run it from
 * any service image after adding a tenant or a topic; it only adds bindings, so running it again is safe.
 * {@code --print} prints the equivalent {@code kafka-acls.sh} commands instead, for review.
 */
public final class ProvisionKafkaAcls {

    private static final String USAGE =
            "usage: ProvisionKafkaAcls --command-config <admin.properties> [--bootstrap-server <host:port>] | --print";

    private ProvisionKafkaAcls() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        List<String> tenantIds = Procedures.loadDefault().tenants().stream().map(Tenant::id).toList();
        TopicRegistry registry = TopicRegistry.load();
        List<AclBinding> acls = KafkaAcls.platform(registry, tenantIds);
        if (List.of(args).equals(List.of("--print"))) {
            acls.forEach(acl -> System.out.println(kafkaAclsCommand(acl)));
            return;
        }
        Properties client = clientSettings(args);
        useBootLoggingDefaults();
        try (Admin admin = Admin.create(client)) {
            KafkaAcls.grant(admin, acls);
        }
        System.out.println("Granted " + acls.size() + " ACL bindings to services " + KafkaAcls.services(registry)
                + " and the councils of tenants " + tenantIds);
    }

    private static Properties clientSettings(String[] args) throws IOException {
        Properties client = new Properties();
        String bootstrap = null;
        boolean configured = false;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--command-config" -> {
                    try (InputStream in = Files.newInputStream(Path.of(args[i + 1]))) {
                        client.load(in);
                    }
                    configured = true;
                }
                case "--bootstrap-server" -> bootstrap = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
        }
        if (!configured || args.length % 2 != 0) {
            throw new IllegalArgumentException(USAGE);
        }
        if (bootstrap != null) {
            client.setProperty(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        }
        return client;
    }

    /** Without a logging configuration logback prints every DEBUG line of the Kafka client; log as the services do. */
    private static void useBootLoggingDefaults() {
        LoggingSystem logging = LoggingSystem.get(ProvisionKafkaAcls.class.getClassLoader());
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(new StandardEnvironment()), null, null);
        logging.setLogLevel("org.apache.kafka", LogLevel.WARN);
    }

    static String kafkaAclsCommand(AclBinding acl) {
        String operation = acl.entry().operation().name();
        return "kafka-acls.sh --bootstrap-server \"$BROKER\" --command-config admin.properties --add"
                + " --allow-principal " + acl.entry().principal()
                + " --operation " + operation.charAt(0) + operation.substring(1).toLowerCase(Locale.ROOT)
                + (acl.pattern().resourceType() == ResourceType.GROUP ? " --group " : " --topic ") + acl.pattern().name()
                + " --resource-pattern-type " + acl.pattern().patternType().name().toLowerCase(Locale.ROOT);
    }
}
