package no.arsberetning.keyfigures;

import no.arsberetning.common.testing.ResourceServerContractTests;

/** The platform's resource-server contract on the store's peer groups (the committee reads releases only, never these). */
class KeyFiguresContractTests extends ResourceServerContractTests {

    KeyFiguresContractTests() {
        super("/api/key-figures/groups");
    }
}
