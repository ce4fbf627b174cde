package org.complaintsplatform.contracts;

/**
 * Names of the platform's own topics. Partitions, retention, producers and consumers are declared
 * once in {@code topics.yaml} and read through {@link TopicRegistry}.
 */
public final class Topics {

    /** Internal: submissions with personal data, from intake to workflow; 7-day retention. */
    public static final String SUBMISSIONS = "complaints.submissions.v1";
    public static final String COMPLAINT_EVENTS = "complaints.complaint-events.v1";
    public static final String DEADLINE_EVENTS = "complaints.deadline-events.v1";
    public static final String NOTIFICATION_EVENTS = "complaints.notification-events.v1";

    private static final String DEAD_LETTER_SUFFIX = ".dlt";

    private Topics() {
    }

    public static String deadLetterTopicOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    public static boolean isDeadLetterTopic(String topic) {
        return topic.endsWith(DEAD_LETTER_SUFFIX);
    }
}
