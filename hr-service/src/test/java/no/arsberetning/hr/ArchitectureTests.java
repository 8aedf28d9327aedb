package no.arsberetning.hr;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

/** The service's structure as rules: feature packages, hidden controllers, exact numbers. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.arsberetning.hr");

    @Test
    void controllersArePackagePrivate() {
        classes().that().areAnnotatedWith(RestController.class).should().notBePublic().check(CLASSES);
    }

    @Test
    void numbersAreNeverFloatingPoint() {
        noFields().should().haveRawType(double.class).orShould().haveRawType(float.class)
                .orShould().haveRawType(Double.class).orShould().haveRawType(Float.class).check(CLASSES);
    }

    @Test
    void onlyTheReportAndTheChecksSeeEveryFeature() {
        noClasses().that().resideOutsideOfPackages("..hr.report..", "..hr.checks..")
                .should().dependOnClassesThat().resideInAnyPackage("..hr.report..", "..hr.checks..")
                .check(CLASSES);
    }
}
