package no.arsberetning.keyfigures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.keyfigures.store.Slice;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.databind.JsonNode;

class ImportsApiTests extends KeyFiguresTestBase {

    private static final String KULTUR = "jsonstat/ssb-12362-kultur.json";

    @Test
    void anSsbFileIsImportedWithItsStatusesAggregatesUnitsAndNotes() throws Exception {
        JsonNode done = importFile("12362.json", resource(KULTUR));

        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("done");
        assertThat(done.get("valuesRead").asLong()).isEqualTo(32);
        assertThat(done.get("valuesTotal").asLong()).isEqualTo(36);
        assertThat(done.get("table").asString()).isEqualTo("12362");
        assertThat(done.get("progress").asDouble()).isEqualTo(1.0);
        assertThat(done.get("errors")).isEmpty();

        JsonNode compare = getJson(API + "/compare?measure=KOSandelkultur0000&year=2022&region=5001&peers=1103,EKA13,EAKUO", "staff");
        assertThat(compare.get("unit").asString()).isEqualTo("percent");
        assertThat(compare.get("unitText").asString()).isEqualTo("prosent");
        assertThat(compare.get("decimals").asInt()).isEqualTo(1);
        assertThat(compare.at("/region/value").decimalValue()).isEqualByComparingTo("3.8");
        assertThat(compare.at("/region/label").asString()).isEqualTo("Trondheim - Tråante");
        JsonNode stavanger = peer(compare, "1103");
        assertThat(stavanger.get("value").isNull()).isTrue();
        assertThat(stavanger.get("status").asString()).isEqualTo(":");
        assertThat(stavanger.get("statusText").asString()).isEqualTo("Vises ikke av konfidensialitetshensyn");
        JsonNode group = peer(compare, "EKA13");
        assertThat(group.get("kind").asString()).isEqualTo("kostra-group");
        assertThat(group.get("reference").asBoolean()).isTrue();
        assertThat(group.get("rank").isNull()).isTrue();
        assertThat(peer(compare, "EAKUO").get("kind").asString()).isEqualTo("national");
        assertThat(compare.get("notes").toString()).contains("reviderte tall per 20. juni 2024");
    }

    @Test
    void importingTheSameFileAgainChangesNothing() throws Exception {
        JsonNode first = importFile("12362.json", resource(KULTUR));
        List<String> before = slices();

        JsonNode again = importFile("12362-igjen.json", resource(KULTUR));

        assertThat(again.get("state").asString()).isEqualTo("done");
        assertThat(again.get("valuesWritten").asLong()).isZero();
        assertThat(again.get("slicesUnchanged").asLong()).isEqualTo(4);
        assertThat(again.get("sameAs").asString()).isIn(first.get("id").asString(), first.get("sameAs").asString());
        assertThat(slices()).isEqualTo(before);
    }

    @Test
    void theSameFiguresWithValuesFirstAndTheDimensionsInAnotherOrderChangeNothing() throws Exception {
        importFile("12362.json", resource(KULTUR));
        List<String> before = slices();

        JsonNode other = importFile("12362-annen-rekkefolge.json", resource("jsonstat/ssb-12362-values-first.json"));

        assertThat(other.get("state").asString()).as(other.toString()).isEqualTo("done");
        assertThat(other.get("valuesRead").asLong()).isEqualTo(32);
        assertThat(other.get("valuesWritten").asLong()).isZero();
        assertThat(slices()).isEqualTo(before);
    }

    @Test
    void aCorrectedValueReplacesTheSliceAndTheRegionsNotInTheFileStay() throws Exception {
        importFile("korr-1.json", utf8(correctionFile("[100, 200, 300]", "[\"0301\", \"4601\", \"5001\"]")));

        JsonNode corrected = importFile("korr-2.json", utf8(correctionFile("[250]", "[\"4601\"]")));

        assertThat(corrected.get("valuesWritten").asLong()).isEqualTo(3);
        JsonNode compare = getJson(API + "/compare?measure=KOStestkorr0000&year=2023&region=5001&peers=0301,4601", "staff");
        assertThat(compare.at("/region/value").decimalValue()).isEqualByComparingTo("300");
        assertThat(peer(compare, "4601").get("value").decimalValue()).isEqualByComparingTo("250");
        assertThat(peer(compare, "0301").get("value").decimalValue()).isEqualByComparingTo("100");
        assertThat(mongo.count(Query.query(Criteria.where("measure").is("KOStestkorr0000")), Slice.class))
                .as("the replaced slice is removed").isEqualTo(1);
    }

    @Test
    void aBrokenFileIsRefusedWithThePlaceOfEachErrorAndLeavesTheStoreAsItWas() throws Exception {
        importFile("12362.json", resource(KULTUR));
        List<String> before = slices();
        String broken = new String(resource(KULTUR), java.nio.charset.StandardCharsets.UTF_8).replace("3084", "\"3 084\"");

        JsonNode failed = importFile("12362-feil.json", utf8(broken));

        assertThat(failed.get("state").asString()).isEqualTo("failed");
        JsonNode error = failed.get("errors").get(0);
        assertThat(error.get("field").asString()).matches("value\\[\\d+]");
        assertThat(error.get("line").asInt()).isPositive();
        assertThat(error.get("column").asInt()).isPositive();
        assertThat(error.get("message").asString()).contains("«3 084» er ikke et tall");
        assertThat(slices()).isEqualTo(before);
        assertThat(mongo.count(Query.query(Criteria.where("importId").is(failed.get("id").asString())), Slice.class)).isZero();
    }

