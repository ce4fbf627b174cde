package org.complaintsplatform.resilience;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.complaintsplatform.local.PlatformService;
import org.complaintsplatform.local.ProcessPlatform;
import org.jspecify.annotations.Nullable;

/**
 * What a portal and a caseworker's front end do over HTTP: tokens from the development issuer's
 * {@code POST /dev/tokens}, submissions with an {@code Idempotency-Key}, caseworker actions on workflow.
 * A request that fails to connect, times out or gets a 5xx is sent again, a submission with the SAME key
 * (as a portal must), until {@link #PATIENCE} has passed.
 */
final class Portal {

    /** How long a request keeps being retried: longer than a service restart on a busy machine. */
    static final Duration PATIENCE = Duration.ofMinutes(6);
    private static final List<String> ROLES = List.of("portal", "caseworker", "manager", "auditor");
    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(40);

    private final ProcessPlatform platform;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger retries = new AtomicInteger();

    private record Token(String value, Instant expires) {
    }

    /** The answer of a request that got one. */
    record Answer(int status, JsonNode body) {
        boolean ok() {
            return status / 100 == 2;
        }
    }

    Portal(ProcessPlatform platform) {
        this.platform = platform;
    }

    /** Requests sent again after a connection error, a timeout or a 5xx. */
    int retries() {
        return retries.get();
    }

    /** Submits until an answer other than a connection error or a 5xx comes, always with the same key. */
    Answer submit(String tenant, String idempotencyKey, String body) {
        return untilAnswered(() -> send(PlatformService.INTAKE, "POST", "/api/v1/tenants/" + tenant + "/submissions",
                tenant, body, Map.of("Idempotency-Key", idempotencyKey)));
    }

    /** The complaint as workflow shows it, waiting until {@code until} holds or {@link #PATIENCE} has passed. */
    @Nullable JsonNode awaitComplaint(String tenant, String complaintId, Predicate<JsonNode> until) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            Answer answer = tryComplaint(tenant, complaintId);
            if (answer != null && answer.ok() && until.test(answer.body())) {
                return answer.body();
            }
            pause(Duration.ofMillis(700));
        }
        return null;
    }

    /**
     * A caseworker action. Once a request may have reached workflow without its answer coming back, a
     * refusal (4xx) may mean it was already done: {@code done} on the complaint decides.
     *
     * @return true when the complaint shows the action done
     */
    boolean act(String tenant, String complaintId, String action, String body, Predicate<JsonNode> done) {
        Instant deadline = Instant.now().plus(PATIENCE);
        String path = "/api/v1/tenants/" + tenant + "/complaints/" + complaintId + "/" + action;
        boolean unsure = false;
        while (Instant.now().isBefore(deadline)) {
            try {
                Answer answer = send(PlatformService.WORKFLOW, "POST", path, tenant, body, Map.of());
                if (answer.ok()) {
                    return true;
                }
                if (answer.status() < 500 && !unsure) {
                    throw new IllegalStateException(action + " refused with " + answer.status() + ": " + answer.body());
                }
            } catch (IOException e) {
                // connection refused or reset, or no answer in time: it may or may not have been done
            }
            unsure = true;
            retries.incrementAndGet();
            Answer now = tryComplaint(tenant, complaintId);
            if (now != null && now.ok() && done.test(now.body())) {
                return true;
            }
            pause(Duration.ofSeconds(1));
        }
        return false;
    }

    private @Nullable Answer tryComplaint(String tenant, String complaintId) {
        try {
            return send(PlatformService.WORKFLOW, "GET", "/api/v1/tenants/" + tenant + "/complaints/" + complaintId,
                    tenant, null, Map.of());
        } catch (IOException e) {
            return null;
        }
    }

    private Answer untilAnswered(Request request) {
        Instant deadline = Instant.now().plus(PATIENCE);
        IOException last = null;
        Answer answer = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                answer = request.send();
                if (answer.status() < 500) {
                    return answer;
                }
            } catch (IOException e) {
                last = e;
            }
            retries.incrementAndGet();
            pause(Duration.ofSeconds(1));
        }
        if (answer != null) {
            return answer;
        }
        throw new IllegalStateException("no answer for " + PATIENCE, last);
    }

    @FunctionalInterface
    private interface Request {
        Answer send() throws IOException;
    }

    private Answer send(PlatformService service, String method, String path, String tenant, @Nullable String body,
                        Map<String, String> headers) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.url(service) + path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token(tenant))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode answer = response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
            return new Answer(response.statusCode(), answer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException("not JSON from " + path, e);
        }
    }

    /** A member of the tenant's complaints team, as a front end gets one from the issuer's {@code POST /dev/tokens}. */
    private String token(String tenant) throws IOException {
        Token token = tokens.get(tenant);
        if (token == null || Instant.now().isAfter(token.expires())) {
            String request = json.writeValueAsString(Map.of("subject", "resilience-" + tenant, "tenant", tenant, "roles", ROLES));
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                URI.create(platform.issuer().issuerUri() + "/dev/tokens"))
                        .POST(HttpRequest.BodyPublishers.ofString(request)).build(), HttpResponse.BodyHandlers.ofString());
                token = new Token(json.readTree(response.body()).path("access_token").asText(), Instant.now().plus(TOKEN_LIFETIME));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            tokens.put(tenant, token);
        }
        return token.value();
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
