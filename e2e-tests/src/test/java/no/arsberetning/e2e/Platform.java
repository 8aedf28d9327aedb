package no.arsberetning.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The platform under test, as {@code ./platform up} started it: ports shifted by {@code PORT_OFFSET},
 * generated credentials in {@code PLATFORM_STATE_DIR/credentials}.
 */
public final class Platform {

    static final int OFFSET = Integer.parseInt(env("PORT_OFFSET", "0"));
    static final Path STATE = Path.of(env("PLATFORM_STATE_DIR", "../.platform"));

    public static final URI GATEWAY = local(8080);
    static final URI KEYCLOAK = local(8180);
    static final String ISSUER = KEYCLOAK + "/realms/arsberetning";

    /** The four domain services: API path segment and their own (direct) port. */
    enum Service {
        FINANCE("finance", 8081),
        HR("hr", 8082),
        CLIMATE("climate", 8083),
        SERVICES_GOALS("service-areas", 8084);

        final String api;
        final URI direct;

        Service(String api, int port) {
            this.api = api;
            this.direct = local(port);
        }

        String yearsPath() {
            return "/api/" + api + "/years";
        }
    }

    /**
     * The national key-figure store (key-figures-service): not a report chapter, so not a {@link Service} — it has
     * no reporting years, tables or releases — but a program of the platform, reached the same two ways.
     */
    public static final URI KEY_FIGURES = local(8085);
    static final String KEY_FIGURES_API = "/api/key-figures";

    /** The config server: internal (loopback here, the cluster's network elsewhere), without tokens. */
    static final URI CONFIG_SERVER = local(8888);

    static final List<String> DEMO_USERS = List.of("staff", "controller", "admin", "committee", "reporter.skole",
            "reporter.helse");

    private static Map<String, String> credentials;

    private Platform() {
    }

    public static String password(String user) {
        return credential("user." + user);
    }

    static String clientSecret(String clientId) {
        return credential("client." + clientId);
    }

    static String keycloakAdminPassword() {
        return credential("keycloak-admin");
    }

    private static synchronized String credential(String key) {
        if (credentials == null) {
            credentials = new HashMap<>();
            try {
                for (String line : Files.readAllLines(STATE.resolve("credentials"))) {
                    int eq = line.indexOf('=');
                    if (!line.startsWith("#") && eq > 0) {
                        credentials.put(line.substring(0, eq), line.substring(eq + 1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("No credentials: has ./platform up run with this state folder?", e);
            }
        }
        String value = credentials.get(key);
        if (value == null) {
            throw new IllegalStateException("No " + key + " in " + STATE.resolve("credentials"));
        }
        return value;
    }

    static URI local(int defaultPort) {
        return URI.create("http://localhost:" + (defaultPort + OFFSET));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
