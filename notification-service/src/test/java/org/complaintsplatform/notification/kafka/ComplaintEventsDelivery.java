package org.complaintsplatform.notification.kafka;

import io.cloudevents.CloudEvent;
import org.springframework.context.ApplicationContext;

/**
 * Hands a complaint event to a running service's listener, as its Kafka container would (same method,
 * same transaction), for tests that start and stop the service by hand without its consumer.
 */
public final class ComplaintEventsDelivery {

    private ComplaintEventsDelivery() {
    }

    public static void deliver(ApplicationContext service, CloudEvent event) {
        service.getBean(ComplaintEventsListener.class).on(event);
    }
}
