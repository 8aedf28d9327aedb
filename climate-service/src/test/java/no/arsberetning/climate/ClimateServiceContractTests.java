package no.arsberetning.climate;

import no.arsberetning.common.testing.ServiceContractTests;

class ClimateServiceContractTests extends ServiceContractTests {

    ClimateServiceContractTests() {
        super("/api/climate");
    }
}
