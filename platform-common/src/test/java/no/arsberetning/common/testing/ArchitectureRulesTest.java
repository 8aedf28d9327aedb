package no.arsberetning.common.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import org.junit.jupiter.api.Test;

/** The layout rules judged on two small fixture services: one laid out as the rules say, one not. */
class ArchitectureRulesTest {

    private static final String COMPLIANT = "no.arsberetning.common.testing.fixtures.compliant";
    private static final String MISPLACED = "no.arsberetning.common.testing.fixtures.misplaced";

    private static final JavaClasses COMPLIANT_CLASSES = new ClassFileImporter().importPackages(COMPLIANT);
    private static final JavaClasses MISPLACED_CLASSES = new ClassFileImporter().importPackages(MISPLACED);

    @Test
    void aServiceLaidOutByConcernPassesTheLayoutRules() {
        assertThatCode(() -> {
            ServiceArchitectureRules.kitPlugInsLiveInTheirConcernPackage(COMPLIANT).check(COMPLIANT_CLASSES);
            ServiceArchitectureRules.topLevelPackagesAreNamedForWhatTheyHold(COMPLIANT).check(COMPLIANT_CLASSES);
            ArchitectureRules.featurePackagesHaveNoCycles(COMPLIANT).check(COMPLIANT_CLASSES);
        }).doesNotThrowAnyException();
    }

    @Test
    void aKitPlugInOutsideItsConcernPackageFailsAndIsNamed() {
        assertThatThrownBy(() -> ServiceArchitectureRules.kitPlugInsLiveInTheirConcernPackage(MISPLACED)
                .check(MISPLACED_CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(MISPLACED + ".orders.OrdersDemoLoader provides DemoFileLoader but is not in "
                        + MISPLACED + ".demo")
                .hasMessageContaining(MISPLACED + ".orders.OrderSections provides SectionCatalog but is not in "
                        + MISPLACED + ".cycle");
    }

    @Test
    void aPackageNamedForAConcernItDoesNotHoldOrARetiredNameFails() {
        assertThatThrownBy(() -> ServiceArchitectureRules.topLevelPackagesAreNamedForWhatTheyHold(MISPLACED)
                .check(MISPLACED_CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(MISPLACED + ".demo is named for a concern but holds none of [DemoFileLoader]")
                .hasMessageContaining(MISPLACED + ".chapter: the layout's name for that concern is cycle");
    }

    @Test
    void aRuleThatMatchesNoClassFails() {
        assertThatThrownBy(() -> ArchitectureRules.controllersArePackagePrivate().check(COMPLIANT_CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
        assertThatThrownBy(() -> ServiceArchitectureRules.storedNumbersAreExact().check(COMPLIANT_CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }
}
