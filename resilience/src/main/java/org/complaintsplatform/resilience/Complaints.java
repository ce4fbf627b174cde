package org.complaintsplatform.resilience;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives complaints of all five organisations through the platform as their portals and caseworkers would:
 * submitted, acknowledged (by the letter e-mail) where their procedure acknowledges, answered at Stage 1 after a
 * caseworker's pause, and every third one escalated to Stage 2.
 */
final class Complaints {

    private static final Logger log = LoggerFactory.getLogger(Complaints.class);
    static final List<String> TENANTS = List.of("core-assets", "cambridgeshire", "telford-wrekin", "bcp", "herefordshire");

    /** One complaint's journey: what the suite asked for and what the platform answered. */
    static final class Journey {
        final int number;
        final String tenant;
        final String idempotencyKey = UUID.randomUUID().toString();
        final boolean escalate;
        volatile @Nullable String complaintId;
        volatile boolean accepted;
        volatile boolean acknowledged;
        volatile boolean responded;
        volatile boolean escalated;
        volatile @Nullable String failure;

        Journey(int number) {
            this.number = number;
            this.tenant = TENANTS.get(number % TENANTS.size());
            this.escalate = number % 3 == 0;
        }

        String email() {
            return "complainant-" + number + "@example.org";
        }
    }

    private final Portal portal;
    private final List<Journey> journeys = new CopyOnWriteArrayList<>();
    private final AtomicInteger replayMismatches = new AtomicInteger();

    Complaints(Portal portal) {
        this.portal = portal;
    }

    List<Journey> journeys() {
        return List.copyOf(journeys);
    }

    /** How many journeys have begun. */
    int started() {
        return journeys.size();
    }

    /** Submissions sent again with the same key after their 202 whose answer named another complaint. */
    int replayMismatches() {
        return replayMismatches.get();
    }

    /** Starts one complaint every {@code interval} and returns when every journey has ended. */
    void drive(int count, Duration interval) throws InterruptedException {
        ExecutorService journeysRunning = Executors.newVirtualThreadPerTaskExecutor();
        for (int i = 0; i < count; i++) {
            Journey journey = new Journey(i);
            journeys.add(journey);
            journeysRunning.submit(() -> travel(journey));
            Thread.sleep(interval);
            if ((i + 1) % 20 == 0) {
                logProgress();
            }
        }
        journeysRunning.shutdown();
        while (!journeysRunning.awaitTermination(30, TimeUnit.SECONDS)) {
            logProgress();
        }
        logProgress();
    }

    private void logProgress() {
        log.info("complaints: {} started, {} accepted, {} acknowledged, {} responded, {} escalated, {} failed",
                journeys.size(), count(j -> j.accepted), count(j -> j.acknowledged), count(j -> j.responded),
                count(j -> j.escalated), count(j -> j.failure != null));
    }

    private long count(java.util.function.Predicate<Journey> which) {
        return journeys.stream().filter(which).count();
    }

    private void travel(Journey journey) {
        try {
            String body = """
                    {"feedbackType":"COMPLAINT","complainant":{"role":"PARENT","name":"Resilience Complainant %d",
                     "email":"%s","preferredContact":"EMAIL"},
                     "summary":"Complaint %d of the resilience suite: no reply to my calls for six weeks."}"""
                    .formatted(journey.number, journey.email(), journey.number);
            Portal.Answer answer = portal.submit(journey.tenant, journey.idempotencyKey, body);
            if (answer.status() != 202) {
                journey.failure = "submission answered " + answer.status() + ": " + answer.body();
                return;
            }
            String complaintId = answer.body().path("complaintId").asText();
            journey.complaintId = complaintId;
            journey.accepted = true;
            if (journey.number % 10 == 0) {
                // a portal that lost the 202 sends the same request again with the same key
                Portal.Answer again = portal.submit(journey.tenant, journey.idempotencyKey, body);
                if (!complaintId.equals(again.body().path("complaintId").asText())) {
                    replayMismatches.incrementAndGet();
                    log.error("complaint {}: the same Idempotency-Key answered {} then {}", journey.number, answer.body(), again.body());
                }
            }
            JsonNode registered = portal.awaitComplaint(journey.tenant, complaintId, c -> c.hasNonNull("status"));
            if (registered == null) {
                journey.failure = "not registered by workflow within " + Portal.PATIENCE;
                return;
            }
            // Core Assets' and Herefordshire's procedures acknowledge nothing: no acknowledgement due date
            if (registered.hasNonNull("acknowledgementDueOn")) {
                if (portal.awaitComplaint(journey.tenant, complaintId, c -> "ACKNOWLEDGED".equals(c.path("status").asText())) == null) {
                    journey.failure = "not acknowledged within " + Portal.PATIENCE;
                    return;
                }
                journey.acknowledged = true;
            }
            // the caseworker takes a while: many complaints are between steps when a fault comes
            Portal.pause(Duration.ofSeconds(5 + journey.number % 10));
            if (!portal.act(journey.tenant, complaintId, "responses",
                    "{\"stage\":1,\"findings\":[{\"point\":1,\"outcome\":\"PARTLY_UPHELD\"}]}",
                    c -> "RESPONDED".equals(c.path("status").asText()) && c.path("stage").asInt() == 1)) {
                journey.failure = "Stage 1 response not recorded within " + Portal.PATIENCE;
                return;
            }
            journey.responded = true;
            if (journey.escalate) {
                Portal.pause(Duration.ofSeconds(3 + journey.number % 5));
                if (!portal.act(journey.tenant, complaintId, "escalation-requests", "{\"toStage\":2}", Complaints::atStageTwo)) {
                    journey.failure = "escalation not recorded within " + Portal.PATIENCE;
                    return;
                }
                if (portal.awaitComplaint(journey.tenant, complaintId, Complaints::atStageTwo) == null) {
                    journey.failure = "not at Stage 2 within " + Portal.PATIENCE;
                    return;
                }
                journey.escalated = true;
            }
        } catch (RuntimeException e) {
            journey.failure = e.toString();
            log.error("complaint {} ({}) failed", journey.number, journey.tenant, e);
        }
    }

    private static boolean atStageTwo(JsonNode complaint) {
        return complaint.path("stage").asInt() == 2;
    }
}
