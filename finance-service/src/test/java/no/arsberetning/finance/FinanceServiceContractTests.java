package no.arsberetning.finance;

import no.arsberetning.common.testing.ServiceContractTests;

class FinanceServiceContractTests extends ServiceContractTests {

    FinanceServiceContractTests() {
        super("/api/finance");
    }
}