    @Test
    void valuesThatDoNotFitTheDimensionsAreRefusedBeforeAnythingIsWritten() throws Exception {
        List<String> before = slices();
        String file = correctionFile("[1, 2]", "[\"0301\", \"4601\", \"5001\"]");

        JsonNode failed = importFile("for-faa.json", utf8(file));

        assertThat(failed.get("state").asString()).isEqualTo("failed");
        assertThat(failed.get("errors").get(0).get("message").asString()).isEqualTo("«value» har 2 verdier, men dimensjonene gir 3.");
        JsonNode outside = importFile("utenfor.json", utf8(correctionFile("{\"0\": 1, \"7\": 2}", "[\"0301\", \"4601\", \"5001\"]")));
        assertThat(outside.get("errors").get(0).get("field").asString()).isEqualTo("value.7");
        JsonNode noTime = importFile("uten-tid.json", utf8(correctionFile("[1, 2, 3]", "[\"0301\", \"4601\", \"5001\"]")
                .replace("\"time\": [\"Tid\"], ", "")));
        assertThat(noTime.get("errors").get(0).get("field").asString()).isEqualTo("role.time");
        assertThat(slices()).isEqualTo(before);
    }

    @Test
    void theImportListsNewestFirstAndAnUnknownImportIsNotFound() throws Exception {
        JsonNode done = importFile("12362.json", resource(KULTUR));

        mvc.perform(get(API + "/imports").with(as("staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(done.get("id").asString()));
        mvc.perform(get(API + "/imports/finnes-ikke").with(as("staff")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anUploadWithoutAFileOrWithAnEmptyOneIsABadRequestNamingTheFile() throws Exception {
        mvc.perform(multipart(API + "/imports").file(new MockMultipartFile("annet", "x.json", "application/json", utf8("{}")))
                        .with(as("controller")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(multipart(API + "/imports").file(new MockMultipartFile("file", "tom.json", "application/json", new byte[0]))
                        .with(as("controller")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Filen er tom."));
    }

    @Test
    void onlyControllersAndAdminsImport() throws Exception {
        for (String role : List.of("staff", "reporter", "committee")) {
            mvc.perform(multipart(API + "/imports").file(new MockMultipartFile("file", "x.json", "application/json", resource(KULTUR)))
                            .with(as(role)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        assertThat(importAs("admin").get("state").asString()).isEqualTo("done");
    }

    @Test
    void theCommitteeReadsNoneOfTheStore() throws Exception {
        for (String path : List.of("/imports", "/groups", "/measures", "/regions", "/compare?measure=KOSkulturinnb0000&year=2023",
                "/series?measure=KOSkulturinnb0000")) {
            mvc.perform(get(API + path).with(as("committee"))).andExpect(status().isForbidden());
        }
    }

    private JsonNode importAs(String role) throws Exception {
        String location = mvc.perform(multipart(API + "/imports").file(new MockMultipartFile("file", "12362.json", "application/json",
                        resource(KULTUR))).with(as(role)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
        return awaitImport(location);
    }

    /** A small file of one measure (KOStestkorr0000, 2023) for the given regions and values. */
    private static String correctionFile(String values, String regions) {
        return """
                {"version": "2.0", "class": "dataset", "label": "99999: Retting", "source": "Statistisk sentralbyrå",
                 "role": {"time": ["Tid"], "metric": ["ContentsCode"], "geo": ["KOKkommuneregion0000"]},
                 "id": ["KOKkommuneregion0000", "ContentsCode", "Tid"], "size": [%d, 1, 1],
                 "dimension": {
                   "KOKkommuneregion0000": {"label": "region", "category": {"index": %s}},
                   "ContentsCode": {"label": "statistikkvariabel", "category": {"index": {"KOStestkorr0000": 0},
                                    "label": {"KOStestkorr0000": "Rettet tall"}, "unit": {"KOStestkorr0000": {"base": "kr", "decimals": 0}}}},
                   "Tid": {"label": "år", "category": {"index": {"2023": 0}}}},
                 "value": %s}
                """.formatted(regions.split(",").length, regions, values);
    }

    private List<String> slices() {
        List<String> all = new ArrayList<>();
        mongo.findAll(Slice.class).forEach(s -> all.add(s.id() + " " + s.values() + " " + s.statuses()));
        all.sort(String::compareTo);
        return all;
    }

    static JsonNode peer(JsonNode compare, String code) {
        for (JsonNode peer : compare.get("peers")) {
            if (peer.get("code").asString().equals(code)) {
                return peer;
            }
        }
        throw new AssertionError("no peer " + code + " in " + compare);
    }
}
