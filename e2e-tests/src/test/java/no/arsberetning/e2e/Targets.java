package no.arsberetning.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import no.arsberetning.e2e.AuthorizationMatrixIT.Case;
import no.arsberetning.e2e.AuthorizationMatrixIT.Probe;
import no.arsberetning.e2e.Platform.Service;
import tools.jackson.databind.JsonNode;

/**
 * The matrix's rows for one service, found in its data: a table cell, texts and sections of the
 * reporters' areas, of another area and of no area, the service's own documents, imports and releases.
 */
final class Targets {

    private static final String YEAR = AuthorizationMatrixIT.YEAR;
    private static final String STALE = AuthorizationMatrixIT.STALE;
    private static final List<String> AREAS = List.of("skole", "helse-og-omsorg", AuthorizationMatrixIT.THIRD_AREA);

    private final Service service;
    private final String prefix;
    private final String ops;
    private final String staff = Tokens.forUser("staff");
    private final List<String[]> submitted;
    private final List<Case> cases = new ArrayList<>();

    Targets(Service service, List<String[]> submitted) {
        this.service = service;
        this.prefix = "/api/" + service.api + "/" + YEAR;
        this.ops = "/api/" + service.api + "/{year}";
        this.submitted = submitted;
    }

    List<Case> cases() {
        cells();
        texts();
        sections();
        imports();
        releases();
        years();
        figures();
        switch (service) {
            case FINANCE -> finance();
            case HR -> hr();
            case CLIMATE -> climate();
            case SERVICES_GOALS -> servicesGoals();
        }
        return cases;
    }

    private void cells() {
        JsonNode table = firstTable(t -> !(service == Service.CLIMATE && "goals".equals(t.path("section").asString())));
        String key = table.get("key").asString();
        String body = "{\"row\":\"" + table.get("rows").get(0).get("key").asString() + "\",\"column\":\""
                + last(table.get("columns")).get("key").asString() + "\",\"text\":\"1\"}";
        Probe probe = Probe.json("PATCH", prefix + "/tables/" + key + "/cells", STALE, body);
        controllerOnly("PATCH " + ops + "/tables/{key}/cells", "a cell of table " + key, probe, probe, 412);
    }

    private void texts() {
        List<JsonNode> texts = list("/texts");
        if (texts.isEmpty()) {
            Map<String, Set<Integer>> everyone = new java.util.LinkedHashMap<>();
            AuthorizationMatrixIT.USERS.forEach(user -> everyone.put(user, Set.of(403, 404)));
            Probe probe = Probe.json("PUT", prefix + "/texts/none", STALE, "{\"html\":\"<p>matrise</p>\"}");
            cases.add(new Case(service, "PUT " + ops + "/texts/{key}", "a text (the service has none)", everyone, probe, probe));
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode text : texts) {
            String area = text.path("area").isNull() || text.path("area").isMissingNode() ? null : text.get("area").asString();
            if (area != null && !AREAS.contains(area) || !seen.add(String.valueOf(area))) {
                continue;
            }
            String key = text.get("key").asString();
            Probe probe = Probe.json("PUT", prefix + "/texts/" + key, STALE, "{\"html\":\"<p>matrise</p>\"}");
            String target = "text " + key + (area == null ? " (no area)" : " (area " + area + ", named in the path)");
            if (area == null || service == Service.HR) {
                controllerOnly("PUT " + ops + "/texts/{key}", target, probe, probe, 412);
            } else {
                byArea("PUT " + ops + "/texts/{key}", target, area, probe, probe, 412);
            }
        }
    }

