package org.complaintsplatform.reporting;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ReportingApplication {

    /** The local platform starts every service this way, each with its own config file on a shared classpath. */
    public static SpringApplication application() {
        SpringApplication app = new SpringApplication(ReportingApplication.class);
        app.setDefaultProperties(Map.of("spring.config.name", "reporting-service"));
        return app;
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
