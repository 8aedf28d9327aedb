package no.arsberetning.common.testing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.Test;

/**
 * The platform's architecture as rules, run by every service and the gateway through the core's test jar: a
 * one-line subclass in the application's root package ({@code class ArchitectureTests extends
 * ServiceArchitectureRules {}}). These are the rules every application keeps; {@link ServiceArchitectureRules} adds
 * the services' layout. Each rule fails when it matches no class (ArchUnit's {@code failOnEmptyShould}).
 */
public abstract class ArchitectureRules {

    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    /** The application's root package: the subclass's own. */
    protected final String root() {
        return getClass().getPackageName();
    }

    /** The application's production classes (tests excluded), imported once per root package. */
    protected final JavaClasses applicationClasses() {
        return IMPORTED.computeIfAbsent(root(), root -> new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root));
    }

    @Test
    public void featurePackagesHaveNoCycles() {
        featurePackagesHaveNoCycles(root()).check(applicationClasses());
    }

    @Test
    public void controllersAreNoOneElsesApi() {
        controllersArePackagePrivate().check(applicationClasses());
    }

    @Test
    public void dependenciesAreInjectedThroughConstructors() {
        NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(applicationClasses());
    }

    @Test
    public void noApplicationDependsOnAnother() {
        noDependencyOnAnotherApplication(root()).check(applicationClasses());
    }

    /** No cycle between the top-level packages below {@code root}. */
    public static ArchRule featurePackagesHaveNoCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /** A controller is reached over HTTP, never called: no other class sees it. */
    public static ArchRule controllersArePackagePrivate() {
        return classes().that().areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
                .should().notBePublic();
    }

    /**
     * An application uses the core ({@code no.arsberetning.common}) and itself, never another application's classes
     * (they talk over HTTP).
     */
    public static ArchRule noDependencyOnAnotherApplication(String root) {
        String platform = root.substring(0, root.lastIndexOf('.'));
        return noClasses().that().resideInAPackage(root + "..").should().dependOnClassesThat(
                resideInAPackage(platform + "..").and(not(resideInAnyPackage(root + "..", platform + ".common.."))));
    }
}
