package org.complaintsplatform.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.complaintsplatform.testsupport.DevelopmentIssuer;
import org.complaintsplatform.testsupport.KafkaBroker;
import org.complaintsplatform.testsupport.PostgresServer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the whole platform: a real PostgreSQL and a real single-node KRaft Kafka broker (embedded,
 * data kept under a local folder, unless external ones are configured) and the five services as
 * separate Spring contexts in this JVM.
 */
public final class LocalPlatform implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalPlatform.class);
    private static final String SERVICE_CLIENT_SECRET = "COMPLAINTS_SERVICE_CLIENT_SECRET";
    /** The launcher's argument for the processes mode; every other argument goes to the services. */
    static final String PROCESSES_OPTION = "--processes";

    private final @Nullable PostgresServer embeddedPostgres;
    private final @Nullable KafkaBroker embeddedKafka;
    private final DevelopmentIssuer issuer;
    private final Map<PlatformService, ConfigurableApplicationContext> services = new EnumMap<>(PlatformService.class);

    private LocalPlatform(@Nullable PostgresServer embeddedPostgres, @Nullable KafkaBroker embeddedKafka, DevelopmentIssuer issuer) {
        this.embeddedPostgres = embeddedPostgres;
        this.embeddedKafka = embeddedKafka;
        this.issuer = issuer;
    }

    /** Starts the embedded servers a setting does not replace, then the services. */
    public static LocalPlatform start(PlatformSettings settings) {
        PostgresServer postgres = settings.postgres() != null
                ? settings.postgres()
                : PostgresServer.startEmbedded(settings.dataDirectory().resolve("postgres"), settings.postgresPort());
        KafkaBroker broker = settings.kafkaBootstrapServers() != null
                ? null
                : KafkaBroker.start(settings.dataDirectory().resolve("kafka"), settings.kafkaPort(), settings.kafkaControllerPort());
        DevelopmentIssuer issuer = DevelopmentIssuer.start(settings.randomPorts() ? 0 : PlatformSettings.ISSUER_PORT,
                settings.serviceClientSecret());
        LocalPlatform platform = new LocalPlatform(settings.postgres() == null ? postgres : null, broker, issuer);
        String bootstrap = broker != null ? broker.bootstrapServers() : settings.kafkaBootstrapServers();
        try {
            for (PlatformService service : PlatformService.values()) {
                platform.startService(service, postgres, bootstrap, settings);
            }
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
        return platform;
    }

    private void startService(PlatformService service, PostgresServer postgres, String bootstrap, PlatformSettings settings) {
        List<String> args = new ArrayList<>(springArguments(service, settings.randomPorts() ? 0 : service.defaultPort(),
                postgres, bootstrap, issuer, url(PlatformService.WORKFLOW)));
        // Logback is configured once per JVM, by the first context: a per-service name would be wrong.
        args.add("--logging.include-application-name=false");
        secrets(service, issuer, settings).forEach((name, value) -> args.add("--" + name + "=" + value));
        args.addAll(settings.extraArguments());
        log.info("Starting {}", service.serviceName());
        services.put(service, service.application().run(args.toArray(String[]::new)));
    }

    /**
     * The Spring arguments a service gets in either mode, secrets aside: its port, database, broker, the
     * issuer it trusts and the auto-configurations it must drop.
     *
     * @param workflowUrl where notification-service reaches workflow's internal API
     */
    static List<String> springArguments(PlatformService service, int port, PostgresServer postgres, String bootstrap,
                                        DevelopmentIssuer issuer, String workflowUrl) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.config.name=" + service.serviceName(),
                "--server.port=" + port,
                "--spring.datasource.url=" + postgres.createDatabaseIfMissing(service.database()),
                "--spring.datasource.username=" + postgres.user(),
                "--spring.datasource.password=" + postgres.password(),
                "--spring.kafka.bootstrap-servers=" + bootstrap,
                "--" + ForeignAutoConfigurationFilter.PROPERTY + "=" + String.join(",", service.foreignAutoConfigurations())));
        issuer.serviceProperties().forEach((name, value) -> {
            if (!SERVICE_CLIENT_SECRET.equals(name)) {
                args.add("--" + name + "=" + value);
            }
        });
        if (service == PlatformService.NOTIFICATION) {
            args.add("--complaints.notification.workflow-base-url=" + workflowUrl);
        }
        return args;
    }

    /** The secrets a service reads, by the names of the environment variables a deployment sets. */
    static Map<String, String> secrets(PlatformService service, DevelopmentIssuer issuer, PlatformSettings settings) {
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put(SERVICE_CLIENT_SECRET, issuer.serviceProperties().get(SERVICE_CLIENT_SECRET));
        if (service == PlatformService.INTAKE) {
            secrets.put("COMPLAINTS_INTAKE_STATUS_SECRET_KEY", settings.statusSecretKey());
        }
        if (service == PlatformService.WORKFLOW) {
            secrets.put("COMPLAINTS_MASTER_KEY", settings.masterKey());
        }
        return secrets;
    }

    public String url(PlatformService service) {
        return "http://localhost:" + port(service);
    }

    /** The service's HTTP port; 0 before it has started. */
    public int port(PlatformService service) {
        ConfigurableApplicationContext context = services.get(service);
        return context == null ? 0 : ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** The development issuer every service trusts, for tokens in tests and in the walkthrough. */
    public DevelopmentIssuer issuer() {
        return issuer;
    }

    public ConfigurableApplicationContext context(PlatformService service) {
        return services.get(service);
    }

    /** Stops the services in reverse order, then the embedded servers. */
    @Override
    public void close() {
        List<PlatformService> started = new ArrayList<>(services.keySet());
        for (int i = started.size() - 1; i >= 0; i--) {
            services.remove(started.get(i)).close();
        }
        issuer.close();
        if (embeddedKafka != null) {
            embeddedKafka.close();
        }
        if (embeddedPostgres != null) {
            embeddedPostgres.close();
        }
    }

    /**
     * Run it from the project root: {@code ./run-local.sh}, or {@code ./run-local.sh --processes} for one
     * process per service. Settings come from the environment; see {@link PlatformSettings#fromEnvironment}.
     */
    public static void main(String[] args) {
        List<String> arguments = new ArrayList<>(List.of(args));
        boolean processes = arguments.remove(PROCESSES_OPTION);
        PlatformSettings settings = PlatformSettings.fromEnvironment(System.getenv(), Path.of(".data"), arguments);
        if (processes) {
            ProcessPlatform platform = ProcessPlatform.start(settings, Map.of());
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "local-platform-shutdown"));
            System.out.println(welcome(platform::url, platform.issuer()));
        } else {
            LocalPlatform platform = start(settings);
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "local-platform-shutdown"));
            System.out.println(welcome(platform::url, platform.issuer()));
        }
    }

    static String welcome(Function<PlatformService, String> urls, DevelopmentIssuer issuer) {
        StringBuilder text = new StringBuilder("\nThe complaints platform is running.\n\n");
        for (PlatformService service : PlatformService.values()) {
            String url = urls.apply(service);
            text.append(String.format("  %-22s %s   (health: %s/actuator/health)%n", service.serviceName(), url, url));
        }
        text.append(String.format("  %-22s %s   (local only: signs any token asked for)%n", "development issuer", issuer.issuerUri()))
                .append("\nGet a token (a portal and a caseworker of Cambridgeshire, valid for an hour):\n\n")
                .append("  TOKEN=$(curl -s -X POST ").append(issuer.issuerUri()).append("/dev/tokens \\\n")
                .append("       -d '{\"subject\":\"casey\",\"tenant\":\"cambridgeshire\",\"roles\":[\"portal\",\"caseworker\",\"manager\",\"auditor\"]}' \\\n")
                .append("       | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')\n")
                .append("\nSubmit a complaint:\n\n")
                .append("  curl -i -X POST ").append(urls.apply(PlatformService.INTAKE))
                .append("/api/v1/tenants/cambridgeshire/submissions -H \"Authorization: Bearer $TOKEN\" \\\n")
                .append("       -H 'Content-Type: application/json' -H \"Idempotency-Key: $(uuidgen || date +%s%N)\" \\\n")
                .append("       -d '{\"feedbackType\":\"COMPLAINT\",\"complainant\":{\"role\":\"PARENT\",\"name\":\"Alex Example\",")
                .append("\"email\":\"alex@example.org\",\"preferredContact\":\"EMAIL\"},")
                .append("\"summary\":\"The social worker has not returned my calls for six weeks.\"}'\n\n")
                .append("Then follow it (use the complaintId from the answer):\n\n");
        String bearer = "curl -H \"Authorization: Bearer $TOKEN\" ";
        text.append("  ").append(bearer).append(urls.apply(PlatformService.WORKFLOW)).append("/api/v1/tenants/cambridgeshire/complaints/<complaintId>\n")
                .append("  ").append(bearer).append(urls.apply(PlatformService.NOTIFICATION)).append("/api/v1/tenants/cambridgeshire/complaints/<complaintId>/letters\n")
                .append("  ").append(bearer).append(urls.apply(PlatformService.DEADLINE)).append("/api/v1/tenants/cambridgeshire/complaints/<complaintId>/deadlines\n")
                .append("  ").append(bearer).append("'").append(urls.apply(PlatformService.REPORTING)).append("/api/v1/tenants/cambridgeshire/reports/quarterly?year=<year>&quarter=<1-4>'\n");
        return text.toString();
    }
}
