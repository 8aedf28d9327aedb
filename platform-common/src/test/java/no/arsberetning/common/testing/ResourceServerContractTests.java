package no.arsberetning.common.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.MongoServer;
import no.arsberetning.common.security.KeycloakAuthorities;
import no.arsberetning.mongo.HelloAwareH2Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What every service of the platform promises as a resource server (brief §§ 2, 4), run against the service's own
 * application context with an in-memory MongoDB-compatible server: open health, 401 without a token (as a problem
 * document), reading for reader roles only — never the committee — and forged tokens refused, all on one of its
 * read paths; metrics for the monitoring role only, and the caller's trace id in the access log. The real token checks (signature, issuer, audience, expiry) are proven end to end against Keycloak.
 */
@SpringBootTest(properties = {"spring.cloud.config.enabled=false", "arsberetning.demo.load=true"})
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
public abstract class ResourceServerContractTests {

    private static final MongoServer MONGO = new MongoServer(HelloAwareH2Backend.inMemory());
    private static final String MONGO_URI = MONGO.bindAndGetConnectionString();

    /**
     * Its key set answers after a second, longer than Nimbus's default read limit (500 ms): every service must
     * fetch the realm's keys within the platform's own limits ({@code arsberetning.keys.*}), or a busy Keycloak
     * gets valid tokens refused.
     */
    private static final TokenForge FORGE = new TokenForge(Duration.ofSeconds(1));

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO_URI);
        registry.add("arsberetning.issuer-uri", () -> TokenForge.ISSUER);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", FORGE::jwkSetUri);
    }

    @Autowired
    protected MockMvc mvc;

    private final String readPath;

    /** @param readPath a GET every reader may make (the service's data, not a health or documentation path) */
    protected ResourceServerContractTests(String readPath) {
        this.readPath = readPath;
    }

    protected static JwtRequestPostProcessor token(String role, String... areas) {
        return jwt().jwt(j -> j
                        .claim("preferred_username", "test." + role)
                        .claim("realm_access", Map.of("roles", List.of(role)))
                        .claim("service_areas", List.of(areas)))
                .authorities(new KeycloakAuthorities());
    }

    @Test
    void healthIsOpen() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void withoutTokenIsUnauthorizedProblem() throws Exception {
        mvc.perform(get(readPath))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staff", "reporter", "controller", "admin"})
    void readersMayRead(String role) throws Exception {
        mvc.perform(get(readPath).with(token(role, "skole"))).andExpect(status().isOk());
    }

    @Test
    void committeeReadsPublishedReleasesOnlyNotWorkingData() throws Exception {
        mvc.perform(get(readPath).with(token("committee")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aTokenWithoutPlatformRolesIsForbidden() throws Exception {
        mvc.perform(get(readPath).with(jwt()))
                .andExpect(status().isForbidden());
    }

    /** A well-formed token from the trusted issuer is accepted: the refusals below are about what is forged. */
    @Test
    void aRealBearerTokenIsDecodedAndAccepted() throws Exception {
        mvc.perform(get(readPath).header("Authorization", "Bearer " + FORGE.signed(TokenForge.claims("staff"))))
                .andExpect(status().isOk());
    }

    static Stream<Arguments> forgedTokens() {
        return FORGE.forgedTokens("staff");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgedTokens")
    void aForgedTokenIsRefused(String what, String token) throws Exception {
        mvc.perform(get(readPath).header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void metricsAreRefusedWithoutATokenAndToEveryRoleButMonitoring() throws Exception {
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        for (String role : List.of("staff", "reporter", "controller", "committee", "admin")) {
            mvc.perform(get("/actuator/prometheus").with(token(role, "skole"))).andExpect(status().isForbidden());
        }
    }

    @Test
    void monitoringReadsTheRequestMetricsOfTheServicesPaths() throws Exception {
        mvc.perform(get(readPath).with(token("staff", "skole"))).andExpect(status().isOk());

        mvc.perform(get("/actuator/prometheus").with(token("monitoring")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("http_server_requests_seconds_count{")))
                .andExpect(content().string(containsString("status=\"200\"")));
    }

    @Test
    void monitoringReadsNothingButTheMetrics() throws Exception {
        mvc.perform(get(readPath).with(token("monitoring"))).andExpect(status().isForbidden());
    }

    /** The W3C trace context a caller sends is the request's: its trace id is in the service's access log line. */
    @Test
    void theTraceIdOfTheCallersTraceparentIsInTheAccessLog(CapturedOutput output) throws Exception {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        mvc.perform(get(readPath).with(token("staff", "skole"))
                        .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-00"))
                .andExpect(status().isOk());

        assertThat(output.getOut()).containsPattern(traceId + ".*GET " + Pattern.quote(readPath.split("\\?")[0]) + " 200 ");
    }

    @Test
    void writesNeedATokenToo() throws Exception {
        mvc.perform(post(readPath).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }
}
