package no.arsberetning.climate.demo;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.climate.investments.ClimateInvestments;
import no.arsberetning.common.tables.Provenance;

import tools.jackson.databind.JsonNode;

/** The demo-data file's {@code climateInvestments}: the measures the chapter names, amounts as printed (none are). */
public final class InvestmentDemoData {

    private InvestmentDemoData() {
    }

    public static ClimateInvestments from(JsonNode file, Provenance provenance) {
        int year = file.get("year").asInt();
        JsonNode i = file.path("climateInvestments");
        List<ClimateInvestments.InvestmentMeasure> measures = new ArrayList<>();
        for (JsonNode m : i.path("measures")) {
            measures.add(new ClimateInvestments.InvestmentMeasure(m.path("key").asString(), m.path("name").asString(),
                    m.path("budget").asString(""), m.path("actual").asString(""), m.path("comment").asString(null),
                    m.hasNonNull("seedLine") ? m.get("seedLine").asInt() : null));
        }
        JsonNode statement = i.path("statement");
        return new ClimateInvestments(ClimateInvestments.idOf(year), year, i.path("unit").asString("MNOK"), List.copyOf(measures),
                statement.path("text").asString(null), statement.hasNonNull("seedLine") ? statement.get("seedLine").asInt() : null,
                provenance, null);
    }
}
