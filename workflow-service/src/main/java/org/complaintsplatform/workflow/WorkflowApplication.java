package org.complaintsplatform.workflow;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class WorkflowApplication {

    /** The application with its own configuration file, {@code workflow-service.yml}; the local platform starts it this way. */
    public static SpringApplication application() {
        SpringApplication application = new SpringApplication(WorkflowApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", "workflow-service"));
        return application;
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
