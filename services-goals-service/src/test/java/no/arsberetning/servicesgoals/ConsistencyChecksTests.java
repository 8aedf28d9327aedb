package no.arsberetning.servicesgoals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * The consistency findings on the demo data: the mistakes the printed report contains must be found and
 * named by their tables, and a table that adds up must produce none.
 */
class ConsistencyChecksTests extends ServiceAreasTestBase {

    private List<JsonNode> findings() throws Exception {
        return StreamSupport.stream(getJson(Y + "/checks").spliterator(), false).toList();
    }

    private List<JsonNode> about(String table) throws Exception {
        return findings().stream().filter(f -> contains(f.get("tables"), table)).toList();
    }

    private static boolean contains(JsonNode array, String value) {
        return StreamSupport.stream(array.spliterator(), false).anyMatch(v -> v.asString().equals(value));
    }

    @Test
    void theSignErrorIn61IsFoundAndTheExplanationConfirmsIt() throws Exception {
        List<JsonNode> f61 = about("6.1");
        JsonNode sign = f61.stream().filter(f -> f.get("rule").asString().equals("accounts-deviation-sign")).findFirst().orElseThrow();
        assertThat(sign.get("severity").asString()).isEqualTo("error");
        assertThat(sign.get("areas").get(0).asString()).isEqualTo("kvalifisering-og-velferd");
        assertThat(sign.get("expected").asString()).isEqualTo("-8,4");
        assertThat(sign.get("actual").asString()).isEqualTo("8,4");
        // the explanation's «merforbruk på 8,4» restates the cell with the other sign: the same defect, one finding
        assertThat(f61).hasSize(1);
        assertThat(sign.get("rules").valueStream().map(JsonNode::asString))
                .containsExactly("accounts-deviation-sign", "explanation-matches-deviation");
        assertThat(sign.get("places").valueStream().map(JsonNode::asString))
                .contains("6.1/millioner-kroner/avvik", "tekst:kvalifisering-og-velferd-merforbruk-2023");
        assertThat(sign.get("message").asString()).contains("merforbruk");
    }

    @Test
    void revisedBudgetEqualToActualWithANonZeroDeviationIsAColumnShift() throws Exception {
        for (String table : List.of("7.1", "8.1", "9.1")) {
            // the explanation's «130 millioner» for 130,8 is a rounding note beside it, no second defect
            List<JsonNode> found = about(table).stream().filter(f -> !f.get("severity").asString().equals("info")).toList();
            assertThat(found).as(table).hasSize(1);
            assertThat(found.get(0).get("rule").asString()).isEqualTo("accounts-revised-equals-actual");
            assertThat(found.get(0).get("severity").asString()).isEqualTo("error");
            assertThat(found.get(0).get("expected").asString()).isEqualTo("0,0");
            assertNamesTheDeviationAndBothBudgets(found.get(0), table);
        }
        assertThat(about("9.1").get(0).get("actual").asString()).isEqualTo("-130,8");
        assertThat(about("9.1")).filteredOn(f -> f.get("severity").asString().equals("info")).singleElement()
                .satisfies(f -> assertThat(f.get("message").asString()).contains("130 millioner", "avrundingsdifferanse"));
    }

    @Test
    void swappedBudgetColumnsAreFoundFromTheDeviation() throws Exception {
        for (String table : List.of("14.1", "15.1", "16.1")) {
            // the explanation's «130 millioner» for 130,8 is a rounding note beside it, no second defect
            List<JsonNode> found = about(table).stream().filter(f -> !f.get("severity").asString().equals("info")).toList();
            assertThat(found).as(table).hasSize(1);
            assertThat(found.get(0).get("rule").asString()).isEqualTo("accounts-budget-columns-swapped");
            assertNamesTheDeviationAndBothBudgets(found.get(0), table);
        }
        assertThat(about("14.1").get(0).get("places").valueStream().map(JsonNode::asString)).containsExactly(
                "14.1/millioner-kroner/avvik-regnskap-og-revidert-budsjett", "14.1/millioner-kroner/revidert-budsjett",
                "14.1/millioner-kroner/opprinnelig-budsjett");
        assertThat(about("16.1").get(0).get("expected").asString()).isEqualTo("2,4");
        assertThat(about("16.1").get(0).get("actual").asString()).isEqualTo("13,8");
    }

    /**
     * Shifted or swapped columns put both budget cells in the wrong place: the finding names them beside the deviation,
     * so the gateway's comparison of either budget with table 1.2 is grouped with it (one defect, one finding).
     */
    private static void assertNamesTheDeviationAndBothBudgets(JsonNode finding, String table) {
        // column keys follow each table's printed labels («kolonne-2» where a label is missing)
        assertThat(finding.get("places").valueStream().map(JsonNode::asString)).as(table).hasSize(3).doesNotHaveDuplicates()
                .allMatch(place -> place.startsWith(table + "/millioner-kroner/"));
    }

