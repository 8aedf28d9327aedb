package no.arsberetning.keyfigures;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.web.bind.annotation.RestController;

/** Feature packages without cycles, controllers that are no one else's API, and no floating point in what is stored. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.arsberetning.keyfigures");

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("no.arsberetning.keyfigures.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void controllersArePackagePrivate() {
        classes().that().areAnnotatedWith(RestController.class).should().notBePublic().check(classes);
    }

    @Test
    void storedDocumentsHoldNoFloatingPointNumbers() {
        fields().that().areDeclaredInClassesThat().areAnnotatedWith(Document.class)
                .should().notHaveRawType(double.class).andShould().notHaveRawType(float.class)
                .andShould().notHaveRawType(Double.class).andShould().notHaveRawType(Float.class)
                .check(classes);
    }
}
