package no.arsberetning.servicesgoals;

import no.arsberetning.common.testing.ServiceContractTests;

class ServicesGoalsServiceContractTests extends ServiceContractTests {

    ServicesGoalsServiceContractTests() {
        super("/api/service-areas");
    }
}
