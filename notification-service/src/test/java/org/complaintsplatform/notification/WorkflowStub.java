package org.complaintsplatform.notification;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.complaintsplatform.contracts.cloudevents.CloudEventCodec;
import org.complaintsplatform.contracts.correspondence.CorrespondenceDetails;

/**
 * A real HTTP server standing in for workflow-service's internal correspondence API: it checks the
 * service token, can fail a scripted number of times per complaint, and counts the calls.
 */
final class WorkflowStub implements AutoCloseable {

    static final String TOKEN = "test-service-token";
    private static final Pattern PATH = Pattern.compile("/internal/v1/tenants/([a-z0-9-]+)/complaints/([0-9a-f-]{36})/correspondence");

    private final HttpServer server;
    private final ObjectMapper json = CloudEventCodec.contractMapper();
    private final Map<UUID, CorrespondenceDetails> details = new ConcurrentHashMap<>();
    private final Map<UUID, Deque<Integer>> failures = new ConcurrentHashMap<>();
    private final Map<UUID, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final AtomicInteger rejectedTokens = new AtomicInteger();

    private WorkflowStub(HttpServer server) {
        this.server = server;
        server.createContext("/internal/v1/", this::handle);
        server.start();
    }

    static WorkflowStub start() {
        try {
            return new WorkflowStub(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
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

    int rejectedTokens() {
        return rejectedTokens.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
            if (!"GET".equals(exchange.getRequestMethod()) || !path.matches()) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (!TOKEN.equals(exchange.getRequestHeaders().getFirst(CorrespondenceDetails.SERVICE_TOKEN_HEADER))) {
                rejectedTokens.incrementAndGet();
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            UUID complaintId = UUID.fromString(path.group(2));
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

    @Override
    public void close() {
        server.stop(0);
    }
}
