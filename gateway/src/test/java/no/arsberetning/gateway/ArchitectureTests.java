package no.arsberetning.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import no.arsberetning.common.testing.ArchitectureRules;

import org.junit.jupiter.api.Test;

/** The core's architecture rules for the gateway, and where its framework workarounds may be used. */
class ArchitectureTests extends ArchitectureRules {

    @Test
    void theFrameworkWorkaroundsAreUsedOnlyByTheSecurityConfiguration() {
        classes().that().resideInAPackage("..gateway.tuning..").should().onlyHaveDependentClassesThat()
                .resideInAnyPackage("..gateway.tuning..", "..gateway.security..").check(applicationClasses());
    }
}
