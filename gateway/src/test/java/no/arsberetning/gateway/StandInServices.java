package no.arsberetning.gateway;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import no.arsberetning.common.security.KeycloakAuthorities;
import no.arsberetning.common.testing.TokenForge;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The four domain services stood in for by one local HTTP server (each service's path under its own prefix, as the
 * gateway calls it), for tests of what the gateway makes of their answers.
 */
public final class StandInServices {

    private final HttpServer server;

    /** What the stand-ins answer a request. */
    public interface Handler {
        void handle(HttpExchange exchange) throws IOException, InterruptedException;
    }

    public StandInServices(Handler handler) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/", exchange -> {
                try {
                    handler.handle(exchange);
                } catch (IOException | InterruptedException ignored) {
                    // the gateway gave up waiting and closed the connection
                } finally {
                    exchange.close();
                }
            });
            server.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Points every service of the gateway's configuration at the stand-ins. */
    public void register(DynamicPropertyRegistry registry) {
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        for (String name : List.of("finance", "hr", "climate", "services-goals")) {
            registry.add("arsberetning.services." + name, () -> url);
        }
    }

    /** Points every service at the stand-ins and the gateway's token check at the forge: real signed tokens. */
    public void register(DynamicPropertyRegistry registry, TokenForge forge) {
        register(registry);
        registry.add("arsberetning.issuer-uri", () -> TokenForge.ISSUER);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", forge::jwkSetUri);
    }

    public void stop() {
        server.stop(0);
    }

    /** The API segment a request was sent to: {@code finance}, {@code hr}, {@code climate}, {@code service-areas}. */
    public static String api(HttpExchange exchange) {
        return exchange.getRequestURI().getPath().split("/")[2];
    }

    public static void json(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** A caller with one realm role, as the gateway's token check would make it. */
    public static JwtMutator as(String role) {
        return SecurityMockServerConfigurers.mockJwt().jwt(j -> j.claim("realm_access", Map.of("roles", List.of(role))))
                .authorities(new KeycloakAuthorities());
    }
}
