package no.arsberetning.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import no.arsberetning.e2e.AuthorizationMatrixIT.Probe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The authorization matrix of the key-figure store, as data: every write operation its OpenAPI lists (a new one
 * without a row here fails) and every read, × every demo role, through the gateway and straight at the service.
 * Imports are for controllers and admins, peer groups for admins, filling a report table for those who import
 * report tables; reading is for staff, reporters, controllers and admins — never the committee, which reads
 * published releases only. Allowed writes are sent so that they change nothing (a stale If-Match, a file already
 * imported, an invalid group; filling a table writes nothing); refused ones are 403 problem documents, sent with a
 * request that would otherwise pass. The store reads the same after.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeyFiguresAuthorizationIT {

    private static final String API = Platform.KEY_FIGURES_API;
    private static final Set<String> READERS = Set.of("staff", "reporter.skole", "reporter.helse", "controller", "admin");
    private static final String STALE = AuthorizationMatrixIT.STALE;
    private static final String GROUP = "{\"label\": \"Matrise\", \"kind\": \"custom\", \"members\": [\"5001\"]}";

    static final Set<String> WRITES = new TreeSet<>(Set.of("POST " + API + "/imports", "POST " + API + "/groups",
            "PUT " + API + "/groups/{id}", "DELETE " + API + "/groups/{id}", "POST " + API + "/table-fills"));

    private final List<Row> rows = new ArrayList<>();
    private String before;

    /** One operation: who may, with which answers, and the probes for those refused and those allowed. */
    record Row(String operation, Map<String, Set<Integer>> allowed, Probe deny, Probe allow) {

        @Override
        public String toString() {
            return operation;
        }
    }

    @BeforeAll
    void storeReadAndRowsBuilt() {
        KeyFigureStore.cultureFiguresStored();
        before = store();
        Probe file = Probe.upload(API + "/imports", "12362.json", "application/json", KeyFigureStore.read(KeyFigureStore.SSB_FILE),
                Map.of());
        rows.add(new Row("POST " + API + "/imports", Map.of("controller", Set.of(202), "admin", Set.of(202)), file, file));
        rows.add(new Row("POST " + API + "/groups", Map.of("admin", Set.of(400)),
                Probe.json("POST", API + "/groups", null, "{\"id\": \"matrise-aldri\", \"group\": " + GROUP + "}"),
                Probe.json("POST", API + "/groups", null, "{\"id\": \"Ugyldig Id\", \"group\": " + GROUP + "}")));
        Probe put = Probe.json("PUT", API + "/groups/asss", STALE, GROUP);
        rows.add(new Row("PUT " + API + "/groups/{id}", Map.of("admin", Set.of(412)), put, put));
        Probe delete = Probe.json("DELETE", API + "/groups/asss", STALE, null);
        rows.add(new Row("DELETE " + API + "/groups/{id}", Map.of("admin", Set.of(412)), delete, delete));
        // Filling a table only computes (the report changes when the filled file is imported there): a valid request is
        // refused to those who may not, and answered to those who may.
        String table = Calls.get(Platform.GATEWAY, "/api/reports/2023/tables/11.2.json", Tokens.forUser("controller")).body();
        Probe fill = Probe.json("POST", API + "/table-fills", null, "{\"table\": " + table + ", \"rows\": {}}");
        Set<Integer> filled = Set.of(200);
        rows.add(new Row("POST " + API + "/table-fills",
                Map.of("reporter.skole", filled, "reporter.helse", filled, "controller", filled, "admin", filled), fill, fill));
    }

    @AfterAll
    void theStoreReadsTheSameAfterwards() {
        assertThat(store()).isEqualTo(before);
    }

    @Test
    void everyWriteOperationInTheOpenApiIsInTheMatrix() {
        Set<String> documented = new TreeSet<>();
        Calls.body(Calls.get(Platform.KEY_FIGURES, "/v3/api-docs", Tokens.forUser("staff"))).get("paths").properties()
                .forEach(path -> List.of("post", "put", "patch", "delete").forEach(method -> {
                    if (path.getValue().has(method)) {
                        documented.add(method.toUpperCase() + " " + path.getKey());
                    }
                }));
        assertThat(documented).isEqualTo(WRITES);
        assertThat(rows.stream().map(Row::operation).toList()).containsExactlyInAnyOrderElementsOf(WRITES);
    }

    Stream<Arguments> writes() {
        List<Arguments> all = new ArrayList<>();
        for (Row row : rows) {
            AuthorizationMatrixIT.USERS.forEach(user -> all.add(Arguments.of(row, user)));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("writes")
    void nothingIsWrittenThatTheRolesDoNotAllow(Row row, String user) {
        boolean allowed = row.allowed().containsKey(user);
        Probe probe = allowed ? row.allow() : row.deny();
        for (URI base : List.of(Platform.GATEWAY, Platform.KEY_FIGURES)) {
            HttpResponse<String> response = probe.send(base, Tokens.forUser(user));
            String what = probe.method() + " " + base + probe.path() + " as " + user + " → " + response.statusCode() + " " + response.body();
            if (allowed) {
                assertThat(response.statusCode()).as(what).isIn(row.allowed().get(user));
                if (response.statusCode() == 202) {
                    assertThat(KeyFigureStore.await(base, response.headers().firstValue("Location").orElseThrow())
                            .get("valuesWritten").asLong()).as("the same file again writes nothing").isZero();
                }
            } else {
                assertThat(response.statusCode()).as(what).isEqualTo(403);
                assertThat(Calls.isProblem(response)).as(what).isTrue();
            }
        }
    }

    static Stream<Arguments> reads() {
        List<Arguments> all = new ArrayList<>();
        for (String path : List.of("/groups", "/groups/asss", "/measures", "/regions", "/imports",
                "/compare?measure=KOSkulturinnb0000&year=2023&peers=asss", "/series?measure=KOSkulturinnb0000&peers=egne")) {
            AuthorizationMatrixIT.USERS.forEach(user -> all.add(Arguments.of(API + path, user)));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "GET {0} as {1}")
    @MethodSource("reads")
    void readersReadTheStoreAndTheCommitteeDoesNot(String path, String user) {
        for (URI base : List.of(Platform.GATEWAY, Platform.KEY_FIGURES)) {
            HttpResponse<String> response = Calls.get(base, path, Tokens.forUser(user));
            String what = "GET " + base + path + " as " + user + " → " + response.statusCode();
            if (READERS.contains(user)) {
                assertThat(response.statusCode()).as(what).isEqualTo(200);
            } else {
                assertThat(response.statusCode()).as(what).isEqualTo(403);
                assertThat(Calls.isProblem(response)).as(what).isTrue();
            }
        }
    }

    private static String store() {
        String staff = Tokens.forUser("staff");
        return Calls.get(Platform.GATEWAY, API + "/groups", staff).body() + Calls.get(Platform.GATEWAY, API + "/measures", staff).body()
                + Calls.get(Platform.GATEWAY, API + "/compare?measure=KOSkulturinnb0000&year=2023&peers=all", staff).body();
    }
}
