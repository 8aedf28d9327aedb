package no.arsberetning.climate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/** The consistency findings the printed chapter must produce, and those it must not. */
@TestPropertySource(properties = "spring.mongodb.database=climate-demo-data-tests")
class ChecksTests extends ClimateApiTestSupport {

    private List<JsonNode> findings;

    @BeforeEach
    void readFindings() throws Exception {
        findings = StreamSupport.stream(read("/checks").spliterator(), false).toList();
    }

    private List<JsonNode> of(String rule) {
        return findings.stream().filter(f -> f.get("rule").asString().equals(rule)).toList();
    }

    @Test
    void vansStatedAs81InGoal10And82InTheIntroductionAreARoundingDifferenceWhileCarsAndHeavyVehiclesAgree() {
        // a claim of the transcription (chapter-3.json), judged by the one size rule: 81 and 82 whole percent meet at 81,5
        List<JsonNode> vans = of("value-stated-differently");
        assertThat(vans).hasSize(1);
        JsonNode f = vans.get(0);
        assertThat(f.get("severity").asString()).isEqualTo("info");
        assertThat(f.get("expected").asString()).isEqualTo("81 %");
        assertThat(f.get("actual").asString()).isEqualTo("82 %");
        assertThat(f.get("message").asString()).contains("varebiler", "linje 1422", "linje 1401", "(avrundingsdifferanse)");
        assertThat(f.get("tables").size()).isZero();
        assertThat(f.get("places").toString()).contains("tekst:egen-virksomhet-andel-varebiler-el-biogass-2023");
    }

    @Test
    void sevenGoalsHaveNoReportedStatusWhileTwoStateTheirsInWords() {
        List<String> goals = new ArrayList<>();
        for (JsonNode f : of("goal-without-status")) {
            goals.add(f.get("message").asString().replaceAll("^Mål (\\S+) .*$", "$1"));
            assertThat(f.get("severity").asString()).isEqualTo("warning");
        }
        // goals 2b and 6 have no colour, but their text says whether the goal was reached
        assertThat(goals).containsExactly("1", "3", "4", "5", "7", "8", "10");
        assertThat(of("goal-without-status").get(3).get("message").asString()).startsWith("Mål 5 ")
                .contains("Beregnet ut fra tallene er den «rød»");
        assertThat(of("goal-status-differs-from-computed")).isEmpty();
    }

    @Test
    void the2023TargetIsNotReachedAndThePaceIsTooSlow() {
        JsonNode missed = of("trajectory-target-not-reached").get(0);
        assertThat(of("trajectory-target-not-reached")).hasSize(1);
        assertThat(missed.get("severity").asString()).isEqualTo("warning");
        assertThat(missed.get("expected").asString()).isEqualTo("30 prosent kutt i 2023");
        assertThat(missed.get("actual").asString()).isEqualTo("20 prosent kutt per 2022");
        assertThat(missed.get("message").asString()).contains("10 prosentpoeng under målet");
        JsonNode pace = of("trajectory-pace-too-slow").get(0);
        assertThat(pace.get("expected").asString()).isEqualTo("7,5 prosentpoeng per år");
        assertThat(pace.get("actual").asString()).isEqualTo("1,5 prosentpoeng per år");
        assertThat(of("trajectory-latest-figures-lag")).hasSize(1);
        assertThat(of("trajectory-cut-stated-differently")).isEmpty();
        assertThat(of("trajectory-target-stated-differently")).isEmpty();
    }

    @Test
    void energyUseSaidToRiseFrom2021To2023HoldsThough2022WasLower() {
        // 2021: 3,71 → 2022: 3,59 → 2023: 3,74 — «økte» over the period compares its ends
        assertThat(of("stated-trend-contradicts-values")).isEmpty();
    }

    @Test
    void theIndicatorTablesSuspiciousValuesAreFound() {
        JsonNode dot = of("number-with-decimal-point").get(0);
        assertThat(of("number-with-decimal-point")).hasSize(1);
        assertThat(dot.get("expected").asString()).isEqualTo("738,8 GWh");
        assertThat(dot.get("actual").asString()).isEqualTo("738.8 GWh");
        assertThat(of("indicator-without-value")).singleElement()
                .satisfies(f -> assertThat(f.get("message").asString()).contains("Drivstofforbruk i bybussene"));
        assertThat(of("indicator-value-not-a-number")).singleElement()
                .satisfies(f -> assertThat(f.get("actual").asString()).isEqualTo("«~ 100 prosent»"));
        // «~ 100 prosent» is an approximation: 59 of 61 (96,7 %) is within its 10 %
        assertThat(of("table-value-differs-from-counts")).isEmpty();
    }

    @Test
    void theOrganisationsEnergyCutMissesTheRollingTargetWhileHeavyVehiclesReachTheirs() {
        assertThat(of("text-target-not-reached")).singleElement().satisfies(f -> {
            assertThat(f.get("severity").asString()).isEqualTo("warning");
            assertThat(f.get("expected").asString()).isEqualTo("minst 3,0 %");
            assertThat(f.get("actual").asString()).isEqualTo("2,1 %");
        });
    }

    @Test
    void thePageBreakInGoal2bAndTheMissingInvestmentAmountsAreNoted() {
        assertThat(of("goal-table-row-without-goal")).singleElement().satisfies(f -> {
            assertThat(f.get("severity").asString()).isEqualTo("info");
            assertThat(f.get("actual").asString()).isEqualTo("sammenlignet med 2009.");
            assertThat(f.get("message").asString()).contains("mål 2b");
        });
        assertThat(of("goal-missing")).isEmpty();
        assertThat(of("goal-not-in-table")).isEmpty();
        assertThat(of("investment-amounts-missing")).singleElement()
                .satisfies(f -> assertThat(f.get("tables").get(0).asString()).isEqualTo("1.4"));
    }

    @Test
    void findingsAreOrderedErrorsFirstAndCarryTheContractsFields() {
        assertThat(findings).allSatisfy(f -> assertThat(f.propertyNames()).contains("rule", "severity", "tables", "areas",
                "message", "expected", "actual"));
        assertThat(findings).extracting(f -> f.get("severity").asString()).isSortedAccordingTo(
                java.util.Comparator.comparingInt(s -> List.of("error", "warning", "info").indexOf(s)));
    }
}
