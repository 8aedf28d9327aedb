package no.arsberetning.finance.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The service with the real demo file loaded through the real import path, for tests that only read: the
 * test classes extending it share one application context and one database, which none of them changes.
 */
@SpringBootTest(properties = {"spring.cloud.config.enabled=false", "arsberetning.demo.load=true",
        FinanceTestService.DEMO_FILES, "spring.mongodb.database=finance-demo-tests"})
@AutoConfigureMockMvc
public abstract class DemoDataContext {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> FinanceTestService.MONGO_URI);
    }

    @Autowired
    protected MockMvc mvc;
}
