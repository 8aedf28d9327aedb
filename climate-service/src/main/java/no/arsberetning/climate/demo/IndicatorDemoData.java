package no.arsberetning.climate.demo;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.climate.organisation.IndicatorDefinitions;
import no.arsberetning.climate.organisation.IndicatorDefinitions.Definition;
import no.arsberetning.climate.organisation.IndicatorDefinitions.ShareRef;
import no.arsberetning.climate.organisation.IndicatorDefinitions.TargetRef;
import no.arsberetning.climate.organisation.IndicatorDefinitions.ValueRef;
import no.arsberetning.common.tables.Provenance;

import tools.jackson.databind.JsonNode;

/** The demo-data file's {@code organisationIndicators}: which figures make up which indicator. */
public final class IndicatorDemoData {

    private IndicatorDemoData() {
    }

    public static IndicatorDefinitions from(JsonNode file, Provenance provenance) {
        int year = file.get("year").asInt();
        List<Definition> definitions = new ArrayList<>();
        for (JsonNode d : file.path("organisationIndicators")) {
            List<ValueRef> values = new ArrayList<>();
            d.path("values").forEach(v -> values.add(new ValueRef(text(v, "period"), strings(v.path("figures")))));
            JsonNode t = d.get("target");
            JsonNode s = d.get("share");
            definitions.add(new Definition(text(d, "key"), text(d, "scope"), text(d, "label"), text(d, "unit"), List.copyOf(values),
                    t == null ? null : new TargetRef(text(t, "period"), text(t, "direction"), strings(t.path("figures"))),
                    s == null ? null : new ShareRef(text(s, "period"), text(s, "part"), text(s, "whole"))));
        }
        return new IndicatorDefinitions(IndicatorDefinitions.idOf(year), year, List.copyOf(definitions), provenance, null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return List.copyOf(values);
    }
}
