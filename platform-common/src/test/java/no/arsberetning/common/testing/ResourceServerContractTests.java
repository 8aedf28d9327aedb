package no.arsberetning.common.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;

/**
 * What every service of the platform promises as a resource server (brief §§ 2, 4), run against the service's own
 * application context with an in-memory MongoDB-compatible server: open health, 401 without a token (as a problem
 * document), reading for reader roles only — never the committee — and forged tokens refused, all on one of its
 * read paths. The real token checks (signature, issuer, audience, expiry) are proven end to end against Keycloak.
 */
@SpringBootTest(properties = {"arsberetning.demo.load=true", "spring.mongodb.database=resource-server-contract"})
public abstract class ResourceServerContractTests extends ServiceApiTests {

    private final String readPath;

    /** @param readPath a GET every reader may make (the service's data, not a health or documentation path) */
    protected ResourceServerContractTests(String readPath) {
        this.readPath = readPath;
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
        mvc.perform(get(readPath).with(as(role, "skole"))).andExpect(status().isOk());
    }

    @Test
    void committeeReadsPublishedReleasesOnlyNotWorkingData() throws Exception {
        mvc.perform(get(readPath).with(as("committee")))
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
    void writesNeedATokenToo() throws Exception {
        mvc.perform(post(readPath).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }
}
