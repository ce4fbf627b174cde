package org.complaintsplatform.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;

/**
 * A development OAuth2 issuer, for tests and the local platform only: it signs whatever a caller asks for.
 * It serves its JWK set, client credentials for the platform's own clients (one shared secret) and, for
 * the README's walkthrough, {@code POST /dev/tokens} with {@code {"subject","tenant","roles"}}. Its key
 * is generated at start, so tokens do not survive a restart.
 */
public final class DevelopmentIssuer implements AutoCloseable {

    /** The audience every service expects in a token. */
    public static final String AUDIENCE = "complaints-platform";
    /** Client ids and the roles their tokens carry: the platform's services, and Prometheus for scraping. */
    public static final Map<String, List<String>> CLIENTS = Map.of(
            "intake-service", List.of("service"),
            "workflow-service", List.of("service"),
            "deadline-service", List.of("service"),
            "notification-service", List.of("service"),
            "reporting-service", List.of("service"),
            "prometheus", List.of("monitoring"));
    private static final Duration LIFETIME = Duration.ofHours(1);

    private final HttpServer server;
    private final RSAKey key;
    private final JWSSigner signer;
    private final String serviceClientSecret;
    private final Clock clock;

    private DevelopmentIssuer(HttpServer server, RSAKey key, String serviceClientSecret, Clock clock) throws JOSEException {
        this.server = server;
        this.key = key;
        this.signer = new RSASSASigner(key);
        this.serviceClientSecret = serviceClientSecret;
        this.clock = clock;
    }

    /** @param port 0 for a free port */
    public static DevelopmentIssuer start(int port, String serviceClientSecret) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
            RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            DevelopmentIssuer issuer = new DevelopmentIssuer(server, key, serviceClientSecret, Clock.systemUTC());
            server.createContext("/.well-known/openid-configuration", issuer::discovery);
            server.createContext("/oauth2/jwks", issuer::jwks);
            server.createContext("/oauth2/token", issuer::clientCredentials);
            server.createContext("/dev/tokens", issuer::devToken);
            server.setExecutor(Executors.newFixedThreadPool(2, runnable -> {
                Thread thread = new Thread(runnable, "development-issuer");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            return issuer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot create the development signing key", e);
        }
    }

    public String issuerUri() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    public String jwkSetUri() {
        return issuerUri() + "/oauth2/jwks";
    }

    public String tokenUri() {
        return issuerUri() + "/oauth2/token";
    }

    /**
     * What a service's configuration reads to trust this issuer and, for calls to other services, to get its
     * own token from it; the names are the environment variables a deployment sets.
     */
    public Map<String, String> serviceProperties() {
        return Map.of(
                "COMPLAINTS_JWT_ISSUER_URI", issuerUri(),
                "COMPLAINTS_JWT_JWK_SET_URI", jwkSetUri(),
                "COMPLAINTS_TOKEN_URI", tokenUri(),
                "COMPLAINTS_SERVICE_CLIENT_SECRET", serviceClientSecret);
    }

    /**
     * A signed access token for a person of one organisation.
     *
     * @param tenant absent for platform administrators, who belong to no organisation
     */
    public String token(String subject, @Nullable String tenant, List<String> roles) {
        return token(subject, tenant, roles, clock.instant(), LIFETIME);
    }

    /** A token signed by this issuer's key but already expired, for tests of the refusal. */
    public String expiredToken(String subject, String tenant, List<String> roles) {
        return token(subject, tenant, roles, clock.instant().minus(Duration.ofHours(2)), Duration.ofMinutes(5));
    }

    private String token(String subject, @Nullable String tenant, List<String> roles, Instant issuedAt, Duration lifetime) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuerUri())
                .subject(subject)
                .audience(AUDIENCE)
                .issueTime(Date.from(issuedAt))
                .notBeforeTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", roles);
        if (tenant != null) {
            claims.claim("tenant", tenant);
        }
        return sign(claims.build());
    }

    private String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a development token", e);
        }
    }

    private void discovery(HttpExchange exchange) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuerUri());
        document.put("jwks_uri", jwkSetUri());
        document.put("token_endpoint", tokenUri());
        document.put("grant_types_supported", List.of("client_credentials"));
        document.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("subject_types_supported", List.of("public"));
        document.put("response_types_supported", List.of("token"));
        respond(exchange, 200, JSONObjectUtils.toJSONString(document));
    }

    private void jwks(HttpExchange exchange) throws IOException {
        respond(exchange, 200, new JWKSet(key.toPublicJWK()).toString());
    }

    /** RFC 6749 section 4.4, with client_secret_basic or client_secret_post. */
    private void clientCredentials(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            respond(exchange, 405, error("invalid_request"));
            return;
        }
        Map<String, String> form = form(read(exchange.getRequestBody()));
        String[] client = basicCredentials(exchange);
        String clientId = client != null ? client[0] : form.get("client_id");
        String secret = client != null ? client[1] : form.get("client_secret");
        if (!"client_credentials".equals(form.get("grant_type"))) {
            respond(exchange, 400, error("unsupported_grant_type"));
        } else if (clientId == null || secret == null || !CLIENTS.containsKey(clientId) || !same(secret, serviceClientSecret)) {
            respond(exchange, 401, error("invalid_client"));
        } else {
            respond(exchange, 200, tokenResponse(token(clientId, null, CLIENTS.get(clientId))));
        }
    }

    private void devToken(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            respond(exchange, 405, error("invalid_request"));
            return;
        }
        try {
            Map<String, Object> request = JSONObjectUtils.parse(read(exchange.getRequestBody()));
            String subject = JSONObjectUtils.getString(request, "subject");
            String tenant = JSONObjectUtils.getString(request, "tenant");
            List<String> roles = JSONObjectUtils.getStringList(request, "roles");
            if (subject == null || subject.isBlank() || roles == null || roles.contains("service")) {
                respond(exchange, 400, error("invalid_request"));
                return;
            }
            respond(exchange, 200, tokenResponse(token(subject, tenant, roles)));
        } catch (ParseException e) {
            respond(exchange, 400, error("invalid_request"));
        }
    }

    private static String tokenResponse(String token) {
        return JSONObjectUtils.toJSONString(Map.of(
                "access_token", token, "token_type", "Bearer", "expires_in", LIFETIME.toSeconds()));
    }

    private static String error(String code) {
        return JSONObjectUtils.toJSONString(Map.of("error", code));
    }

    private static String @Nullable [] basicCredentials(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.startsWith("Basic ")) {
            return null;
        }
        String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return null;
        }
        return new String[]{URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)};
    }

    private static Map<String, String> form(String body) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static String read(InputStream body) throws IOException {
        return new String(body.readNBytes(64 * 1024), StandardCharsets.UTF_8);
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
