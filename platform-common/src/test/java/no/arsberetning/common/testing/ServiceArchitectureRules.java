package no.arsberetning.common.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import no.arsberetning.common.checks.CheckRule;
import no.arsberetning.common.checks.SharedFigures;
import no.arsberetning.common.dashboard.DashboardParts;
import no.arsberetning.common.demo.DemoFileLoader;
import no.arsberetning.common.figures.KeptFigures;
import no.arsberetning.common.report.ChapterReport;
import no.arsberetning.common.restatements.RestatedValues;
import no.arsberetning.common.tables.TablePlacement;
import no.arsberetning.common.tables.WritePolicy;
import no.arsberetning.common.workflow.SectionCatalog;
import no.arsberetning.common.years.CarryOver;

import org.junit.jupiter.api.Test;

/**
 * A service's architecture: {@link ArchitectureRules} and the one layout every service shares. A service plugs into
 * the core's kit by implementing its interfaces; each kind of plug-in has one top-level package of the service
 * (docs/service-guide.md, «Layout»):
 *
 * <ul>
 *   <li>{@code checks}: {@link CheckRule}, {@link SharedFigures};</li>
 *   <li>{@code cycle}: {@link TablePlacement}, {@link WritePolicy}, {@link SectionCatalog} (the chapter's sections and
 *       tables, who may write);</li>
 *   <li>{@code dashboard}: {@link DashboardParts};</li>
 *   <li>{@code demo}: {@link DemoFileLoader} (and the records of a demo file);</li>
 *   <li>{@code report}: {@link ChapterReport};</li>
 *   <li>{@code years}: {@link CarryOver}, {@link RestatedValues}, {@link KeptFigures}.</li>
 * </ul>
 *
 * Every other top-level package is a domain feature and may not take one of these names, nor a name the layout
 * retired for one of them ({@link #RETIRED}).
 */
public abstract class ServiceArchitectureRules extends ArchitectureRules {

    /** Each concern package and the kit interfaces whose implementations live there. */
    public static final Map<String, List<Class<?>>> CONCERNS = concerns();

    /** Names that other services used for a concern, and the concern's one name. */
    public static final Map<String, String> RETIRED = Map.of("chapter", "cycle", "access", "cycle", "sections", "cycle",
            "workflow", "cycle", "rules", "checks", "dashboards", "dashboard", "reports", "report",
            "carryover", "years", "restatements", "years", "seed", "demo");

    @Test
    public void kitPlugInsLiveInTheirConcernPackage() {
        kitPlugInsLiveInTheirConcernPackage(root()).check(applicationClasses());
    }

    @Test
    public void aTopLevelPackageNamedForAConcernHoldsThatConcern() {
        topLevelPackagesAreNamedForWhatTheyHold(root()).check(applicationClasses());
    }

    @Test
    public void onlyTheReportTheChecksAndTheDashboardSeeEveryFeature() {
        reportChecksAndDashboardAreOnTop(root()).check(applicationClasses());
    }

    @Test
    public void storedNumbersAreNeverFloatingPoint() {
        storedNumbersAreExact().check(applicationClasses());
    }

