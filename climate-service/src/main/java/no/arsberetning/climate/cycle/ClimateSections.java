package no.arsberetning.climate.cycle;

import java.util.List;

import no.arsberetning.common.tables.TableStore;
import no.arsberetning.common.workflow.Section;
import no.arsberetning.common.workflow.SectionCatalog;

import org.springframework.stereotype.Component;

/**
 * The parts of chapter 3 that go through the reporting cycle (brief § 5) each year. All are chapter 1–3
 * data, so no section has a service area: only controllers edit, submit and approve them.
 */
@Component
public class ClimateSections implements SectionCatalog {

    public static final String GOALS = "goals";
    public static final String INDICATORS = "indicators";
    public static final String TRAJECTORY = "trajectory";
    public static final String FIGURES = "figures";
    public static final String INVESTMENTS = "investments";
    public static final String TEXTS = "texts";

    private static final List<Section> SECTIONS = List.of(
            new Section(GOALS, "Status for klimamålene", null),
            new Section(INDICATORS, "Indikatorer for klimagassutslipp", null),
            new Section(TRAJECTORY, "Utslippsbane: referanseår, rapporterte kutt og mål", null),
            new Section(FIGURES, "Tall i kapitlets tekst (indikatorer for egen virksomhet)", null),
            new Section(INVESTMENTS, "Klimainvesteringer", null),
            new Section(TEXTS, "Innledning og videre arbeid", null));

    private final TableStore tables;

    ClimateSections(TableStore tables) {
        this.tables = tables;
    }

    /** The chapter's sections for a year the service holds data for; none for other years. */
    @Override
    public List<Section> sections(int year) {
        return tables.hasAny(year) ? SECTIONS : List.of();
    }
}
