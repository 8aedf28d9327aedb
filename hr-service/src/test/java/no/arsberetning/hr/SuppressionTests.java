package no.arsberetning.hr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Small groups: what a release freezes and the committee reads hides every cell that could identify a
 * person; staff see every value and which cells the published view hides.
 */
class SuppressionTests extends HrApiTestSupport {

    @Test
    void thePublishedViewHidesASmallCellThatStaffSee() throws Exception {
        JsonNode staff = reportTable(getJson(API + "/report"), "2.1");
        JsonNode published = reportTable(getJson(API + "/report?view=published"), "2.1");

        JsonNode seen = reportCell(staff, "IT-driftsfaget", "Kvinner");
        assertThat(seen.get("value").asInt()).isEqualTo(1);
        assertThat(seen.get("text").asString()).isEqualTo("1");

        JsonNode hidden = reportCell(published, "IT-driftsfaget", "Kvinner");
        assertThat(hidden.get("value").isNull()).isTrue();
        assertThat(hidden.get("text").asString()).isEqualTo(":");
        assertThat(hidden.get("reason").asString()).isEqualTo("suppressed");
        // 13 men of 14 applicants would give the one woman away: hidden too; the row's total stays
        assertThat(reportCell(published, "IT-driftsfaget", "Menn").get("text").asString()).isEqualTo(":");
        assertThat(reportCell(published, "IT-driftsfaget", "Totalt søkere").get("value").asInt()).isEqualTo(14);
        assertThat(reportCell(published, "Helsearbeiderfaget", "Kvinner").get("value").asInt()).isEqualTo(132);
        assertThat(reportCell(published, "Renholdsoperatørfaget", "Kvinner").get("value").asInt()).isZero();

        JsonNode note = published.get("rows").get(published.get("rows").size() - 1);
        assertThat(note.get("kind").asString()).isEqualTo("note");
        assertThat(note.get("label").asString()).startsWith(":").contains("færre enn 5 personer");
        assertThat(staff.get("rows").get(staff.get("rows").size() - 1).get("label").asString()).doesNotStartWith(":");
    }

    @Test
    void staffSeeWhichCellsThePublishedViewHides() throws Exception {
        JsonNode staffReport = getJson(API + "/report");
        String note = null;
        for (JsonNode section : staffReport.at("/chapters/0/sections")) {
            if (section.get("id").asString().equals("table:2.1")) {
                note = section.at("/blocks/1/html").asString();
            }
        }
        assertThat(note).contains("Skjules i publisert versjon").contains("IT-driftsfaget (1)")
                .contains("IT-driftsfaget (13, hindrer tilbakeregning)");

        mvc.perform(get(API + "/suppression").with(as("staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.threshold").value(5))
                .andExpect(jsonPath("$.tables[?(@.number=='2.1')].cells[?(@.rowLabel=='IT-driftsfaget' && @.columnLabel=='Kvinner')].cause")
                        .value("small-group"))
                .andExpect(jsonPath("$.tables[?(@.number=='2.1')].cells[?(@.rowLabel=='IT-driftsfaget' && @.columnLabel=='Kvinner')].value")
                        .value(1))
                .andExpect(jsonPath("$.tables[?(@.number=='2.1')].cells[?(@.rowLabel=='IT-driftsfaget' && @.columnLabel=='Menn')].cause")
                        .value("complementary"))
                .andExpect(jsonPath("$.tables[?(@.number=='2.4')]").isEmpty());
    }

    @Test
    void averagePayOfFewerThanFivePersonsIsHiddenAndOfManyShown() throws Exception {
        JsonNode published = reportTable(getJson(API + "/report?view=published"), "2.8");
        assertThat(reportCell(published, "Ambulansearbeider", "Kvinne Snitt årslønn").get("text").asString()).isEqualTo(":");
        assertThat(reportCell(published, "Ambulansearbeider", "Kvinne Ansatte").get("text").asString()).isEqualTo(":");
        assertThat(reportCell(published, "Ambulansearbeider", "Totalt Snitt årslønn").get("value").asInt()).isEqualTo(492850);
        assertThat(reportCell(published, "Adjunkt", "Kvinne Snitt årslønn").get("value").asInt()).isEqualTo(617583);
        assertThat(reportCell(published, "Sluttsum", "Mann Snitt årslønn").get("value").asInt()).isEqualTo(516590);

        JsonNode workforce = reportTable(getJson(API + "/report?view=published"), "2.4");
        assertThat(reportCell(workforce, "Finans", "Mann Årsverk").get("value").asInt()).isEqualTo(24);
        assertThat(reportCell(workforce, "Finans", "Mann Andel årsverk").get("value").asInt()).isEqualTo(30);
    }

    @Test
    void theComputedPayRatioOfASmallGroupIsHiddenToo() throws Exception {
        assertThat(payRatio(getJson(API + "/report"), "Sjåfører").get("value").decimalValue()).isEqualByComparingTo("76.7");
        assertThat(payRatio(getJson(API + "/report?view=published"), "Sjåfører").get("text").asString()).isEqualTo(":");
        assertThat(payRatio(getJson(API + "/report?view=published"), "Driftsoperatører").get("value").decimalValue())
                .isEqualByComparingTo("90.6");
    }

    @Test
    void aReleaseFreezesThePublishedViewAndTheCommitteeReadsIt() throws Exception {
        mvc.perform(post(API + "/releases").with(as("controller")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\":1,\"idempotencyKey\":\"suppression-test\"}"))
                .andExpect(status().isOk());
        JsonNode release = json.readTree(mvc.perform(get(API + "/releases/1").with(as("committee")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        JsonNode frozen = reportTable(release.get("report"), "2.1");
        assertThat(reportCell(frozen, "IT-driftsfaget", "Kvinner").get("text").asString()).isEqualTo(":");
        assertThat(reportCell(frozen, "IT-driftsfaget", "Kvinner").get("value").isNull()).isTrue();
    }

    @Test
    void anUnknownViewIsA400NamingIt() throws Exception {
        mvc.perform(get(API + "/report?view=alt").with(as("staff")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("view"));
        mvc.perform(get(API + "/report?view=staff").with(as("staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.chapters[0].number").value("2"));
    }

    private static JsonNode payRatio(JsonNode report, String group) {
        for (JsonNode section : report.at("/chapters/0/sections")) {
            for (JsonNode block : section.get("blocks")) {
                if (block.at("/table/caption").asString("").startsWith("Kvinners gjennomsnittslønn")) {
                    for (JsonNode row : block.at("/table/rows")) {
                        if (row.get("label").asString().equals(group)) {
                            return row.at("/cells/3");
                        }
                    }
                }
            }
        }
        throw new AssertionError("No pay ratio for " + group);
    }
}