    private void sections() {
        List<JsonNode> drafts = list("/sections").stream().filter(s -> s.get("status").asString().equalsIgnoreCase("draft")).toList();
        Set<String> used = new HashSet<>();
        Set<String> submittedAreas = new HashSet<>();
        String controller = Tokens.forUser("controller");
        for (JsonNode section : drafts) {
            String area = section.path("area").isNull() || section.path("area").isMissingNode() ? null : section.get("area").asString();
            if (area != null && !AREAS.contains(area) || !submittedAreas.add(String.valueOf(area))) {
                continue;
            }
            String path = prefix + "/sections/" + section.get("key").asString();
            HttpResponse<String> submit = Calls.json("POST", service.direct, path + "/submit", controller, null, null);
            assertThat(submit.statusCode()).as("set up: submit " + path + ": " + submit.body()).isEqualTo(200);
            submitted.add(new String[] {service.direct.toString(), path});
            used.add(section.get("key").asString());
            Probe probe = Probe.json("POST", path + "/submit", null, null);
            String target = "submitted section " + section.get("key").asString()
                    + (area == null ? " (no area)" : " (area " + area + ", named in the path)");
            if (area == null) {
                controllerOnly("POST " + ops + "/sections/{section}/submit", target, probe, probe, 409);
            } else {
                byArea("POST " + ops + "/sections/{section}/submit", target, area, probe, probe, 409);
            }
        }
        JsonNode draft = drafts.stream().filter(s -> !used.contains(s.get("key").asString())).findFirst()
                .orElseThrow(() -> new IllegalStateException(service + " has no second section in draft"));
        String path = prefix + "/sections/" + draft.get("key").asString();
        String target = "draft section " + draft.get("key").asString();
        for (String step : List.of("approve", "reopen")) {
            Probe probe = Probe.json("POST", path + "/" + step, null, null);
            controllerOnly("POST " + ops + "/sections/{section}/" + step, target, probe, probe, 409);
        }
        Probe back = Probe.json("POST", path + "/return", null, "{\"comment\":\"matrise\"}");
        controllerOnly("POST " + ops + "/sections/{section}/return", target, back, back, 409);
    }

    private void imports() {
        JsonNode table = firstTable(t -> true);
        String key = table.get("key").asString();
        HttpResponse<String> csv = Calls.get(service.direct, prefix + "/tables/" + key + ".csv", staff);
        assertThat(csv.statusCode()).isEqualTo(200);
        Probe unchanged = Probe.upload(prefix + "/imports", key + ".csv", "text/csv", csv.body().getBytes(StandardCharsets.UTF_8),
                Map.of("table", key));
        cases.add(new Case(service, "POST " + ops + "/imports", "a file that changes nothing (table " + key + ")",
                Map.of("controller", Set.of(200), "reporter.skole", Set.of(200), "reporter.helse", Set.of(200)), unchanged, unchanged));
    }

    private void releases() {
        Probe deny = Probe.json("POST", prefix + "/releases", null, "{\"number\":9999,\"idempotencyKey\":\"matrix-never\"}");
        Probe allow = Probe.json("POST", prefix + "/releases", null, "{\"number\":0,\"idempotencyKey\":\"matrix-never\"}");
        controllerOnly("POST " + ops + "/releases", "freeze a release", deny, allow, 400);
        Probe number = Probe.json("POST", prefix + "/releases/numbers", null, "{\"idempotencyKey\":\"matrix-never\"}");
        Probe noKey = Probe.json("POST", prefix + "/releases/numbers", null, "{\"idempotencyKey\":\"\"}");
        controllerOnly("POST " + ops + "/releases/numbers", "give a release number", number, noKey, 400);
    }

    /** Opening a year (controllers and administrators) and accepting a restatement (controllers). */
    private void years() {
        String years = "/api/" + service.api + "/years";
        Probe deny = Probe.json("POST", years, null, "{\"year\":2031,\"from\":2030}");
        Probe allow = Probe.json("POST", years, null, "{\"year\":2023,\"from\":2023}");
        cases.add(new Case(service, "POST " + years, "open a year", Map.of("controller", Set.of(400), "admin", Set.of(400)),
                deny, allow));
        Probe accept = Probe.json("POST", prefix + "/restatements/acceptances", null,
                "{\"table\":\"matrise\",\"row\":\"matrise\",\"column\":\"matrise\",\"reason\":\"matrise\"}");
        controllerOnly("POST " + ops + "/restatements/acceptances", "accept a restatement of the year before", accept, accept, 404);
    }

