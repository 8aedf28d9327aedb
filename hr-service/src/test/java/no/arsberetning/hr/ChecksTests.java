package no.arsberetning.hr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The consistency rules on the demo data: the mistakes the printed chapter contains are found (with what
 * was expected and what is printed), what is consistent gives no finding, and a changed cell changes the
 * findings — both ways.
 */
class ChecksTests extends HrApiTestSupport {

    @Test
    void theShareOfPermanentStaffIn210IsWrong() throws Exception {
        JsonNode share = single(findings("hr-share", "2.10"));
        // 91 % for 89,9 %: one printed unit beyond rounding is a warning (Size)
        assertThat(share.get("severity").asString()).isEqualTo("warning");
        assertThat(share.get("expected").asString()).isEqualTo("90 %");
        assertThat(share.get("actual").asString()).isEqualTo("91%");
        assertThat(share.get("message").asString()).contains("13 901 av 15 455 er 89,9 %").contains("«Fast Andel»");
    }

    @Test
    void parentalLeaveCountsOneManMoreThanTheWorkforceTable() throws Exception {
        List<JsonNode> across = findings("hr-headcount-across-tables", "2.11");
        // one person in 15 208 is a real contradiction but immaterial: a warning by the one size rule (Size); the men's
        // count in 2.11 is the one wrong cell, and 2.11's total is added up from it: one defect, one finding naming the cell
        assertThat(across).singleElement().satisfies(f -> {
            assertThat(f.get("severity").asString()).isEqualTo("warning");
            assertThat(f.get("rule").asString()).isEqualTo("wrong-input-cell");
            assertThat(f.get("expected").asString()).isEqualTo("3 833");
            assertThat(f.get("actual").asString()).isEqualTo("3 834");
            assertThat(f.get("tables").toString()).isEqualTo("[\"2.11\",\"2.4\"]");
            assertThat(f.get("places").toString()).contains("2.11/mann/totalt-antall-ansatte", "2.11/sluttsum/totalt-antall-ansatte");
            assertThat(f.get("message").asString()).contains("(15 209, skal være 15 208) er regnet fra den");
        });
    }

    @Test
    void headcountTotalsBelowTheSumAreExplainedAsDistinctPersonsButFteMustAddUp() throws Exception {
        List<JsonNode> distinct = findings("hr-distinct-persons-total", "2.4");
        assertThat(distinct).hasSize(3).allMatch(f -> f.get("severity").asString().equals("info"));
        JsonNode women = distinct.stream().filter(f -> f.get("message").asString().startsWith("«Kvinne Antall»")).findFirst()
                .orElseThrow();
        assertThat(women.get("expected").asString()).isEqualTo("11 400");
        assertThat(women.get("actual").asString()).isEqualTo("11 375");
        assertThat(women.get("message").asString()).contains("teller ansatte én gang");

        JsonNode fte = single(findings("hr-total-equals-sum", "2.4"));
        assertThat(fte.get("severity").asString()).isEqualTo("info");
        assertThat(fte.get("message").asString()).contains("Sluttsum Årsverk").contains("avrundingsdifferanse");
        assertThat(fte.get("expected").asString()).isEqualTo("12 808");
        assertThat(fte.get("actual").asString()).isEqualTo("12 809");
    }

    @Test
    void theSumsOfPayTable28AreFound() throws Exception {
        List<JsonNode> sums = findings("hr-distinct-persons-total", "2.8");
        assertThat(sums).extracting(f -> f.get("expected").asString() + "/" + f.get("actual").asString())
                .containsExactlyInAnyOrder("10 189/10 129", "3 282/3 257", "13 471/13 386");
        assertThat(findings("hr-distinct-persons-total", "2.7")).isEmpty();
        assertThat(findings("hr-distinct-persons-total", "2.9")).isEmpty();
    }

    @Test
    void aShareWithMoreDecimalsThanItsBasisIsAWarning() throws Exception {
        JsonNode leave = single(findings("hr-share", "2.11"));
        assertThat(leave.get("severity").asString()).isEqualTo("warning");
        assertThat(leave.get("expected").asString()).isEqualTo("2,49 %");
        assertThat(leave.get("actual").asString()).isEqualTo("2,50%");
    }

