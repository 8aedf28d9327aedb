package no.arsberetning.keyfigures;

import static no.arsberetning.keyfigures.ImportsApiTests.peer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

class ComparisonApiTests extends KeyFiguresTestBase {

    @BeforeEach
    void theCultureFiguresAreStored() throws Exception {
        assertThat(importFile("12362.json", resource("jsonstat/ssb-12362-kultur.json")).get("state").asString()).isEqualTo("done");
    }

    @Test
    void theRegionIsRankedAmongAllMunicipalitiesWithTheirStatistics() throws Exception {
        JsonNode compare = getJson(API + "/compare?measure=KOSkulturinnb0000&year=2023&region=5001&peers=all", "staff");

        assertThat(compare.get("measure").asString()).isEqualTo("KOSkulturinnb0000");
        assertThat(compare.get("year").asString()).isEqualTo("2023");
        assertThat(compare.at("/region/rank").asInt()).isEqualTo(4);
        assertThat(codes(compare)).as("municipalities only, ranked first").containsExactly("0301", "1103", "4601", "3024", "1108");
        assertThat(peer(compare, "1108").get("status").asString()).isEqualTo("..");
        assertThat(peer(compare, "1108").get("rank").isNull()).isTrue();
        JsonNode statistics = compare.get("statistics");
        assertThat(statistics.get("count").asInt()).isEqualTo(5);
        assertThat(statistics.get("mean").decimalValue()).isEqualByComparingTo("3284.80");
        assertThat(statistics.get("median").decimalValue()).isEqualByComparingTo("3290");
        assertThat(statistics.get("min").decimalValue()).isEqualByComparingTo("2922");
        assertThat(statistics.get("max").decimalValue()).isEqualByComparingTo("3716");
    }

    @Test
    void thePeerGroupsMembersOfOtherYearsAreLeftOutAndTheNilSignCountsAsZero() throws Exception {
        JsonNode compare = getJson(API + "/compare?measure=KOSkulturinnb0000&year=2022&region=5001&peers=asss", "staff");

        assertThat(compare.at("/peerGroup/id").asString()).isEqualTo("asss");
        assertThat(compare.at("/peerGroup/kind").asString()).isEqualTo("asss");
        assertThat(codes(compare)).containsExactlyInAnyOrder("0301", "4601", "1103", "3024", "1108");
        JsonNode baerum = peer(compare, "3024");
        assertThat(baerum.get("status").asString()).isEqualTo("-");
        assertThat(baerum.get("statusText").asString()).isEqualTo("Null");
        assertThat(baerum.get("value").decimalValue()).isEqualByComparingTo("0");
        assertThat(baerum.get("rank").asInt()).isEqualTo(6);
    }

    @Test
    void equalValuesShareTheirRank() throws Exception {
        String file = """
                {"role": {"time": ["Tid"], "metric": ["ContentsCode"], "geo": ["region"]},
                 "id": ["region", "ContentsCode", "Tid"], "size": [4, 1, 1],
                 "dimension": {"region": {"category": {"index": ["0301", "4601", "5001", "1103"]}},
                               "ContentsCode": {"category": {"index": ["KOStestlik0000"]}},
                               "Tid": {"category": {"index": ["2023"]}}},
                 "value": [10, 20.0, 20, 5]}
                """;
        assertThat(importFile("like.json", utf8(file)).get("state").asString()).isEqualTo("done");

        JsonNode compare = getJson(API + "/compare?measure=KOStestlik0000&year=2023&region=5001&peers=0301,4601,1103", "staff");

        assertThat(compare.at("/region/rank").asInt()).isEqualTo(1);
        assertThat(peer(compare, "4601").get("rank").asInt()).isEqualTo(1);
        assertThat(peer(compare, "0301").get("rank").asInt()).isEqualTo(3);
        assertThat(peer(compare, "1103").get("rank").asInt()).isEqualTo(4);
        assertThat(compare.at("/statistics/median").decimalValue()).isEqualByComparingTo("15");
    }

    @Test
    void theRegionDefaultsToTheMunicipalityUsingThePlatform() throws Exception {
        JsonNode compare = getJson(API + "/compare?measure=KOSkulturinnb0000&year=2023&peers=egne", "staff");

        assertThat(compare.at("/region/code").asString()).isEqualTo("5001");
        assertThat(codes(compare)).containsExactly("0301", "1103", "4601");
    }

    @Test
    void theSeriesHasEveryYearWithRankAndThePeersStatistics() throws Exception {
        JsonNode series = getJson(API + "/series?measure=KOSkulturinnb0000&region=5001&peers=asss", "staff");

        assertThat(series.at("/region/label").asString()).isEqualTo("Trondheim - Tråante");
        JsonNode points = series.get("points");
        assertThat(points).hasSize(2);
        assertThat(points.get(0).get("year").asString()).isEqualTo("2022");
        assertThat(points.get(0).get("value").decimalValue()).isEqualByComparingTo("2911");
        assertThat(points.get(1).get("value").decimalValue()).isEqualByComparingTo("3084");
        assertThat(points.get(1).get("rank").asInt()).isEqualTo(4);
        assertThat(points.get(1).at("/statistics/count").asInt()).isEqualTo(5);
    }

    @Test
    void unknownMeasuresAndYearsAreNotFound() throws Exception {
        mvc.perform(get(API + "/compare?measure=KOSfinnesikke&year=2023").with(as("staff")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(API + "/compare?measure=KOSkulturinnb0000&year=1999").with(as("staff")))
                .andExpect(status().isNotFound());
    }

    @Test
    void badParametersAreRefusedNamingEachField() throws Exception {
        mvc.perform(get(API + "/compare?year=23&region=50%2001").with(as("staff")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("measure", "year", "region")));
        mvc.perform(get(java.net.URI.create(API + "/compare?measure=KOSkulturinnb0000&year=2023&peers=0301,%7B%22%24gt%22%3A1%7D")).with(as("staff")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("peers"));
    }

    @Test
    void theMeasuresAndRegionsOfTheStoreAreListed() throws Exception {
        JsonNode measures = getJson(API + "/measures?q=kultursektoren", "staff");
        assertThat(measures).extracting(m -> m.get("id").asString()).contains("KOSkulturinnb0000", "KOSandelkultur0000");
        JsonNode culture = measures.get(0);
        assertThat(culture.get("years").toString()).isEqualTo("[\"2022\",\"2023\"]");
        assertThat(culture.get("table").asString()).isEqualTo("12362");

        JsonNode regions = getJson(API + "/regions", "reporter");
        assertThat(regions.at("/home/code").asString()).isEqualTo("5001");
        assertThat(regions.get("regions").toString()).contains("\"code\":\"EAKUO\",\"label\":\"Landet uten Oslo\",\"kind\":\"national\"");
        assertThat(regions.get("regions").toString()).contains("Bærum har kommunenummer 3201 fra 2024.");
    }

    private static List<String> codes(JsonNode compare) {
        List<String> codes = new ArrayList<>();
        compare.get("peers").forEach(p -> codes.add(p.get("code").asString()));
        return codes;
    }
}
