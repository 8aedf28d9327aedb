package no.arsberetning.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import no.arsberetning.e2e.Platform.Service;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The authorization matrix (brief § 2), data-driven: every write operation of every service (the list is
 * checked against each service's OpenAPI, so a new write endpoint without an entry here fails) × every
 * demo role × own area / another area / the area named in the path, the body and the query — through
 * the gateway and straight at the service's own port.
 *
 * <p>Refused cases must be 403 with a problem document, sent with a request that would otherwise pass
 * (a missing check shows as another status). Allowed cases are sent so that they cannot change anything
 * (a stale {@code If-Match} → 412, a step from the wrong state → 409, a file that changes no cell) and
 * must get past authorization. Everything each service holds for the year is read before and after and
 * must be the same.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    static final String YEAR = "2023";
    static final List<String> USERS = List.of("staff", "reporter.skole", "reporter.helse", "controller", "admin", "committee");
    static final Map<String, Set<String>> AREAS = Map.of(
            "reporter.skole", Set.of("skole"),
            "reporter.helse", Set.of("helse-og-omsorg", "psykisk-helse-og-rus"));
    static final String STALE = "\"999999\"";
    /** An area none of the demo reporters has. */
    static final String THIRD_AREA = "barnehage";

    /** The write operations, as each service's OpenAPI names them (prefix and {year} included). */
    static final Map<Service, Set<String>> WRITES = Map.of(
            Service.FINANCE, common("finance", "PUT /api/finance/{year}/front-matter/title-page"),
            Service.HR, common("hr", "POST /api/hr/{year}/inspections", "PUT /api/hr/{year}/inspections/{key}"),
            Service.CLIMATE, common("climate", "PUT /api/climate/{year}/goals/{number}", "PUT /api/climate/{year}/trajectory",
                    "PUT /api/climate/{year}/investments"),
            Service.SERVICES_GOALS, common("service-areas", "PUT /api/service-areas/{year}/accounts/{area}/explanation",
                    "PATCH /api/service-areas/{year}/goals/{goal}", "PATCH /api/service-areas/{year}/goals/{goal}/indicators/{index}",
                    "POST /api/service-areas/{year}/goals/imports", "POST /api/service-areas/{year}/key-figures/imports/json-stat"));

    private final Map<Service, Map<String, String>> before = new LinkedHashMap<>();
    private final List<Case> cases = new ArrayList<>();
    /** Sections put in SUBMITTED for the duration, so that an allowed submit is a 409 and changes nothing. */
    private final List<String[]> submittedForTheTest = new ArrayList<>();

    private static Set<String> common(String api, String... own) {
        Set<String> writes = new TreeSet<>(Set.of(own));
        String p = "/api/" + api + "/{year}";
        writes.addAll(List.of("PATCH " + p + "/tables/{key}/cells", "POST " + p + "/imports", "PUT " + p + "/texts/{key}",
                "POST " + p + "/sections/{section}/submit", "POST " + p + "/sections/{section}/approve",
                "POST " + p + "/sections/{section}/return", "POST " + p + "/sections/{section}/reopen",
                "POST " + p + "/releases", "POST " + p + "/releases/numbers", "POST /api/" + api + "/years",
                "POST " + p + "/restatements/acceptances", "PATCH " + p + "/figures/{id}"));
        return writes;
    }

    @BeforeAll
    void readEverythingAndBuildTheCases() {
        for (Service service : Service.values()) {
            before.put(service, Snapshot.of(service));
        }
        for (Service service : Service.values()) {
            cases.addAll(new Targets(service, submittedForTheTest).cases());
        }
        cases.add(Case.controllerOnly(null, "POST /api/releases/{year}", "publish a year",
                Probe.json("POST", "/api/releases/" + YEAR, null, "{}").header("Idempotency-Key", "matrix-should-never-publish"),
                Probe.json("POST", "/api/releases/" + YEAR, null, "{}"), Set.of(400)));
        cases.add(new Case(null, "POST /api/years", "open a year in every service",
                Map.of("controller", Set.of(400), "admin", Set.of(400)),
                Probe.json("POST", "/api/years", null, "{\"year\":2031,\"from\":2030}"),
                Probe.json("POST", "/api/years", null, "{\"year\":2023,\"from\":2023}")));
    }

    @AfterAll
    void restoreAndCompare() {
        String controller = Tokens.forUser("controller");
        for (String[] section : submittedForTheTest) {
            HttpResponse<String> reopened = Calls.json("POST", URI.create(section[0]), section[1] + "/reopen", controller, null, null);
            assertThat(reopened.statusCode()).as(reopened.body()).isEqualTo(200);
        }
        for (Service service : Service.values()) {
            assertThat(Snapshot.of(service)).as("%s after the matrix", service).isEqualTo(before.get(service));
        }
    }

    @ParameterizedTest(name = "{0}: every write operation in the OpenAPI is in the matrix")
    @MethodSource("services")
    void everyWriteOperationIsInTheMatrix(Service service) {
        JsonNode paths = Api.json(Calls.get(service.direct, "/v3/api-docs", Tokens.forUser("staff"))).get("paths");
        Set<String> documented = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (String method : List.of("post", "put", "patch", "delete")) {
                if (path.getValue().has(method)) {
                    documented.add(method.toUpperCase() + " " + path.getKey());
                }
            }
        }
        assertThat(documented).isEqualTo(WRITES.get(service));
        Set<String> probed = new TreeSet<>();
        cases.stream().filter(c -> c.service() == service).forEach(c -> probed.add(c.operation()));
        assertThat(probed).as("operations with at least one probe").isEqualTo(WRITES.get(service));
    }

    Stream<Arguments> services() {
        return Stream.of(Service.values()).map(Arguments::of);
    }

    Stream<Arguments> matrix() {
        List<Arguments> all = new ArrayList<>();
        for (Case c : cases) {
            for (String user : USERS) {
                all.add(Arguments.of(c, user));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void nothingSucceedsThatTheRolesDoNotAllow(Case c, String user) {
        boolean allowed = c.allows(user);
        Probe probe = allowed ? c.allow() : c.deny();
        String token = Tokens.forUser(user);
        List<URI> entrances = c.service() == null ? List.of(Platform.GATEWAY) : List.of(Platform.GATEWAY, c.service().direct);
        for (URI base : entrances) {
            HttpResponse<String> response = probe.send(base, token);
            String what = probe.method() + " " + base + probe.path() + " as " + user + " → " + response.statusCode() + " " + response.body();
            if (allowed) {
                assertThat(response.statusCode()).as(what).isIn(c.allowedStatuses(user));
            } else {
                assertThat(response.statusCode()).as(what).isEqualTo(403);
                assertThat(Calls.isProblem(response)).as(what).isTrue();
            }
        }
    }

    @Test
    void theMatrixCoversOwnAreaAnotherAreaAndEveryWayOfNamingIt() {
        for (String user : AREAS.keySet()) {
            assertThat(cases.stream().filter(c -> c.allows(user))).as(user + " in an own area").isNotEmpty();
            assertThat(cases.stream().filter(c -> !c.allows(user) && c.target().contains("area"))).as(user + " in another area").isNotEmpty();
        }
        for (String where : List.of("named in the path", "named in the body", "named in the query")) {
            assertThat(cases.stream().filter(c -> c.target().contains(where))).as(where).isNotEmpty();
        }
    }

    /** One request: method, path, If-Match, body. */
    record Probe(String method, String path, String ifMatch, String contentType, byte[] body, Map<String, String> headers) {

        static Probe json(String method, String path, String ifMatch, String json) {
            return new Probe(method, path, ifMatch, json == null ? null : "application/json",
                    json == null ? null : json.getBytes(StandardCharsets.UTF_8), Map.of());
        }

        static Probe upload(String path, String fileName, String type, byte[] content, Map<String, String> fields) {
            Calls.Multipart multipart = Calls.multipart(fileName, type, content, fields);
            return new Probe("POST", path, null, multipart.contentType(), multipart.body(), Map.of());
        }

        Probe header(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Probe(method, path, ifMatch, contentType, body, more);
        }

        HttpResponse<String> send(URI base, String token) {
            Map<String, String> all = new LinkedHashMap<>(headers);
            if (ifMatch != null) {
                all.put("If-Match", ifMatch);
            }
            return Calls.send(method, base, path, token, all, contentType, body);
        }
    }

    /**
     * One row of the matrix: an operation on one target; who may, and with which (non-writing) answers
     * for them; the probe sent to those refused and the one sent to those allowed.
     */
    record Case(Service service, String operation, String target, Map<String, Set<Integer>> allowed, Probe deny,
            Probe allow) {

        static Case controllerOnly(Service service, String operation, String target, Probe deny, Probe allow,
                Set<Integer> statuses) {
            return new Case(service, operation, target, Map.of("controller", statuses), deny, allow);
        }

        /** Controllers and the reporters of the area. */
        static Case byArea(Service service, String operation, String target, String area, Probe deny, Probe allow,
                Set<Integer> statuses) {
            Map<String, Set<Integer>> allowed = new LinkedHashMap<>();
            allowed.put("controller", statuses);
            AREAS.forEach((user, areas) -> {
                if (areas.contains(area)) {
                    allowed.put(user, statuses);
                }
            });
            return new Case(service, operation, target, allowed, deny, allow);
        }

        boolean allows(String user) {
            return allowed.containsKey(user);
        }

        Set<Integer> allowedStatuses(String user) {
            return allowed.get(user);
        }

        @Override
        public String toString() {
            return (service == null ? "gateway" : service.api) + " " + operation.substring(operation.indexOf(' ') + 1)
                    .replaceAll("^/api/[^/]+/\\{year}", "") + " [" + operation.substring(0, operation.indexOf(' ')) + "] " + target;
        }
    }
}
