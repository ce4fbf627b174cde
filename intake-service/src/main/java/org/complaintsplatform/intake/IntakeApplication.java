package org.complaintsplatform.intake;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Accepts representations from portals, numbers them per tenant and hands them to workflow-service. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IntakeApplication {

    /** How the local platform starts it: its own config file, since all services share one classpath. */
    public static SpringApplication application() {
        SpringApplication app = new SpringApplication(IntakeApplication.class);
        app.setDefaultProperties(Map.of("spring.config.name", "intake-service"));
        return app;
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