    @Test
    void aRoundingSizedDifferenceIsInformationOnly() throws Exception {
        List<JsonNode> found = about("17.1");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("rule").asString()).isEqualTo("accounts-deviation");
        assertThat(found.get(0).get("severity").asString()).isEqualTo("info");
        assertThat(found.get(0).get("expected").asString()).isEqualTo("5,7");
        assertThat(found.get(0).get("actual").asString()).isEqualTo("5,8");
    }

    @Test
    void theGoalTextsStatedChangesAreReadAndHold() throws Exception {
        // «økt med 0,3 prosent (fra 87 prosent til 87,3 prosent)» is 0,3 points and, rounded, 0,3 % too: right either
        // way; the relative changes of counts («en økning på 16,3 prosent» from 4 794 to 5 576) are right
        assertThat(findings()).extracting(f -> f.get("rule").asString())
                .doesNotContain("text-change-matches", "percent-for-percentage-points", "percentage-points-for-percent",
                        "change-direction", "claim-unreadable");
        JsonNode figures = getJson(Y + "/figures");
        assertThat(figures.toString()).contains("andel-over-80-hjemme-endring-2023", "sosialhjelp-mottakere-endring-2023");
    }

    @Test
    void tablesThatAddUpProduceNoFindings() throws Exception {
        for (String table : List.of("4.1", "4.2", "4.3", "10.1", "11.1", "12.1", "13.1", "18.1", "19.1", "4.4", "18.2")) {
            assertThat(about(table)).as(table).isEmpty();
        }
    }

    @Test
    void theSameRecyclingShareIsPrinted379In183And371In185() throws Exception {
        List<JsonNode> same = findings().stream().filter(f -> f.get("rule").asString().equals("same-figure-differs")).toList();
        assertThat(same).hasSize(1);
        JsonNode f = same.get(0);
        assertThat(f.get("tables").get(0).asString()).isEqualTo("18.3");
        assertThat(f.get("tables").get(1).asString()).isEqualTo("18.5");
        assertThat(f.get("expected").asString()).isEqualTo("37,9 (tabell 18.3)");
        assertThat(f.get("actual").asString()).isEqualTo("37,1 (tabell 18.5)");
        assertThat(f.get("message").asString()).contains("Trondheim 2022", "33,3", "Trondheim 2023");
    }

    private List<JsonNode> contradictions() throws Exception {
        return findings().stream().filter(f -> f.get("rule").asString().equals("goal-status-contradicts-numbers")).toList();
    }

    @Test
    void aReportedReachedWhereTheNumbersFallShortIsAWarning() throws Exception {
        // 5.4 indicator 2: «9,2 prosent økning» of a share (49,7 → 58,9 %) is in percentage points, a rise of 18,5 %,
        // so the ambition of 10 % is reached as reported: no contradiction
        assertThat(contradictions()).noneMatch(f -> f.get("message").asString().contains("Mål 5.4"));
        String goal = Y + "/goals/5.5";
        String before = getJson(goal).get("indicators").get(0).get("result").get("printed").asString();
        String body = "{\"area\":\"kvalifisering-og-velferd\",\"result\":\"%s\",\"statusWording\":\"%s\"}";
        mvc.perform(patch(goal + "/indicators/1").with(controller()).header("If-Match", etag(goal)).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("Fra 2022 til 2023 var det en nedgang på 9,5 prosent.", "Målet er nådd")))
                .andExpect(status().isOk());
        try {
            // −9,5 % against an ambition of −10 %: largely reached, reported as reached
            assertThat(contradictions()).singleElement().satisfies(f -> {
                assertThat(f.get("severity").asString()).isEqualTo("warning");
                assertThat(f.get("message").asString()).contains("Mål 5.5, indikator 1", "«Nådd»", "«I stor grad nådd»");
                assertThat(f.get("expected").asString()).contains("9,5 %", "10 %");
                assertThat(f.get("actual").asString()).contains("Målet er nådd");
            });
        } finally {
            mvc.perform(patch(goal + "/indicators/1").with(controller()).header("If-Match", etag(goal))
                            .contentType(MediaType.APPLICATION_JSON).content(body.formatted(before, "Målet er ikke nådd")))
                    .andExpect(status().isOk());
        }
        assertThat(contradictions()).isEmpty();
        List<String> rules = new ArrayList<>();
        findings().forEach(x -> rules.add(x.get("rule").asString()));
        assertThat(rules).contains("goal-status-differs", "goal-status-not-reported").doesNotContain("total-equals-sum");
    }

    @Test
    void correcting61MakesItsFindingsGoAway() throws Exception {
        String etag = etag(Y + "/tables/6.1");
        String body = "{\"row\":\"millioner-kroner\",\"column\":\"avvik\",\"text\":\"%s\"}";
        mvc.perform(patch(Y + "/tables/6.1/cells").with(controller()).header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted("-8,4")))
                .andExpect(status().isOk());
        try {
            assertThat(about("6.1")).isEmpty();
        } finally {
            mvc.perform(patch(Y + "/tables/6.1/cells").with(controller()).header("If-Match", etag(Y + "/tables/6.1"))
                            .contentType(MediaType.APPLICATION_JSON).content(body.formatted("8,4")))
                    .andExpect(status().isOk());
        }
        assertThat(about("6.1")).hasSize(1);
    }
}
