package org.complaintsplatform.reporting.kafka;

import org.complaintsplatform.reporting.persistence.Projections;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the projection from the topic: stops the listener (it finishes its batch and commits), empties the
 * facts and this consumer's processed-event records in one transaction, then starts the listener again at
 * offset zero. Public topics keep every event, so the replay gives the same figures.
 */
@Component
public class ProjectionRebuild {

    private final KafkaListenerEndpointRegistry listeners;
    private final ComplaintEventsListener listener;
    private final Projections projections;
    private final TransactionTemplate transactions;

    ProjectionRebuild(KafkaListenerEndpointRegistry listeners, ComplaintEventsListener listener, Projections projections,
                      TransactionTemplate transactions) {
        this.listeners = listeners;
        this.listener = listener;
        this.projections = projections;
        this.transactions = transactions;
    }

    /** @return what was removed; the replay then runs in the background */
    public synchronized Projections.Cleared rebuild() {
        MessageListenerContainer container = listeners.getListenerContainer(ComplaintEventsListener.LISTENER_ID);
        if (container == null) {
            throw new IllegalStateException("no listener " + ComplaintEventsListener.LISTENER_ID);
        }
        container.stop();
        try {
            Projections.Cleared cleared = transactions.execute(status -> projections.clear(ComplaintEventsListener.CONSUMER));
            listener.replayFromStart();
            return cleared;
        } finally {
            container.start();
        }
    }
}
