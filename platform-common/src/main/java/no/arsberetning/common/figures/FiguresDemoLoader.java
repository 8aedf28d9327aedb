package no.arsberetning.common.figures;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import no.arsberetning.common.demo.DemoFileLoader;
import no.arsberetning.common.demo.DemoFiles.DemoFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the figures of every demo file ({@code figures}, docs/demo-data-format.md) exactly as printed, and what
 * they claim ({@code claims} of a figure, and of the file for places other than figures); idempotent.
 */
class FiguresDemoLoader implements DemoFileLoader {

    private static final Logger log = LoggerFactory.getLogger(FiguresDemoLoader.class);

    private final FigureStore figures;
    private final String section;

    FiguresDemoLoader(FigureStore figures, String section) {
        this.figures = figures;
        this.section = section;
    }

    @Override
    public void load(DemoFile file) {
        long started = System.nanoTime();
        List<StatedFigure> read = new ArrayList<>();
        List<StatedClaim> claims = new ArrayList<>();
        for (JsonNode f : file.content().path("figures")) {
            String id = f.path("id").asString();
            read.add(new StatedFigure(id, f.path("text").asString(), f.path("value").asString(""), text(f, "unit"),
                    f.hasNonNull("seedLine") ? f.get("seedLine").asInt() : null, text(f, "shared")));
            f.path("claims").forEach(c -> claims.add(claim("{" + id + "}", c)));
        }
        file.content().path("claims").forEach(c -> claims.add(claim(c.path("printed").asString(), c)));
        int added = read.isEmpty() && claims.isEmpty() ? 0 : figures.addAbsent(file.year(), section, read, claims, file.provenance());
        if (added > 0) {
            log.info("Demo: {} tall og påstander fra teksten i {} lastet for {} på {} ms", added, file.path(), file.year(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** A claim as the file states it: {@code equals}, {@code atMost}, {@code atLeast} or {@code change}, and what it names. */
    private static StatedClaim claim(String printed, JsonNode c) {
        String relation = RELATIONS.stream().filter(c::hasNonNull).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("En påstand om " + printed + " mangler equals, atMost, atLeast eller change."));
        List<StatedClaim.Alternative> orIf = new ArrayList<>();
        c.path("orIf").forEach(a -> orIf.add(new StatedClaim.Alternative(text(a, "equals"), text(a, "rule"), text(a, "message"))));
        return new StatedClaim(printed, relation, c.get(relation).asString(), text(c, "rule"), text(c, "message"),
                text(c, "because"), orIf);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asString() : null;
    }

    private static final List<String> RELATIONS = List.of("equals", "atMost", "atLeast", "change");
}
