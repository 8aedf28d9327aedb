package no.arsberetning.finance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.web.bind.annotation.RestController;

/** The service's feature packages: small, package-private controllers, no cycles, the report on top. */
@AnalyzeClasses(packages = "no.arsberetning.finance", importOptions = ImportOption.DoNotIncludeTests.class)
class FinanceArchitectureTests {

    @ArchTest
    static final ArchRule controllersArePackagePrivate = classes().that().areAnnotatedWith(RestController.class)
            .should().notHaveModifier(JavaModifier.PUBLIC);

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices().matching("no.arsberetning.finance.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule nothingDependsOnTheReportOrTheChecks = noClasses()
            .that().resideOutsideOfPackages("..finance.report..", "..finance.checks..")
            .should().dependOnClassesThat().resideInAnyPackage("..finance.report..", "..finance.checks..");
}
