package no.arsberetning.servicesgoals;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Who may write what, as data: a reporter writes only the areas of the token, however an area is named —
 * in the path, in the body or in the query, by code, name or alias — and never a controller's table; staff
 * and the committee write nothing. Every refused attempt carries a valid If-Match, so the refusal is about
 * the area and nothing else.
 */
class AreaAuthorizationTests extends ServiceAreasTestBase {

    private static final String SKOLE = "reporter:skole";
    private static final String HELSE = "reporter:helse-og-omsorg,psykisk-helse-og-rus";

    static Stream<Arguments> attempts() {
        return Stream.of(
                // path
                Arguments.of(SKOLE, "explanation", "barnehage", 403),
                Arguments.of(SKOLE, "explanation", "Barnehager", 403),
                Arguments.of(SKOLE, "explanation", "skole", 200),
                Arguments.of(SKOLE, "explanation", "Skoleområdet", 200),
                Arguments.of(SKOLE, "submit", "area:Barnehager", 403),
                Arguments.of(SKOLE, "submit", "area:barnehage", 403),
                Arguments.of(SKOLE, "submit", "area:Skoler", 200),
                Arguments.of(SKOLE, "text", "explanation:barnehage", 403),
                Arguments.of(SKOLE, "cell", "4.2", 403),
                Arguments.of("staff", "explanation", "skole", 403),
                Arguments.of("committee", "explanation", "skole", 403),
                Arguments.of("controller", "explanation", "Barnehager", 200),
                // body
                Arguments.of(SKOLE, "assessment", "Barnehager", 403),
                Arguments.of(SKOLE, "assessment", "barnehage", 403),
                Arguments.of(SKOLE, "assessment", "BFT", 403),
                Arguments.of(SKOLE, "assessment", "Skoler", 200),
                Arguments.of(SKOLE, "assessment", "", 200),
                Arguments.of(SKOLE, "indicator", "helse og omsorg", 403),
                Arguments.of(SKOLE, "indicator", "", 403),
                Arguments.of(HELSE, "indicator", "", 400),
                Arguments.of(HELSE, "indicator", "Helse og omsorgstjenester", 200),
                Arguments.of(HELSE, "indicator", "skole", 403),
                Arguments.of("staff", "indicator", "helse-og-omsorg", 403),
                // query
                Arguments.of(SKOLE, "import", "Barnehager", 403),
                Arguments.of(SKOLE, "import", "barnehage", 403),
                Arguments.of(SKOLE, "import", "Skoler", 200),
                Arguments.of(SKOLE, "key-figures", "skole", 403),
                Arguments.of("committee", "import", "skole", 403));
    }

    @ParameterizedTest(name = "{0} {1} «{2}» → {3}")
    @MethodSource("attempts")
    void onlyTheAreasOwnReportersAndControllersWrite(String who, String what, String area, int expected) throws Exception {
        mvc.perform(request(what, area).with(token(who)))
                .andExpect(status().is(expected))
                .andExpect(expected == 403 ? content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                        : status().is(expected));
    }

    @ParameterizedTest(name = "refused: {0}")
    @MethodSource("refusedAliases")
    void theRefusalNamesTheCanonicalArea(String alias) throws Exception {
        mvc.perform(request("explanation", alias).with(token(SKOLE)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Ingen skrivetilgang til tjenesteområdet «barnehage»."));
    }

    static Stream<String> refusedAliases() {
        return Stream.of("barnehage", "Barnehager", "BARNEHAGE", "Barnehage");
    }

    private AbstractMockHttpServletRequestBuilder<?> request(String what, String area) throws Exception {
        switch (what) {
            case "explanation": {
                String path = Y + "/accounts/" + area + "/explanation";
                JsonNode current = getJson(Y + "/accounts/" + (area.startsWith("Bar") ? "barnehage" : "skole") + "/explanation");
                return put(path).header("If-Match", etag(Y + "/texts/" + current.get("key").asString()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("html", current.get("html").asString())));
            }
            case "text":
                return put(Y + "/texts/" + area).header("If-Match", etag(Y + "/texts/" + area))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"html\":\"<p>Endret</p>\"}");
            case "submit":
                return post(Y + "/sections/" + area + "/submit");
            case "cell":
                return patch(Y + "/tables/" + area + "/cells").header("If-Match", etag(Y + "/tables/" + area))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"row\":\"millioner-kroner\",\"column\":\"avvik\",\"text\":\"-32,0\"}");
            case "assessment": {
                JsonNode goal = getJson(Y + "/goals/4.1");
                String body = json.writeValueAsString(area.isEmpty()
                        ? Map.of("assessment", goal.get("assessment").asString())
                        : Map.of("area", area, "assessment", goal.get("assessment").asString()));
                return patch(Y + "/goals/4.1").header("If-Match", etag(Y + "/goals/4.1"))
                        .contentType(MediaType.APPLICATION_JSON).content(body);
            }
            case "indicator": {
                String body = area.isEmpty() ? "{\"comment\":\"Kontrollert\"}"
                        : json.writeValueAsString(Map.of("area", area, "comment", "Kontrollert"));
                return patch(Y + "/goals/5.3/indicators/2").header("If-Match", etag(Y + "/goals/5.3"))
                        .contentType(MediaType.APPLICATION_JSON).content(body);
            }
            case "import": {
                byte[] file = mvc.perform(MockMvcRequestBuilders
                        .get(Y + "/goals/report.xlsx").param("area", "skole").with(staff())).andReturn().getResponse().getContentAsByteArray();
                return multipart(Y + "/goals/imports").file(new MockMultipartFile("file", "mal.xlsx", "application/octet-stream", file))
                        .param("area", area);
            }
            case "key-figures":
                return multipart(Y + "/key-figures/imports/json-stat").file(new MockMultipartFile("file", "ssb.json",
                        "application/json", getClass().getResourceAsStream("/jsonstat/ssb-kostra-kultur.json"))).param("area", area);
            default:
                throw new IllegalArgumentException(what);
        }
    }

    private static JwtRequestPostProcessor token(String who) {
        String[] parts = who.split(":");
        String[] areas = parts.length > 1 ? parts[1].split(",") : new String[0];
        return as(parts[0], Arrays.stream(areas).toArray(String[]::new));
    }
}
