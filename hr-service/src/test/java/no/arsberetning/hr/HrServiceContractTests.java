package no.arsberetning.hr;

import no.arsberetning.common.testing.ServiceContractTests;
import org.springframework.test.context.TestPropertySource;

/** The demo year loaded, so that the next year can be opened from it. */
@TestPropertySource(properties = "arsberetning.demo.files=demo/2023/chapter-2.json")
class HrServiceContractTests extends ServiceContractTests {

    HrServiceContractTests() {
        super("/api/hr");
    }
}
