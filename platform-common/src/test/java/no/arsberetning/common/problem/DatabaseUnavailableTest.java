package no.arsberetning.common.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A database that is down is a 503 problem a client may retry, and the driver gives up quickly. */
class DatabaseUnavailableTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing())
            .setControllerAdvice(new ProblemExceptionHandler(), new DatabaseUnavailableHandler())
            .build();

    @Test
    void aDatabaseThatCannotBeReachedIsA503ProblemWithRetryAfter() throws Exception {
        for (String path : new String[] { "/resource-failure", "/query-timeout", "/driver-timeout" }) {
            mvc.perform(get(path))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(header().string("Retry-After", "5"))
                    .andExpect(jsonPath("$.type").value(Problems.TYPE_BASE + "service-unavailable"))
                    .andExpect(jsonPath("$.status").value(503))
                    .andExpect(jsonPath("$.title").value("Midlertidig utilgjengelig"));
        }
    }

    @Test
    void otherErrorsAreNotMistakenForAnOutage() throws Exception {
        mvc.perform(get("/not-found")).andExpect(status().isNotFound());
    }

    @Test
    void theShortTimeoutsWinOverTheConnectionStringAndTheDriverDefaults() {
        MongoClientSettings.Builder builder = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://localhost:1/x?serverSelectionTimeoutMS=30000"));
        new MongoTimeoutsAutoConfiguration()
                .mongoTimeouts(new MongoTimeoutsAutoConfiguration.MongoTimeouts(Duration.ofMillis(750),
                        Duration.ofMillis(500), Duration.ofSeconds(10)))
                .customize(builder);
        MongoClientSettings settings = builder.build();
        assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS)).isEqualTo(750);
        assertThat(settings.getSocketSettings().getConnectTimeout(TimeUnit.MILLISECONDS)).isEqualTo(500);
        assertThat(settings.getSocketSettings().getReadTimeout(TimeUnit.MILLISECONDS)).isEqualTo(10_000);
    }

    @RestController
    static class Failing {

        @GetMapping("/resource-failure")
        String resourceFailure() {
            throw new DataAccessResourceFailureException("Timed out after 750 ms while waiting for a server");
        }

        @GetMapping("/query-timeout")
        String queryTimeout() {
            throw new QueryTimeoutException("read timed out");
        }

        @GetMapping("/driver-timeout")
        String driverTimeout() {
            throw new MongoTimeoutException("Timed out while waiting for a server");
        }

        @GetMapping("/not-found")
        String notFound() {
            throw new java.util.NoSuchElementException("Ingen slik tabell");
        }
    }
}
