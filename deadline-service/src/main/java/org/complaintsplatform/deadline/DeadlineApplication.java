package org.complaintsplatform.deadline;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DeadlineApplication {

    /** The local platform starts every service this way, each with its own config file on a shared classpath. */
    public static SpringApplication application() {
        SpringApplication app = new SpringApplication(DeadlineApplication.class);
        app.setDefaultProperties(Map.of("spring.config.name", "deadline-service"));
        return app;
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
