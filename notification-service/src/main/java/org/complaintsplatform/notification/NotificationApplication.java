package org.complaintsplatform.notification;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class NotificationApplication {

    /** The local platform starts the service this way, next to the others in one JVM. */
    public static SpringApplication application() {
        SpringApplication app = new SpringApplication(NotificationApplication.class);
        app.setDefaultProperties(Map.of("spring.config.name", "notification-service"));
        return app;
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
