package no.arsberetning.finance.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.MongoServer;
import no.arsberetning.common.security.KeycloakAuthorities;
import no.arsberetning.mongo.HelloAwareH2Backend;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

/** What the service's MockMvc tests share: an in-memory MongoDB-compatible server and tokens. */
public final class FinanceTestService {

    /** The real demo file, loaded through the real import path as in production. */
    public static final String DEMO_FILES = "arsberetning.demo.files=demo/2023/chapter-1.json";

    private static final MongoServer MONGO = new MongoServer(HelloAwareH2Backend.inMemory());
    public static final String MONGO_URI = MONGO.bindAndGetConnectionString();

    private FinanceTestService() {
    }

    /** A token as Keycloak issues it: realm role, service areas, and the subject as preferred_username. */
    public static JwtRequestPostProcessor as(String role, String... areas) {
        String user = areas.length > 0 ? role + "." + areas[0] : role;
        return jwt().jwt(j -> j.subject(user).claim("preferred_username", user)
                        .claim("realm_access", Map.of("roles", List.of(role)))
                        .claim("service_areas", List.of(areas)))
                .authorities(new KeycloakAuthorities());
    }
}
