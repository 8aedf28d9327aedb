package no.arsberetning.common.testing;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every domain service promises (brief §§ 2, 4, 9): the resource server's contract on
 * {@code GET <prefix>/years}, and the reporting years served from the database.
 */
public abstract class ServiceContractTests extends ResourceServerContractTests {

    private final String apiPrefix;

    protected ServiceContractTests(String apiPrefix) {
        super(apiPrefix + "/years");
        this.apiPrefix = apiPrefix;
    }

    @ParameterizedTest
    @ValueSource(strings = {"staff", "reporter", "controller", "admin"})
    void readersSeeTheDemoYearFromTheDatabase(String role) throws Exception {
        mvc.perform(get(apiPrefix + "/years").with(token(role, "skole")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].year").value(2023))
                .andExpect(jsonPath("$[0].registeredBy").value("demo-loader"));
    }
}
