package no.arsberetning.servicesgoals.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import no.arsberetning.common.demo.DemoFileLoader;
import no.arsberetning.common.demo.DemoFiles.DemoFile;
import no.arsberetning.common.report.GoalStatus;
import no.arsberetning.common.texts.TextStore;
import no.arsberetning.servicesgoals.accounts.Accounts;
import no.arsberetning.servicesgoals.areas.AreaRegister;
import no.arsberetning.servicesgoals.areas.AreaSections;
import no.arsberetning.servicesgoals.areas.ChapterPlan;
import no.arsberetning.servicesgoals.areas.ServiceArea;
import no.arsberetning.servicesgoals.goals.Ambition;
import no.arsberetning.servicesgoals.goals.Goals;
import no.arsberetning.servicesgoals.goals.IndicatorEntry;
import no.arsberetning.servicesgoals.goals.IndicatorReadings;
import no.arsberetning.servicesgoals.goals.PeriodGoal;
import no.arsberetning.servicesgoals.goals.StatusWordings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Loads what the service owns besides its tables from the same demo files (the tables themselves go
 * through the shared importer, first): the area register and chapter plan, the period goals with their
 * indicators, and the explanations of the accounts' deviations. Idempotent: every item is created only if
 * absent, so a second start changes nothing and a broken first start is completed.
 */
@Component
class ServiceAreasDemoLoader implements DemoFileLoader {

    private static final Logger log = LoggerFactory.getLogger(ServiceAreasDemoLoader.class);

    private final AreaRegister register;
    private final Goals goals;
    private final TextStore texts;
    private final IndicatorReadings readings;

    ServiceAreasDemoLoader(AreaRegister register, Goals goals, TextStore texts, IndicatorReadings readings) {
        this.register = register;
        this.goals = goals;
        this.texts = texts;
        this.readings = readings;
    }

    @Override
    public void load(DemoFile file) {
        long started = System.nanoTime();
        Map<String, Integer> created = new HashMap<>();
        created.put("tjenesteområder", areas(file));
        created.put("kapitler", plan(file));
        created.put("mål", goals(file));
        created.put("forklaringer", explanations(file));
        created.values().removeIf(n -> n == 0);
        if (!created.isEmpty()) {
            log.info("Demo: {} fra {} lastet for {} på {} ms", created, file.path(), file.year(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    private int areas(DemoFile file) {
        int created = 0;
        JsonNode areas = file.content().path("areas");
        for (int i = 0; i < areas.size(); i++) {
            JsonNode a = areas.get(i);
            ServiceArea area = new ServiceArea(DemoJson.text(a, "code"), i, DemoJson.text(a, "name"),
                    DemoJson.text(a, "chapter"), DemoJson.strings(a.get("aliases")));
            created += register.addIfAbsent(area) ? 1 : 0;
        }
        return created;
    }

    private int plan(DemoFile file) {
        JsonNode chapters = file.content().path("chapterAreas");
        if (chapters.isEmpty()) {
            return 0;
        }
        List<ChapterPlan.Chapter> plan = new ArrayList<>();
        chapters.forEach(c -> plan.add(new ChapterPlan.Chapter(DemoJson.text(c, "chapter"), DemoJson.text(c, "title"),
                DemoJson.strings(c.get("areas")))));
        return register.addPlanIfAbsent(new ChapterPlan(file.year(), List.copyOf(plan))) ? plan.size() : 0;
    }

    private int goals(DemoFile file) {
        int created = 0;
        Map<String, Integer> perChapter = new HashMap<>();
        JsonNode all = file.content().path("goals");
        for (int order = 0; order < all.size(); order++) {
            JsonNode g = all.get(order);
            String chapter = DemoJson.text(g, "chapter");
            String key = chapter + "." + perChapter.merge(chapter, 1, Integer::sum);
            List<IndicatorEntry> indicators = new ArrayList<>();
            JsonNode printed = g.path("indicators");
            for (int i = 0; i < printed.size(); i++) {
                indicators.add(indicator(printed.get(i), i + 1, file));
            }
            PeriodGoal goal = new PeriodGoal(PeriodGoal.idOf(file.year(), key), file.year(), key, chapter, order,
                    DemoJson.strings(g.get("areas")), DemoJson.text(g, "goal"), DemoJson.text(g, "assessment"),
                    DemoJson.ints(g.get("seedLines")), List.copyOf(indicators), file.provenance(), null);
            created += goals.createIfAbsent(goal, file.provenance().by()) ? 1 : 0;
        }
        return created;
    }

    private IndicatorEntry indicator(JsonNode i, int index, DemoFile file) {
        Ambition ambition = readings.ambition(DemoJson.text(i, "ambition"));
        String wording = DemoJson.text(i, "status");
        GoalStatus status = StatusWordings.fromWording(wording).orElse(GoalStatus.NOT_ASSESSED);
        return new IndicatorEntry(index, DemoJson.text(i, "number"), DemoJson.text(i, "indicator"), ambition,
                readings.result(DemoJson.text(i, "result"), ambition, file.year()),
                readings.previousResult(DemoJson.text(i, "previousResult"), ambition, file.year()),
                status, wording, null, DemoJson.ints(i.get("seedLines")), file.provenance());
    }

    private int explanations(DemoFile file) {
        int created = 0;
        Set<String> existing = new HashSet<>();
        if (!file.content().path("explanations").isEmpty()) {
            texts.all(file.year()).forEach(t -> existing.add(t.key()));
        }
        for (JsonNode e : file.content().path("explanations")) {
            String area = DemoJson.text(e, "area");
            String key = Accounts.explanationKey(area);
            boolean existed = existing.contains(key);
            texts.createIfAbsent(file.year(), key, AreaSections.of(area), area,
                    "Forklaring til avviket i tabell " + DemoJson.text(e, "table"), DemoJson.text(e, "html"),
                    file.provenance());
            created += existed ? 0 : 1;
        }
        return created;
    }
}
