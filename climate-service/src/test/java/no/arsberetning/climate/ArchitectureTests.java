package no.arsberetning.climate;

import no.arsberetning.common.testing.ServiceArchitectureRules;

/** The core's architecture rules and the services' one layout, for this service. */
class ArchitectureTests extends ServiceArchitectureRules {
}
