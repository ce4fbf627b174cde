package org.complaintsplatform.notification;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.contracts.correspondence.CorrespondenceDetails;
import org.complaintsplatform.securitysupport.audit.PersonalDataAccessLog;
import org.jspecify.annotations.Nullable;

/**
 * A real HTTP server standing in for workflow-service's internal correspondence API: like workflow, it
 * answers 401 unless the bearer token is signed by the issuer's key, unexpired and holds role
 * {@code service}; it can fail a scripted number of times per complaint, counts the calls and keeps who
 * called and why.
 */
final class WorkflowStub implements AutoCloseable {

    /** Who called with an accepted token, and the purpose they stated. */
    record Caller(String subject, @Nullable String reason) {
    }

    private static final Pattern PATH = Pattern.compile("/internal/v1/tenants/([a-z0-9-]+)/complaints/([0-9a-f-]{36})/correspondence");

    private final HttpServer server;
    private final URI jwkSetUri;
    private final ObjectMapper json = CloudEventCodec.contractMapper();
    private final Map<UUID, CorrespondenceDetails> details = new ConcurrentHashMap<>();
    private final Map<UUID, Deque<Integer>> failures = new ConcurrentHashMap<>();
    private final Map<UUID, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Map<UUID, AtomicInteger> rejectedTokens = new ConcurrentHashMap<>();
    private final Queue<Caller> callers = new ConcurrentLinkedQueue<>();

    private WorkflowStub(HttpServer server, URI jwkSetUri) {
        this.server = server;
        this.jwkSetUri = jwkSetUri;
        server.createContext("/internal/v1/", this::handle);
        server.start();
    }

    /** @param jwkSetUri the keys of the issuer whose tokens are accepted */
    static WorkflowStub start(URI jwkSetUri) {
        try {
            return new WorkflowStub(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0), jwkSetUri);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the workflow stub", e);
        }
    }

    String baseUrl() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    /** Answers with these details after first answering each of {@code failFirst} as a status code. */
    void knows(CorrespondenceDetails correspondence, int... failFirst) {
        Deque<Integer> statuses = new ArrayDeque<>();
        for (int status : failFirst) {
            statuses.add(status);
        }
        failures.put(correspondence.complaintId(), statuses);
        details.put(correspondence.complaintId(), correspondence);
    }

    int calls(UUID complaintId) {
        AtomicInteger count = calls.get(complaintId);
        return count == null ? 0 : count.get();
    }

    int rejectedTokens(UUID complaintId) {
        AtomicInteger count = rejectedTokens.get(complaintId);
        return count == null ? 0 : count.get();
    }

    List<Caller> callers() {
        return List.copyOf(callers);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
            if (!"GET".equals(exchange.getRequestMethod()) || !path.matches()) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            UUID complaintId = UUID.fromString(path.group(2));
            String subject = serviceSubject(exchange.getRequestHeaders().getFirst("Authorization"));
            if (subject == null) {
                rejectedTokens.computeIfAbsent(complaintId, id -> new AtomicInteger()).incrementAndGet();
                exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            callers.add(new Caller(subject, exchange.getRequestHeaders().getFirst(PersonalDataAccessLog.REASON_HEADER)));
            calls.computeIfAbsent(complaintId, id -> new AtomicInteger()).incrementAndGet();
            Integer failure = failures.getOrDefault(complaintId, new ArrayDeque<>()).poll();
            CorrespondenceDetails known = details.get(complaintId);
            if (failure != null || known == null || !known.tenantId().equals(path.group(1))) {
                exchange.sendResponseHeaders(failure != null ? failure : 404, -1);
                return;
            }
            byte[] body = json.writeValueAsString(known).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The token's subject if it is a valid service token; the key set is read each time, as calls are few. */
    private @Nullable String serviceSubject(@Nullable String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        try {
            SignedJWT token = SignedJWT.parse(authorization.substring("Bearer ".length()));
            JWK key = JWKSet.load(jwkSetUri.toURL()).getKeyByKeyId(token.getHeader().getKeyID());
            Date expiry = token.getJWTClaimsSet().getExpirationTime();
            List<String> roles = token.getJWTClaimsSet().getStringListClaim("roles");
            boolean valid = key instanceof RSAKey rsa && token.verify(new RSASSAVerifier(rsa))
                    && expiry != null && expiry.after(new Date())
                    && roles != null && roles.contains("service");
            return valid ? token.getJWTClaimsSet().getSubject() : null;
        } catch (ParseException | JOSEException | IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
