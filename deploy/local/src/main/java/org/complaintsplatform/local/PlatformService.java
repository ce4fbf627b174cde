package org.complaintsplatform.local;

import java.util.List;
import java.util.function.Supplier;

import org.complaintsplatform.deadline.DeadlineApplication;
import org.complaintsplatform.intake.IntakeApplication;
import org.complaintsplatform.notification.NotificationApplication;
import org.complaintsplatform.reporting.ReportingApplication;
import org.complaintsplatform.workflow.WorkflowApplication;
import org.springframework.boot.SpringApplication;

/**
 * The five services, in start order (workflow first: notification calls it), with their ports,
 * databases, main classes and the auto-configurations that belong to another service on the shared classpath.
 */
public enum PlatformService {
    WORKFLOW("workflow-service", 8082, "workflow", WorkflowApplication.class, WorkflowApplication::application,
            List.of(Foreign.DB_SCHEDULER, Foreign.THYMELEAF)),
    INTAKE("intake-service", 8081, "intake", IntakeApplication.class, IntakeApplication::application,
            List.of(Foreign.AXON, Foreign.DB_SCHEDULER, Foreign.THYMELEAF, Foreign.JPA)),
    DEADLINE("deadline-service", 8083, "deadline", DeadlineApplication.class, DeadlineApplication::application,
            List.of(Foreign.AXON, Foreign.THYMELEAF, Foreign.JPA)),
    NOTIFICATION("notification-service", 8084, "notification", NotificationApplication.class, NotificationApplication::application,
            List.of(Foreign.AXON, Foreign.DB_SCHEDULER, Foreign.JPA)),
    REPORTING("reporting-service", 8085, "reporting", ReportingApplication.class, ReportingApplication::application,
            List.of(Foreign.AXON, Foreign.DB_SCHEDULER, Foreign.JPA));

    private final String serviceName;
    private final int defaultPort;
    private final String database;
    private final Class<?> mainClass;
    private final Supplier<SpringApplication> application;
    private final List<String> foreignAutoConfigurations;

    PlatformService(String serviceName, int defaultPort, String database, Class<?> mainClass,
                    Supplier<SpringApplication> application, List<List<String>> foreignAutoConfigurations) {
        this.serviceName = serviceName;
        this.defaultPort = defaultPort;
        this.database = database;
        this.mainClass = mainClass;
        this.application = application;
        this.foreignAutoConfigurations = foreignAutoConfigurations.stream().flatMap(List::stream).toList();
    }

    public String serviceName() {
        return serviceName;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The service's own database on the platform's PostgreSQL. */
    public String database() {
        return database;
    }

    /** The class whose {@code main} starts the service on its own (the processes mode). */
    String mainClass() {
        return mainClass.getName();
    }

    SpringApplication application() {
        return application.get();
    }

    /** Package or class-name prefixes of auto-configurations this service must not load. */
    List<String> foreignAutoConfigurations() {
        return foreignAutoConfigurations;
    }

    /** Auto-configurations that only one service wants; the others would fail or run them against the wrong tables. */
    private static final class Foreign {
        static final List<String> AXON = List.of("org.axonframework.");
        static final List<String> DB_SCHEDULER = List.of("com.github.kagkarlsson.");
        static final List<String> THYMELEAF = List.of("org.springframework.boot.autoconfigure.thymeleaf.");
        static final List<String> JPA = List.of("org.springframework.boot.autoconfigure.orm.jpa.",
                "org.springframework.boot.autoconfigure.data.jpa.");
    }
}