    /** Every service's figures stated in its text: one API, controllers only. */
    private void figures() {
        JsonNode figures = Api.json(get("/figures")).get("figures");
        Probe probe = Probe.json("PATCH", prefix + "/figures/" + figures.get(0).get("id").asString(), STALE, "{\"value\":\"1\"}");
        controllerOnly("PATCH " + ops + "/figures/{id}", "a figure in the text", probe, probe, 412);
    }

    private void finance() {
        String titlePage = "{\"municipality\":\"Trondheim kommune\",\"title\":\"Årsberetning " + AuthorizationMatrixIT.YEAR
                + "\",\"issuedBy\":\"Kommunedirektøren\"}";
        Probe page = Probe.json("PUT", prefix + "/front-matter/title-page", STALE, titlePage);
        controllerOnly("PUT " + ops + "/front-matter/title-page", "the report's title page", page, page, 412);
    }

    private void hr() {
        String valid = "{\"authority\":\"Arbeidstilsynet\",\"unit\":\"Matrise\",\"findings\":\"Ingen\","
                + "\"outcome\":\"unknown\",\"followUpStatus\":\"not-needed\"}";
        controllerOnly("POST " + ops + "/inspections", "a new inspection",
                Probe.json("POST", prefix + "/inspections", null, valid), Probe.json("POST", prefix + "/inspections", null, "{}"), 400);
        String key = list("/inspections").get(0).get("key").asString();
        Probe probe = Probe.json("PUT", prefix + "/inspections/" + key, STALE, valid);
        controllerOnly("PUT " + ops + "/inspections/{key}", "inspection " + key, probe, probe, 412);
    }

    private void climate() {
        String number = list("/goals").get(0).get("number").asString();
        Probe goal = Probe.json("PUT", prefix + "/goals/" + number, STALE,
                "{\"text\":\"Matrise\",\"scope\":\"city\",\"reportedStatus\":\"green\",\"actualSource\":\"trajectory\"}");
        controllerOnly("PUT " + ops + "/goals/{number}", "climate goal " + number, goal, goal, 412);
        Probe trajectory = Probe.json("PUT", prefix + "/trajectory", STALE, "{\"referenceYear\":2009,\"points\":[],\"targets\":[]}");
        controllerOnly("PUT " + ops + "/trajectory", "the trajectory", trajectory, trajectory, 412);
        Probe investments = Probe.json("PUT", prefix + "/investments", STALE, "{\"measures\":[]}");
        controllerOnly("PUT " + ops + "/investments", "the climate investments", investments, investments, 412);
    }