    /**
     * A class that implements a kit interface, or declares a {@code @Bean} method that makes one, lives in that
     * concern's top-level package.
     */
    public static ArchRule kitPlugInsLiveInTheirConcernPackage(String root) {
        return classes().should(new ArchCondition<JavaClass>("live in the concern package of the kit interfaces they provide") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                Optional<String> topLevel = topLevelPackage(root, type);
                for (Map.Entry<String, List<Class<?>>> concern : CONCERNS.entrySet()) {
                    for (Class<?> plugIn : concern.getValue()) {
                        boolean provides = !type.isInterface() && type.isAssignableTo(plugIn)
                                || type.getMethods().stream().anyMatch(m -> makesBean(m, plugIn));
                        if (provides && !topLevel.equals(Optional.of(concern.getKey()))) {
                            events.add(SimpleConditionEvent.violated(type, type.getName() + " provides "
                                    + plugIn.getSimpleName() + " but is not in " + root + "." + concern.getKey()));
                        }
                    }
                }
            }
        });
    }

    /**
     * A top-level package named for a concern holds at least one of its plug-ins (a {@code demo} package is where the
     * demo loader is, not something else), and no top-level package has a name the layout retired.
     */
    public static ArchRule topLevelPackagesAreNamedForWhatTheyHold(String root) {
        return classes().should(new ArchCondition<JavaClass>("be in top-level packages named for what they hold") {
            private final Set<String> named = new TreeSet<>();
            private final Set<String> holding = new TreeSet<>();

            @Override
            public void check(JavaClass type, ConditionEvents events) {
                topLevelPackage(root, type).ifPresent(name -> {
                    String retiredFor = RETIRED.get(name);
                    if (retiredFor != null) {
                        events.add(SimpleConditionEvent.violated(type, type.getName() + " is in " + root + "." + name
                                + ": the layout's name for that concern is " + retiredFor));
                    }
                    List<Class<?>> plugIns = CONCERNS.get(name);
                    if (plugIns != null) {
                        named.add(name);
                        if (plugIns.stream().anyMatch(p -> !type.isInterface() && type.isAssignableTo(p)
                                || type.getMethods().stream().anyMatch(m -> makesBean(m, p)))) {
                            holding.add(name);
                        }
                    }
                });
            }

            @Override
            public void finish(ConditionEvents events) {
                named.stream().filter(name -> !holding.contains(name)).forEach(name -> events.add(
                        SimpleConditionEvent.violated(name, root + "." + name + " is named for a concern but holds "
                                + "none of " + CONCERNS.get(name).stream().map(Class::getSimpleName).toList())));
            }
        });
    }

    /**
     * The report, the checks and the dashboard read every feature; no feature reads them (the features stay
     * independent of how they are published and checked).
     */
    public static ArchRule reportChecksAndDashboardAreOnTop(String root) {
        String[] top = {root + ".report..", root + ".checks..", root + ".dashboard.."};
        return noClasses().that().resideOutsideOfPackages(top).should().dependOnClassesThat().resideInAnyPackage(top);
    }

    /** Money and counts are exact: no field of a stored document is a floating-point number. */
    public static ArchRule storedNumbersAreExact() {
        return fields().that().areDeclaredInClassesThat()
                .areAnnotatedWith("org.springframework.data.mongodb.core.mapping.Document")
                .should().notHaveRawType(double.class).andShould().notHaveRawType(float.class)
                .andShould().notHaveRawType(Double.class).andShould().notHaveRawType(Float.class);
    }

    private static Optional<String> topLevelPackage(String root, JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(root + ".")) {
            return Optional.empty();
        }
        String below = name.substring(root.length() + 1);
        int dot = below.indexOf('.');
        return Optional.of(dot < 0 ? below : below.substring(0, dot));
    }

    private static boolean makesBean(JavaMethod method, Class<?> plugIn) {
        return method.isAnnotatedWith("org.springframework.context.annotation.Bean")
                && method.getRawReturnType().isAssignableTo(plugIn);
    }

    private static Map<String, List<Class<?>>> concerns() {
        Map<String, List<Class<?>>> concerns = new LinkedHashMap<>();
        concerns.put("checks", List.of(CheckRule.class, SharedFigures.class));
        concerns.put("cycle", List.of(TablePlacement.class, WritePolicy.class, SectionCatalog.class));
        concerns.put("dashboard", List.of(DashboardParts.class));
        concerns.put("demo", List.of(DemoFileLoader.class));
        concerns.put("report", List.of(ChapterReport.class));
        concerns.put("years", List.of(CarryOver.class, RestatedValues.class, KeptFigures.class));
        return Collections.unmodifiableMap(concerns);
    }
}
