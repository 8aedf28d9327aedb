package no.arsberetning.hr;

import no.arsberetning.common.testing.ServiceContractTests;

class HrServiceContractTests extends ServiceContractTests {

    HrServiceContractTests() {
        super("/api/hr");
    }
}