    @Test
    void womensPayAsAShareOfMensIsComputedPerPayTable() throws Exception {
        assertThat(single(findings("hr-pay-ratio", "2.6")).get("actual").asString()).isEqualTo("97,8 %");
        JsonNode managers = single(findings("hr-pay-ratio", "2.7"));
        assertThat(managers.get("actual").asString()).isEqualTo("93,9 %");
        assertThat(managers.get("message").asString()).contains("«Strategisk ledelse*», 90,4 %");
        // the lowest group of 2.8 is among groups with at least five women and five men: not «Sjåfører» (1 woman)
        assertThat(single(findings("hr-pay-ratio", "2.8")).get("message").asString())
                .contains("«Driftsoperatører», 90,6 %").doesNotContain("Sjåfører");
    }

    @Test
    void theTextsShareOfWomenIsTheFteShareNotTheHeadcountShare() throws Exception {
        JsonNode women = single(findings("hr-share-of-women", "2.4"));
        // 74 % for 74,8 %: within one printed unit of a rounded number, so information, not an alarm (Size)
        assertThat(women.get("severity").asString()).isEqualTo("info");
        assertThat(women.get("expected").asString()).isEqualTo("75 %");
        assertThat(women.get("actual").asString()).isEqualTo("74 %");
        assertThat(women.get("message").asString()).contains("74,8 %").contains("årsverkene");
    }

    @Test
    void theTextStatesTwoNumbersOfUnits() throws Exception {
        JsonNode units = single(findings("hr-figure-stated-twice", null));
        assertThat(units.get("expected").asString()).isEqualTo("200");
        assertThat(units.get("actual").asString()).isEqualTo("205");
    }

    @Test
    void inspectionsWithOrdersButNoFollowUpAreWarned() throws Exception {
        List<JsonNode> followUp = findings("hr-inspection-follow-up", null);
        assertThat(followUp).extracting(f -> f.get("message").asString())
                .anyMatch(m -> m.contains("Tonstad skole") && m.contains("8 pålegg"))
                .anyMatch(m -> m.contains("Øya helsehus"))
                .anyMatch(m -> m.contains("NAV Lerkendal"))
                .noneMatch(m -> m.contains("Lade hjemmetjeneste"));
        assertThat(followUp).hasSize(3);
        assertThat(followUp.stream().filter(f -> f.get("message").asString().contains("Tonstad")).findFirst().orElseThrow()
                .get("areas").toString()).isEqualTo("[\"skole\"]");
        assertThat(findings("hr-inspection-count", null)).isEmpty();
    }

    @Test
    void theEqualityStatementNamesWhatIsMissing() throws Exception {
        List<JsonNode> statement = findings("hr-ldl-26a", null);
        assertThat(statement).anyMatch(f -> f.get("severity").asString().equals("warning")
                && f.get("message").asString().contains("uker foreldrepermisjon") && f.get("tables").toString().contains("2.11"));
        assertThat(statement).anyMatch(f -> f.get("severity").asString().equals("warning")
                && f.get("message").asString().contains("deltidsstillinger") && f.get("message").asString().contains("kvinner og menn"));
        assertThat(statement).anyMatch(f -> f.get("severity").asString().equals("info")
                && f.get("message").asString().contains("ufrivillig deltid") && f.get("message").asString().contains("2022"));
        assertThat(statement).noneMatch(f -> f.get("message").asString().contains("Kjønnsbalansen totalt"));

        JsonNode requirements = getJson(API + "/equality-statement").get("requirements");
        assertThat(status(requirements, "kjonnsbalanse")).isEqualTo("covered");
        assertThat(status(requirements, "lonn-grupper")).isEqualTo("covered");
        assertThat(status(requirements, "deltid")).isEqualTo("partial");
        assertThat(status(requirements, "foreldrepermisjon")).isEqualTo("partial");
        assertThat(status(requirements, "ufrivillig-deltid")).isEqualTo("not-due");
        assertThat(status(requirements, "aktivitetsplikt-evaluering")).isEqualTo("missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.1", "2.2", "2.3", "2.5", "2.6", "2.7", "2.9"})
    void aConsistentTableGivesNoFindingBeyondItsSmallGroups(String table) throws Exception {
        assertThat(findings().stream()
                .filter(f -> f.get("tables").toString().contains("\"" + table + "\""))
                .filter(f -> !f.get("rule").asString().equals("hr-small-groups"))
                .filter(f -> !f.get("rule").asString().equals("hr-pay-ratio"))
                .filter(f -> !f.get("rule").asString().equals("hr-headcount-across-tables"))
                .filter(f -> !f.get("rule").asString().equals("hr-ldl-26a"))
                .toList()).isEmpty();
    }

