package org.complaintsplatform.contracts.council;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Each council's topic pair. A council writes submissions to its inbound topic and reads its own
 * tenant's public complaint events from its outbound topic; Kafka ACLs keep it to its own pair.
 */
public final class CouncilTopics {

    /** Every council's inbound topic, and nothing else (not their dead-letter topics). */
    public static final String INBOUND_PATTERN = "council\\.[a-z0-9-]{2,40}\\.complaints\\.inbound\\.v1";

    private static final Pattern INBOUND = Pattern.compile("council\\.([a-z0-9-]{2,40})\\.complaints\\.inbound\\.v1");

    private CouncilTopics() {
    }

    public static String inbound(String tenantId) {
        return "council." + tenantId + ".complaints.inbound.v1";
    }

    public static String outbound(String tenantId) {
        return "council." + tenantId + ".complaints.outbound.v1";
    }

    /** The tenant whose inbound topic this is; empty for any other topic. */
    public static Optional<String> tenantOfInbound(String topic) {
        Matcher matcher = INBOUND.matcher(topic);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
