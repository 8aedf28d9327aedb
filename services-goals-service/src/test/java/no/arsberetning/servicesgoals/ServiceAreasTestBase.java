package no.arsberetning.servicesgoals;

import no.arsberetning.common.testing.ServiceApiTests;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

/**
 * The service as it runs, on an in-memory MongoDB-compatible server, with the real demo files loaded
 * through the real import path and loader. One application context (and database) for all feature tests;
 * tests that change data restore what they rely on or use data no other test reads.
 */
@SpringBootTest(properties = {
        "arsberetning.demo.load=true",
        "arsberetning.demo.files=demo/2023/chapters-4-19-tables.json,demo/2023/chapters-4-19-goals.json,"
                + "demo/2023/chapters-4-19-explanations.json",
        "spring.mongodb.database=services-goals-tests"})
public abstract class ServiceAreasTestBase extends ServiceApiTests {

    protected static final String API = "/api/service-areas";
    protected static final String Y = API + "/2023";

    /** Every test starts with every section open (draft). */
    @BeforeEach
    void openAllSections() {
        mongo.dropCollection("section_states");
    }

    protected static JwtRequestPostProcessor staff() {
        return as("staff");
    }

    protected static JwtRequestPostProcessor controller() {
        return as("controller");
    }

    protected static JwtRequestPostProcessor reporter(String... areas) {
        return as("reporter", areas);
    }
}
