package no.arsberetning.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import no.arsberetning.e2e.AuthorizationMatrixIT.Case;
import no.arsberetning.e2e.AuthorizationMatrixIT.Probe;
import no.arsberetning.e2e.Platform.Service;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * MongoDB operator injection and mass assignment, at each service's own port, as the controller (who
 * passes every authorization check, so only input handling stands in the way):
 * <ul>
 *   <li>every path and query parameter of every read and write operation in the service's OpenAPI gets
 *   {@code {"$ne":null}}, {@code {"$where":…}}, {@code {"$regex":".*"}} and {@code .*}; a read answers a
 *   4xx or exactly what a harmless unknown value gets; {@code param[$ne]=x} is ignored;</li>
 *   <li>every field of every JSON write body gets an operator object, sent with {@code If-Match: *} so that
 *   nothing but the input check can stop it: a 4xx;</li>
 *   <li>every JSON write body gets id, year, key, area, section, status, version and audit fields added,
 *   with a stale {@code If-Match}: the answer is the same as without them.</li>
 * </ul>
 * Never a 5xx; everything each service holds is read before and after and must be the same.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InjectionIT {

    static final List<String> OPERATORS = List.of("{\"$ne\":null}", "{\"$where\":\"sleep(2000) || true\"}",
            "{\"$regex\":\".*\"}", ".*");
    static final String HARMLESS = "no-such-value";
    /** Fields a client must never set; those an operation's request schema declares itself are left out. */
    static final Map<String, String> MASS_ASSIGNMENT = Map.ofEntries(Map.entry("id", "\"2023:hacked\""),
            Map.entry("_id", "\"hacked\""), Map.entry("year", "1999"), Map.entry("key", "\"hacked\""),
            Map.entry("area", "\"barnehage\""), Map.entry("section", "\"hacked\""), Map.entry("status", "\"APPROVED\""),
            Map.entry("version", "999999"), Map.entry("createdBy", "\"attacker\""), Map.entry("changedBy", "\"attacker\""),
            Map.entry("updatedBy", "\"attacker\""), Map.entry("changedAt", "\"2000-01-01T00:00:00Z\""),
            Map.entry("provenance", "{\"source\":\"attacker\",\"by\":\"attacker\"}"));
    private final Map<Service, JsonNode> apiDocs = new LinkedHashMap<>();

    private final Map<Service, Map<String, String>> before = new LinkedHashMap<>();
    private final List<Case> writes = new ArrayList<>();

    @BeforeAll
    void readEverything() {
        for (Service service : Service.values()) {
            before.put(service, Snapshot.of(service));
        }
        List<String[]> submitted = new ArrayList<>();
        for (Service service : Service.values()) {
            writes.addAll(new Targets(service, submitted).cases());
        }
        String controller = Tokens.forUser("controller");
        for (String[] section : submitted) {
            Calls.json("POST", java.net.URI.create(section[0]), section[1] + "/reopen", controller, null, null);
        }
    }

    @AfterAll
    void nothingChanged() {
        for (Service service : Service.values()) {
            assertThat(Snapshot.of(service)).as("%s after the injections", service).isEqualTo(before.get(service));
        }
    }

    Stream<Arguments> operations() {
        List<Arguments> all = new ArrayList<>();
        String staff = Tokens.forUser("staff");
        for (Service service : Service.values()) {
            JsonNode paths = Api.json(Calls.get(service.direct, "/v3/api-docs", staff)).get("paths");
            for (Map.Entry<String, JsonNode> path : paths.properties()) {
                for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                    all.add(Arguments.of(service, operation.getKey().toUpperCase(), path.getKey(), operation.getValue()));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}: operators in every path and query parameter")
    @MethodSource("operations")
    void operatorsInParametersAreJustUnknownValues(Service service, String method, String template, JsonNode operation) {
        String token = Tokens.forUser("controller");
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(p -> {
            if (!p.get("in").asString().equals("header")) {
                parameters.add(p);
            }
        });
        boolean read = method.equals("GET");
        for (JsonNode parameter : parameters) {
            String name = parameter.get("name").asString();
            HttpResponse<String> baseline = call(service, method, template, parameters, name, HARMLESS, token);
            assertThat(baseline.statusCode()).as("baseline " + baseline.uri() + " " + baseline.body()).isLessThan(500);
            for (String operator : OPERATORS) {
                HttpResponse<String> injected = call(service, method, template, parameters, name, operator, token);
                String what = method + " " + injected.uri() + " → " + injected.statusCode() + " " + injected.body();
                assertThat(injected.statusCode()).as(what).isLessThan(500);
                if (!read || injected.statusCode() < 400) {
                    assertThat(injected.statusCode()).as(what).isBetween(read ? 200 : 400, 499);
                }
                if (read && injected.statusCode() < 400) {
                    assertThat(injected.statusCode()).as(what).isEqualTo(baseline.statusCode());
                    assertThat(comparable(injected)).as(what).isEqualTo(comparable(baseline));
                }
            }
        }
        if (read) {
            HttpResponse<String> plain = call(service, method, template, parameters, null, null, token);
            String bracket = (plain.uri().getRawQuery() == null ? "?" : "&") + "area%5B%24ne%5D=x&key%5B%24ne%5D=x&year%5B%24gt%5D=0";
            HttpResponse<String> injected = Calls.get(service.direct, plain.uri().getRawPath()
                    + (plain.uri().getRawQuery() == null ? "" : "?" + plain.uri().getRawQuery()) + bracket, token);
            assertThat(injected.statusCode()).as(injected.uri() + " " + injected.body()).isEqualTo(plain.statusCode());
            assertThat(comparable(injected)).as(injected.uri().toString()).isEqualTo(comparable(plain));
        }
    }

    Stream<Arguments> jsonWrites() {
        return writes.stream().filter(c -> c.allows("controller") && c.allow().contentType() != null
                && c.allow().contentType().equals("application/json")).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}: operators in every body field")
    @MethodSource("jsonWrites")
    void operatorsInBodyFieldsAre400(Case write) {
        String token = Tokens.forUser("controller");
        JsonNode body = Tokens.JSON.readTree(write.allow().body());
        for (String field : body.propertyNames()) {
            for (String operator : OPERATORS.subList(0, 3)) {
                ObjectNode injected = (ObjectNode) body.deepCopy();
                injected.set(field, Tokens.JSON.readTree(operator));
                HttpResponse<String> response = new Probe(write.allow().method(), write.allow().path(), "*",
                        "application/json", injected.toString().getBytes(StandardCharsets.UTF_8), Map.of())
                        .send(write.service().direct, token);
                assertThat(response.statusCode()).as(injected + " → " + response.body()).isBetween(400, 499);
                assertThat(Calls.isProblem(response)).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "{0}: id, area, status, version and audit fields in the body change nothing")
    @MethodSource("jsonWrites")
    void massAssignmentIsIgnored(Case write) {
        String token = Tokens.forUser("controller");
        Probe probe = write.allow();
        HttpResponse<String> plain = probe.send(write.service().direct, token);
        java.util.Set<String> declared = declaredFields(write);
        StringBuilder extra = new StringBuilder();
        MASS_ASSIGNMENT.forEach((field, value) -> {
            if (!declared.contains(field)) {
                extra.append(',').append('"').append(field).append("\":").append(value);
            }
        });
        String body = new String(probe.body(), StandardCharsets.UTF_8);
        String extended = body.equals("{}") ? "{" + extra.substring(1) + "}" : body.replaceFirst("\\}$", extra + "}");
        HttpResponse<String> assigned = new Probe(probe.method(), probe.path(), probe.ifMatch(), "application/json",
                extended.getBytes(StandardCharsets.UTF_8), probe.headers()).send(write.service().direct, token);
        assertThat(assigned.statusCode()).as(extended + " → " + assigned.body()).isEqualTo(plain.statusCode());
    }

    /** JSON answers by their content; files (xlsx carries its creation time) by their type. */
    private static String comparable(HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        return type.contains("json") ? response.body() : type;
    }

    /** The properties of the operation's JSON request body, from the service's OpenAPI. */
    private java.util.Set<String> declaredFields(Case write) {
        JsonNode docs = apiDocs.computeIfAbsent(write.service(),
                service -> Api.json(Calls.get(service.direct, "/v3/api-docs", Tokens.forUser("staff"))));
        String method = write.operation().substring(0, write.operation().indexOf(' ')).toLowerCase();
        String path = write.operation().substring(write.operation().indexOf(' ') + 1);
        JsonNode schema = docs.get("paths").get(path).get(method).at("/requestBody/content/application~1json/schema");
        if (schema.has("$ref")) {
            schema = docs.at(schema.get("$ref").asString().substring(1));
        }
        java.util.Set<String> fields = new java.util.HashSet<>(schema.path("properties").propertyNames());
        assertThat(fields).as("request schema of " + write.operation()).isNotEmpty();
        return fields;
    }

    private static HttpResponse<String> call(Service service, String method, String template, List<JsonNode> parameters,
            String injectedName, String injectedValue, String token) {
        String path = template;
        List<String> query = new ArrayList<>();
        for (JsonNode parameter : parameters) {
            String name = parameter.get("name").asString();
            boolean injected = name.equals(injectedName);
            String value = injected ? injectedValue : name.equals("year") ? "2023" : null;
            if (parameter.get("in").asString().equals("path")) {
                path = path.replace("{" + name + "}", encode(value == null ? HARMLESS : value));
            } else if (value != null || parameter.path("required").asBoolean(false)) {
                query.add(name + "=" + encode(value == null ? HARMLESS : value));
            }
        }
        String uri = path + (query.isEmpty() ? "" : "?" + String.join("&", query));
        if (method.equals("GET")) {
            return Calls.get(service.direct, uri, token);
        }
        String contentType = method.equals("POST") && (template.endsWith("/imports") || template.endsWith("/json-stat"))
                ? null : "application/json";
        if (contentType == null) {
            Calls.Multipart multipart = Calls.multipart("x.csv", "text/csv", "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8), Map.of());
            return Calls.send(method, service.direct, uri, token, Map.of("If-Match", "*"), multipart.contentType(), multipart.body());
        }
        return Calls.json(method, service.direct, uri, token, "*", "{}");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