    private void servicesGoals() {
        String explanation = "PUT " + ops + "/accounts/{area}/explanation";
        for (String area : AREAS) {
            Probe probe = Probe.json("PUT", prefix + "/accounts/" + area + "/explanation", STALE, "{\"html\":\"<p>matrise</p>\"}");
            byArea(explanation, "explanation of " + area + " (named in the path)", area, probe, probe, 412);
        }
        Probe alias = Probe.json("PUT", prefix + "/accounts/Barnehager/explanation", STALE, "{\"html\":\"<p>matrise</p>\"}");
        byArea(explanation, "explanation of barnehage (named in the path by its printed name)", "barnehage", alias, alias, 412);

        // Goals belong to several areas: 4.x to skole, barnehage and barne-og-familietjenesten; 5.x to five
        // areas, two of them reporter.helse's (who must then name one). Each row: the area named in the
        // body (none: the goal's own areas decide) and what each allowed user gets.
        String assess = "PATCH " + ops + "/goals/{goal}";
        String indicator = "PATCH " + ops + "/goals/{goal}/indicators/{index}";
        Set<Integer> stale = Set.of(412);
        Set<Integer> mustName = Set.of(400);
        goal(assess, "4.1", "", null, Map.of("controller", mustName, "reporter.skole", stale));
        goal(assess, "4.1", "", "skole", Map.of("controller", stale, "reporter.skole", stale));
        goal(assess, "4.1", "", "barnehage", Map.of("controller", stale));
        goal(assess, "4.1", "", "helse-og-omsorg", Map.of("controller", mustName));
        goal(assess, "5.5", "", null, Map.of("controller", mustName, "reporter.helse", mustName));
        goal(assess, "5.5", "", "helse-og-omsorg", Map.of("controller", stale, "reporter.helse", stale));
        goal(assess, "5.5", "", "skole", Map.of("controller", mustName));
        goal(indicator, "5.5", "/indicators/1", null, Map.of("controller", mustName, "reporter.helse", mustName));
        goal(indicator, "5.5", "/indicators/1", "psykisk-helse-og-rus", Map.of("controller", stale, "reporter.helse", stale));
        goal(indicator, "5.5", "/indicators/1", "skole", Map.of("controller", mustName));
        goal(indicator, "5.5", "/indicators/1", "Skoler", Map.of("controller", mustName));

        byte[] notAWorkbook = "not a workbook".getBytes(StandardCharsets.UTF_8);
        for (String area : List.of("skole", "helse-og-omsorg", "barnehage", "Barnehager")) {
            String code = area.equals("Barnehager") ? "barnehage" : area;
            Probe probe = Probe.upload(prefix + "/goals/imports?area=" + area, "mal.xlsx", "application/octet-stream", notAWorkbook, Map.of());
            // 409 once the area's section is submitted (the matrix submits some): still past authorization.
            cases.add(Case.byArea(service, "POST " + ops + "/goals/imports", "goal report import for " + area
                    + " (named in the query)", code, probe, probe, Set.of(400, 409)));
        }
        for (String area : List.of("skole", "barnehage")) {
            Probe probe = Probe.upload(prefix + "/key-figures/imports/json-stat?area=" + area, "ssb.json", "application/json",
                    "{}".getBytes(StandardCharsets.UTF_8), Map.of());
            controllerOnly("POST " + ops + "/key-figures/imports/json-stat", "JSON-stat import for " + area + " (named in the query)",
                    probe, probe, 400);
        }
    }

    private void goal(String operation, String goal, String sub, String named, Map<String, Set<Integer>> allowed) {
        String field = sub.isEmpty() ? "\"assessment\":\"matrise\"" : "\"comment\":\"matrise\"";
        String body = named == null ? "{" + field + "}" : "{\"area\":\"" + named + "\"," + field + "}";
        Probe probe = Probe.json("PATCH", prefix + "/goals/" + goal + sub, STALE, body);
        String target = "goal " + goal + sub + (named == null ? " (areas of the goal in the path)" : " (area " + named + " named in the body)");
        cases.add(new Case(service, operation, target, allowed, probe, probe));
    }

    private void controllerOnly(String operation, String target, Probe deny, Probe allow, int allowed) {
        cases.add(Case.controllerOnly(service, operation, target, deny, allow, Set.of(allowed)));
    }

    private void byArea(String operation, String target, String area, Probe deny, Probe allow, int allowed) {
        cases.add(Case.byArea(service, operation, target, area, deny, allow, Set.of(allowed)));
    }

    private JsonNode firstTable(Predicate<JsonNode> wanted) {
        for (JsonNode summary : list("/tables")) {
            if (wanted.test(summary)) {
                return Api.json(get("/tables/" + summary.get("key").asString()));
            }
        }
        throw new IllegalStateException(service + " has no table");
    }

    private List<JsonNode> list(String path) {
        List<JsonNode> items = new ArrayList<>();
        Api.json(get(path)).forEach(items::add);
        return items;
    }

    private HttpResponse<String> get(String path) {
        HttpResponse<String> response = Calls.get(service.direct, prefix + path, staff);
        assertThat(response.statusCode()).as("GET " + prefix + path + ": " + response.body()).isEqualTo(200);
        return response;
    }

    private static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }
}