    @Test
    void correctingThePrintedShareRemovesTheFindingAndRestoringItBringsItBack() throws Exception {
        assertThat(setCell("2.10", "Sluttsum", "Fast Andel", "90%")).isEqualTo(200);
        assertThat(findings("hr-share", "2.10")).isEmpty();
        assertThat(setCell("2.10", "Sluttsum", "Fast Andel", "91%")).isEqualTo(200);
        assertThat(findings("hr-share", "2.10")).hasSize(1);
    }

    @Test
    void aWrongCellInAConsistentTableIsFoundInTheTableAndAgainstTheText() throws Exception {
        assertThat(setCell("2.3", "TKP", "Hele 2023", "178")).isEqualTo(200);
        try {
            // the table's total and the text both say 177: one wrong cell, one finding naming it
            JsonNode cell = single(findings("hr-total-equals-sum", "2.3"));
            assertThat(cell.get("severity").asString()).isEqualTo("error");
            assertThat(cell.get("rule").asString()).isEqualTo("wrong-input-cell");
            assertThat(cell.get("expected").asString()).isEqualTo("177");
            assertThat(cell.get("actual").asString()).isEqualTo("178");
            assertThat(cell.get("rules").valueStream().map(JsonNode::asString)).contains("hr-total-equals-sum", "hr-figure-vs-table");
            assertThat(findings("hr-figure-vs-table", "2.3")).singleElement().isEqualTo(cell);
        } finally {
            assertThat(setCell("2.3", "TKP", "Hele 2023", "177")).isEqualTo(200);
        }
        assertThat(findings("hr-total-equals-sum", "2.3")).isEmpty();
    }

    @Test
    void anOutflowEnteredWithoutItsMinusBreaksTheStockAndIsNamed() throws Exception {
        assertThat(setCell("2.2", "nye ut", "2023", "97")).isEqualTo(200);
        try {
            // one defect, one finding: the sign, the text that restates the cell («97 har gått ut») and the change it
            // breaks, printed elsewhere, which the one wrong cell explains
            List<JsonNode> flow = findings("hr-flow", "2.2");
            assertThat(flow).singleElement().satisfies(f -> {
                assertThat(f.get("severity").asString()).isEqualTo("error");
                assertThat(f.get("message").asString()).contains("negativt fortegn").contains("er ikke «nye inn» + «nye ut»")
                        .contains("men -97 får alle regnestykkene den inngår i til å stemme");
                assertThat(f.get("places").valueStream().map(JsonNode::asString))
                        .contains("2.2/nye-ut/2023", "2.2/endring/2023", "tekst:dia-ut-2023");
                assertThat(f.get("rules").valueStream().map(JsonNode::asString))
                        .containsExactly("hr-flow", "wrong-input-cell", "hr-figure-vs-table");
            });
        } finally {
            assertThat(setCell("2.2", "nye ut", "2023", "-97")).isEqualTo(200);
        }
        assertThat(findings("hr-flow", "2.2")).isEmpty();
    }

    @Test
    void aHeadcountTotalAboveTheSumOfItsLinesIsAnError() throws Exception {
        assertThat(setCell("2.4", "Sluttsum", "Mann Antall", "3 900")).isEqualTo(200);
        try {
            assertThat(findings("hr-distinct-persons-total", "2.4"))
                    .anyMatch(f -> f.get("severity").asString().equals("error") && f.get("actual").asString().equals("3 900"));
        } finally {
            assertThat(setCell("2.4", "Sluttsum", "Mann Antall", "3 833")).isEqualTo(200);
        }
    }

    @Test
    void findingsNameThePrintedTablesAndHaveTheFixedShape() throws Exception {
        for (JsonNode finding : findings()) {
            assertThat(finding.propertyNames()).startsWith("rule", "severity", "tables", "areas", "message", "expected",
                    "actual").isSubsetOf("rule", "severity", "tables", "areas", "message", "expected", "actual", "places", "rules");
            assertThat(finding.get("severity").asString()).isIn("error", "warning", "info");
        }
        // the text's two numbers of units; the head counts one person off are immaterial, so warnings
        assertThat(findings().stream().filter(f -> f.get("severity").asString().equals("error")).count()).isEqualTo(1);
    }

    private static String status(JsonNode requirements, String key) {
        for (JsonNode r : requirements) {
            if (r.get("key").asString().equals(key)) {
                return r.get("status").asString();
            }
        }
        throw new AssertionError("No requirement " + key);
    }

    private static JsonNode single(List<JsonNode> findings) {
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }
}
