package no.arsberetning.finance.support;

import no.arsberetning.common.testing.ServiceApiTests;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The service with the real demo file loaded through the real import path, for tests that only read: the
 * test classes extending it share one application context and one database, which none of them changes.
 */
@SpringBootTest(properties = {"arsberetning.demo.load=true", DemoDataContext.DEMO_FILES,
        "spring.mongodb.database=finance-demo-tests"})
public abstract class DemoDataContext extends ServiceApiTests {

    /** The real demo file, loaded through the real import path as in production. */
    public static final String DEMO_FILES = "arsberetning.demo.files=demo/2023/chapter-1.json";
}
