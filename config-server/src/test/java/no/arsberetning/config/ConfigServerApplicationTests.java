package no.arsberetning.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The config server serves the repository's own config-repo/: the shared file plus the program's file. */
@SpringBootTest(properties = "CONFIG_REPO_DIR=../config-repo")
@AutoConfigureMockMvc
class ConfigServerApplicationTests {

    private static final List<String> PROGRAMS = List.of("gateway", "finance-service", "hr-service",
            "climate-service", "services-goals-service");

    @Autowired
    MockMvc mvc;

    @Test
    void servesSharedAndProgramConfiguration() throws Exception {
        mvc.perform(get("/finance-service/default"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.propertySources[*].name", hasItem(endsWith("config-repo/finance-service.yml"))))
                .andExpect(jsonPath("$.propertySources[*].name", hasItem(endsWith("config-repo/application.yml"))));
    }

    @Test
    void everyProgramHasItsFile() {
        for (String program : PROGRAMS) {
            assertThat(Files.exists(Path.of("../config-repo", program + ".yml"))).as(program).isTrue();
        }
    }
}
