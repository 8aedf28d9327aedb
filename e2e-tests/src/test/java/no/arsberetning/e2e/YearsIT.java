package no.arsberetning.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.arsberetning.e2e.Platform.Service;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The next reporting year (issue 17), through the gateway as the controller would in January: 2024 opened from the
 * published 2023, every 2023 table and goal there with its years moved and the carried figures equal to 2023's newest
 * release cell by cell; a reporter fills and submits a 2024 area; a changed carried figure is a restatement that
 * blocks publishing until a controller accepts it; 2023 and its releases are byte for byte the same before and after.
 * Other tests keep to 2023; this one leaves 2024 open (and published) for the tests after it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class YearsIT {

    static final int FROM = 2023;
    static final int YEAR = 2024;
    private static final String OPEN = "{\"year\":" + YEAR + ",\"from\":" + FROM + "}";
    private static final Pattern YEARS = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
    private static final String OVERRIDE = "Testutgave: kjente feil i demodataene.";

    private final Map<Service, Map<String, String>> before2023 = new LinkedHashMap<>();
    private final Map<Service, Map<Integer, String>> releasesBefore = new LinkedHashMap<>();
    private JsonNode opened;

    /** 2024 as the gateway opened it (opened now, or by an earlier test or run: the answer is the same). */
    private JsonNode opened() {
        if (opened == null) {
            opened = Api.json(open(Tokens.forUser("controller")));
        }
        return opened;
    }

    @BeforeAll
    void publish2023AndRememberIt() {
        String controller = Tokens.forUser("controller");
        Releases.ensurePublished(FROM, OVERRIDE);
        for (Service service : Service.values()) {
            before2023.put(service, Snapshot.of(service));
            releasesBefore.put(service, releases(service));
        }
    }

    @Test
    @Order(1)
    void theControllerOpens2024From2023AndARepeatAnswersTheSame() {
        HttpResponse<String> first = open(Tokens.forUser("controller"));
        assertThat(first.statusCode()).as(first.body()).isIn(200, 201);
        opened = Api.json(first);
        assertThat(opened.get("state").asString()).isEqualTo("open");
        assertThat(opened.get("services")).hasSize(Service.values().length);
        assertThat(opened.get("created").get("tables").asInt()).isPositive();
        assertThat(opened.get("created").get("goals").asInt()).isPositive();
        assertThat(opened.get("created").get("sections").asInt()).isPositive();
        for (JsonNode part : opened.get("services")) {
            assertThat(part.get("opened").get("from").asInt()).isEqualTo(FROM);
            assertThat(part.get("opened").get("sourceRelease").asInt()).as("opened from the published 2023").isPositive();
        }
        HttpResponse<String> repeated = open(Tokens.forUser("admin"));
        assertThat(repeated.statusCode()).isEqualTo(200);
        assertThat(Api.json(repeated)).isEqualTo(opened);

        JsonNode years = Api.json(Api.get(Platform.GATEWAY, "/api/years", Tokens.forUser("staff")));
        JsonNode year = find(years.get("years"), "year", YEAR);
        assertThat(year.get("state").asString()).isEqualTo("open");
        assertThat(year.get("openedFrom").asInt()).isEqualTo(FROM);
        assertThat(year.get("sections").get("total").asInt()).isPositive();
    }

    @Test
    @Order(2)
    void everyTableOf2023IsThereWithItsYearsMovedAndTheCarriedFiguresEqualTheReleaseCellByCell() {
        String staff = Tokens.forUser("staff");
        int carried = 0;
        for (Service service : Service.values()) {
            int release = opened().get("services").get(service.ordinal()).get("opened").get("sourceRelease").asInt();
            JsonNode released = Api.json(Api.get(service.direct, "/api/" + service.api + "/" + FROM + "/releases/" + release, staff))
                    .get("report");
            JsonNode earlierTables = Api.json(Api.get(Platform.GATEWAY, "/api/" + service.api + "/" + FROM + "/tables", staff));
            JsonNode laterTables = Api.json(Api.get(Platform.GATEWAY, "/api/" + service.api + "/" + YEAR + "/tables", staff));
            assertThat(laterTables).as(service.api).hasSize(earlierTables.size());
            for (JsonNode listed : earlierTables) {
                String key = listed.get("key").asString();
                JsonNode earlier = table(service, FROM, key, staff);
                JsonNode later = table(service, YEAR, key, staff);
                assertThat(later.get("number")).isEqualTo(earlier.get("number"));
                assertThat(later.get("caption").asString()).isEqualTo(advance(earlier.get("caption").asString()));
                assertThat(later.get("rows")).hasSize(earlier.get("rows").size());
                for (int c = 0; c < later.get("columns").size(); c++) {
                    String label = later.get("columns").get(c).get("label").asString();
                    assertThat(label).isEqualTo(advance(earlier.get("columns").get(c).get("label").asString()));
                    if (!namesOnlyYearsUpTo(label, FROM) || !"NUMBER".equals(later.get("columns").get(c).get("type").asString())) {
                        continue;
                    }
                    JsonNode releasedTable = releasedTable(released, earlier);
                    String earlierKey = columnKey(earlier, label);
                    if (releasedTable == null || earlierKey == null) {
                        continue;
                    }
                    int releasedColumn = columnIndex(releasedTable, earlierKey);
                    for (int r = 0; r < later.get("rows").size(); r++) {
                        JsonNode row = later.get("rows").get(r);
                        int releasedRow = releasedRow(releasedTable, earlier, r);
                        if (List.of("heading", "note").contains(row.get("kind").asString()) || releasedRow < 0) {
                            continue;
                        }
                        JsonNode releasedCell = releasedTable.get("rows").get(releasedRow).get("cells").get(releasedColumn);
                        if ("suppressed".equals(releasedCell.path("reason").asString())) {
                            releasedCell = earlier.get("rows").get(r).get("cells").get(columnIndex(earlier, earlierKey));
                        }
                        JsonNode cell = row.get("cells").get(c);
                        String where = service.api + " " + key + " " + row.get("label").asString() + " / " + label;
                        assertThat(decimal(cell.get("value"))).as(where).isEqualTo(decimal(releasedCell.get("value")));
                        if (releasedCell.get("value").isNull()) {
                            assertThat(cell.get("text").asString()).as(where).isEqualTo(releasedCell.get("text").asString(""));
                        }
                        carried++;
                    }
                }
            }
        }
        assertThat(carried).as("cells carried from 2023's release").isGreaterThan(100);
    }

    @Test
    @Order(3)
    void everyGoalWhosePeriodCovers2024IsThereWithItsIndicatorsAndNoResultYet() {
        String staff = Tokens.forUser("staff");
        JsonNode earlier = Api.json(Api.get(Platform.GATEWAY, "/api/service-areas/" + FROM + "/goals", staff));
        JsonNode later = Api.json(Api.get(Platform.GATEWAY, "/api/service-areas/" + YEAR + "/goals", staff));
        assertThat(later).hasSize(earlier.size());
        for (int g = 0; g < earlier.size(); g++) {
            assertThat(later.get(g).get("key")).isEqualTo(earlier.get(g).get("key"));
            assertThat(later.get(g).get("indicators")).hasSize(earlier.get(g).get("indicators").size());
            for (JsonNode indicator : later.get(g).get("indicators")) {
                assertThat(indicator.get("reportedStatus").asString()).isEqualTo("not-assessed");
            }
        }
        JsonNode climate = Api.json(Api.get(Platform.GATEWAY, "/api/climate/" + YEAR + "/goals", staff));
        assertThat(climate).isNotEmpty();
        for (JsonNode goal : climate) {
            assertThat(goal.get("targetYear").isNull() || goal.get("targetYear").asInt() >= YEAR).isTrue();
        }
    }

    @Test
    @Order(4)
    void theComposedReportOf2024HasAllOf2023sChaptersAndTablesAndItsChecksRun() {
        String staff = Tokens.forUser("staff");
        JsonNode earlier = Api.json(Api.get(Platform.GATEWAY, "/api/reports/" + FROM, staff));
        JsonNode later = Api.json(Api.get(Platform.GATEWAY, "/api/reports/" + YEAR, staff));
        assertThat(chapters(later)).isEqualTo(chapters(earlier));
        // Every printed table; the views a service derives from a year's values (a list of inspections, pay ratios,
        // the emission trajectory) appear once the year has those values.
        assertThat(tableNumbers(later)).isEqualTo(tableNumbers(earlier));
        HttpResponse<String> checks = Api.get(Platform.GATEWAY, "/api/reports/" + YEAR + "/checks", staff);
        assertThat(checks.statusCode()).isEqualTo(200);
        for (JsonNode finding : Api.json(checks)) {
            assertThat(finding.get("rule").asString()).as(finding.toString()).isNotEqualTo("service-checks-unavailable");
        }
    }

    @Test
    @Order(5)
    void aReporterFillsAndSubmitsA2024Area() {
        String reporter = Tokens.forUser("reporter.skole");
        String controller = Tokens.forUser("controller");
        String base = "/api/service-areas/" + YEAR;
        JsonNode section = find(Api.json(Api.get(Platform.GATEWAY, base + "/sections", reporter)), "key", "area:skole");
        if (!List.of("draft", "returned").contains(section.get("status").asString())) {
            assertThat(step(base, "area:skole", "reopen", controller).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> text = Api.get(Platform.GATEWAY, base + "/texts/explanation:skole", reporter);
        assertThat(text.statusCode()).as(text.body()).isEqualTo(200);
        JsonNode explanation = Api.json(text);
        assertThat(explanation.get("startingPoint").get("year").asInt()).isEqualTo(FROM);
        String etag = text.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> written = Calls.json("PUT", Platform.GATEWAY, base + "/texts/explanation:skole", reporter, etag,
                "{\"html\":\"<p>Skolen i " + YEAR + ": " + UUID.randomUUID() + "</p>\"}");
        assertThat(written.statusCode()).as(written.body()).isEqualTo(200);

        JsonNode goal = null;
        for (JsonNode g : Api.json(Api.get(Platform.GATEWAY, base + "/goals", reporter))) {
            if (g.get("areas").toString().contains("\"skole\"")) {
                goal = g;
                break;
            }
        }
        assertThat(goal).as("a goal of skole").isNotNull();
        // The area's goals are reported by their assessment (the demo's skole goals have no indicators).
        String goalPath = base + "/goals/" + goal.get("key").asString();
        String assessment = "Vurderingen for " + YEAR + ": " + UUID.randomUUID();
        HttpResponse<String> assessed = Calls.json("PATCH", Platform.GATEWAY, goalPath, reporter,
                "\"" + goal.get("version").asLong() + "\"", "{\"area\":\"skole\",\"assessment\":\"" + assessment + "\"}");
        assertThat(assessed.statusCode()).as(assessed.body()).isEqualTo(200);
        assertThat(Api.json(Api.get(Platform.GATEWAY, goalPath, reporter)).get("assessment").asString()).isEqualTo(assessment);

        HttpResponse<String> submitted = step(base, "area:skole", "submit", reporter);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(Api.json(submitted).get("status").asString()).isEqualTo("submitted");
        assertThat(step(base, "area:barnehage", "submit", reporter).statusCode()).as("another area").isEqualTo(403);
    }

    @Test
    @Order(6)
    void aChangedCarriedFigureIsARestatementThatBlocksPublishingUntilTheControllerAcceptsIt() {
        String controller = Tokens.forUser("controller");
        String base = "/api/finance/" + YEAR;
        HttpResponse<String> read = Api.get(Platform.GATEWAY, base + "/tables/1.1", controller);
        JsonNode table = Api.json(read);
        int column = -1;
        for (int c = 0; c < table.get("columns").size() && column < 0; c++) {
            if (namesOnlyYearsUpTo(table.get("columns").get(c).get("label").asString(), FROM)) {
                column = c;
            }
        }
        JsonNode row = null;
        for (JsonNode r : table.get("rows")) {
            if (!r.get("cells").get(column).get("value").isNull()) {
                row = r;
                break;
            }
        }
        String columnKey = table.get("columns").get(column).get("key").asString();
        BigDecimal changed = new BigDecimal(row.get("cells").get(column).get("value").asString()).add(new BigDecimal("1.5"));
        String text = changed.toPlainString().replace('.', ',');
        HttpResponse<String> patched = Calls.json("PATCH", Platform.GATEWAY, base + "/tables/1.1/cells", controller,
                read.headers().firstValue("ETag").orElseThrow(), "{\"row\":\"" + row.get("key").asString() + "\",\"column\":\""
                        + columnKey + "\",\"text\":\"" + text + "\"}");
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);

        JsonNode finding = restatement(row.get("label").asString());
        assertThat(finding.get("severity").asString()).isEqualTo("error");
        assertThat(finding.get("tables").get(0).asString()).isEqualTo("1.1");
        assertThat(finding.get("actual").asString()).isEqualTo(text);
        assertThat(finding.get("expected").asString()).contains("(utgivelse ");
        assertThat(finding.get("message").asString()).contains("Tabell 1.1", row.get("label").asString(),
                table.get("columns").get(column).get("label").asString(), "utgivelse ");

        // Refused whatever the general reason: by the gateway, or, when the gateway's checks did not get finance's in
        // time, by finance when asked to freeze.
        int releasesBefore = Api.json(Api.get(Platform.GATEWAY, "/api/releases/" + YEAR, controller)).size();
        HttpResponse<String> refused = Releases.publish(YEAR, OVERRIDE);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(Api.json(refused).get("type").asString()).endsWith("/unaccepted-restatements");
        assertThat(Api.json(Api.get(Platform.GATEWAY, "/api/releases/" + YEAR, controller))).as("nothing frozen")
                .hasSize(releasesBefore);
        HttpResponse<String> frozen = Calls.json("POST", Service.FINANCE.direct, base + "/releases", controller, null,
                "{\"number\":999,\"idempotencyKey\":\"" + UUID.randomUUID() + "\"}");
        assertThat(frozen.statusCode()).as("the service refuses too: " + frozen.body()).isEqualTo(409);

        String acceptance = "{\"table\":\"1.1\",\"row\":\"" + row.get("key").asString() + "\",\"column\":\"" + columnKey
                + "\",\"reason\":\"Regnskapet for 2023 ble korrigert etter revisjonen.\"}";
        assertThat(Calls.json("POST", Platform.GATEWAY, base + "/restatements/acceptances", Tokens.forUser("staff"), null, acceptance)
                .statusCode()).isEqualTo(403);
        HttpResponse<String> accepted = Calls.json("POST", Platform.GATEWAY, base + "/restatements/acceptances", controller, null,
                acceptance);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(restatement(row.get("label").asString()).get("severity").asString()).isEqualTo("info");

        HttpResponse<String> published = Releases.publish(YEAR, OVERRIDE);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
    }

    @Test
    @Order(7)
    void thePublishedTablesAndGoalStatusesCanBeReadAcrossTheYears() {
        String portal = Tokens.forCommitteePortal();
        HttpResponse<String> series = Api.get(Platform.GATEWAY, "/api/published/series/1.5", portal);
        assertThat(series.statusCode()).as(series.body()).isEqualTo(200);
        JsonNode dataset = Api.json(series);
        List<String> years = new ArrayList<>();
        dataset.at("/dimension/period/category/index").forEach(y -> years.add(y.asString()));
        assertThat(years).contains(String.valueOf(FROM), String.valueOf(YEAR));
        assertThat(dataset.get("role").get("time").get(0).asString()).isEqualTo("period");
        HttpResponse<String> csv = Api.get(Platform.GATEWAY, "/api/published/series/1.5.csv", portal);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains(String.valueOf(FROM)).contains(String.valueOf(YEAR));
        JsonNode goals = Api.json(Api.get(Platform.GATEWAY, "/api/published/goal-statuses", portal));
        assertThat(goals.size()).isGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest(name = "{0} may not open a year")
    @ValueSource(strings = {"staff", "reporter.skole", "reporter.helse", "committee", "committee-portal"})
    @Order(8)
    void openingIsRefusedForEveryoneButControllersAndAdministratorsThroughTheGatewayAndEveryService(String who) {
        String token = who.equals("committee-portal") ? Tokens.forCommitteePortal() : Tokens.forUser(who);
        String body = "{\"year\":" + (YEAR + 1) + ",\"from\":" + YEAR + "}";
        HttpResponse<String> gateway = Calls.json("POST", Platform.GATEWAY, "/api/years", token, null, body);
        assertThat(gateway.statusCode()).as(gateway.body()).isEqualTo(403);
        assertThat(Calls.isProblem(gateway)).isTrue();
        for (Service service : Service.values()) {
            HttpResponse<String> direct = Calls.json("POST", service.direct, "/api/" + service.api + "/years", token, null, body);
            assertThat(direct.statusCode()).as(service + ": " + direct.body()).isEqualTo(403);
        }
    }

    @Test
    @Order(9)
    void twentyTwentyThreeAndItsReleasesAreByteForByteAsBefore() {
        for (Service service : Service.values()) {
            assertThat(Snapshot.of(service)).as("%s 2023", service).isEqualTo(before2023.get(service));
            Map<Integer, String> now = releases(service);
            releasesBefore.get(service).forEach((number, content) ->
                    assertThat(now.get(number)).as("%s 2023 release %d", service, number).isEqualTo(content));
        }
    }

    /** The finding in finance's checks (which the gateway's checks include, when finance answers in time). */
    private JsonNode restatement(String rowLabel) {
        for (JsonNode finding : Api.json(Api.get(Platform.GATEWAY, "/api/finance/" + YEAR + "/checks", Tokens.forUser("staff")))) {
            if ("prior-year-restated".equals(finding.get("rule").asString()) && finding.get("message").asString().contains(rowLabel)
                    && finding.get("tables").toString().contains("\"1.1\"")) {
                return finding;
            }
        }
        throw new AssertionError("no prior-year-restated finding for «" + rowLabel + "» in table 1.1");
    }

    private static HttpResponse<String> open(String token) {
        return Calls.json("POST", Platform.GATEWAY, "/api/years", token, null, OPEN);
    }

    private static HttpResponse<String> step(String base, String section, String action, String token) {
        return Calls.json("POST", Platform.GATEWAY, base + "/sections/" + section + "/" + action, token, null, null);
    }

    private static Map<Integer, String> releases(Service service) {
        String staff = Tokens.forUser("staff");
        Map<Integer, String> contents = new LinkedHashMap<>();
        for (JsonNode release : Api.json(Calls.get(service.direct, "/api/" + service.api + "/" + FROM + "/releases", staff))) {
            int number = release.get("number").asInt();
            contents.put(number, Calls.get(service.direct, "/api/" + service.api + "/" + FROM + "/releases/" + number, staff).body());
        }
        return contents;
    }

    private static JsonNode table(Service service, int year, String key, String token) {
        return Api.json(Api.get(Platform.GATEWAY, "/api/" + service.api + "/" + year + "/tables/" + key, token));
    }

    /** The released table of a stored one: the same printed number (and caption, where the number repeats). */
    private static JsonNode releasedTable(JsonNode report, JsonNode stored) {
        List<JsonNode> candidates = new ArrayList<>();
        for (JsonNode chapter : report.get("chapters")) {
            for (JsonNode section : chapter.get("sections")) {
                for (JsonNode block : section.get("blocks")) {
                    if ("table".equals(block.get("type").asString()) && block.get("table").get("number").equals(stored.get("number"))) {
                        candidates.add(block.get("table"));
                    }
                }
            }
        }
        if (candidates.size() == 1 && !stored.get("number").isNull()) {
            return candidates.get(0);
        }
        return candidates.stream().filter(t -> plain(t.get("caption").asString()).equals(plain(stored.get("caption").asString())))
                .findFirst().orElse(null);
    }

    /** The released row of a stored one: at the same place when its label is the same, else the first so labelled. */
    private static int releasedRow(JsonNode released, JsonNode stored, int row) {
        String label = plain(stored.get("rows").get(row).get("label").asString());
        JsonNode rows = released.get("rows");
        if (row < rows.size() && plain(rows.get(row).get("label").asString()).equals(label)) {
            return row;
        }
        for (int r = 0; r < rows.size(); r++) {
            if (plain(rows.get(r).get("label").asString()).equals(label)) {
                return r;
            }
        }
        return -1;
    }

    private static String plain(String text) {
        return text.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }

    private static String columnKey(JsonNode table, String label) {
        for (JsonNode column : table.get("columns")) {
            if (plain(column.get("label").asString()).equals(plain(label))) {
                return column.get("key").asString();
            }
        }
        return null;
    }

    private static int columnIndex(JsonNode table, String key) {
        for (int c = 0; c < table.get("columns").size(); c++) {
            if (table.get("columns").get(c).get("key").asString().equals(key)) {
                return c;
            }
        }
        throw new AssertionError("no column " + key);
    }

    private static BigDecimal decimal(JsonNode value) {
        return value == null || value.isNull() ? null : new BigDecimal(value.asString()).stripTrailingZeros();
    }

    /** A year within the ten up to 2023 moves to the next; others stay (docs/yearly-cycle.md). */
    static String advance(String text) {
        Matcher m = YEARS.matcher(text);
        StringBuilder moved = new StringBuilder();
        while (m.find()) {
            int year = Integer.parseInt(m.group());
            m.appendReplacement(moved, String.valueOf(year <= FROM && year > FROM - 10 ? year + 1 : year));
        }
        m.appendTail(moved);
        return moved.toString();
    }

    static boolean namesOnlyYearsUpTo(String label, int year) {
        Matcher m = YEARS.matcher(label);
        boolean any = false;
        while (m.find()) {
            any = true;
            if (Integer.parseInt(m.group()) > year) {
                return false;
            }
        }
        return any;
    }

    private static List<String> chapters(JsonNode report) {
        List<String> numbers = new ArrayList<>();
        report.get("chapters").forEach(c -> numbers.add(c.get("number").asString()));
        return numbers;
    }

    private static List<String> tableNumbers(JsonNode report) {
        List<String> numbers = new ArrayList<>();
        report.get("chapters").forEach(c -> c.get("sections").forEach(s -> s.get("blocks").forEach(b -> {
            if ("table".equals(b.get("type").asString()) && !b.get("table").path("number").isNull()
                    && !b.get("table").path("number").isMissingNode()) {
                numbers.add(b.get("table").get("number").asString());
            }
        })));
        return numbers;
    }

    private static JsonNode find(JsonNode list, String field, Object value) {
        for (JsonNode item : list) {
            if (item.get(field).asString().equals(String.valueOf(value))) {
                return item;
            }
        }
        throw new AssertionError("no " + field + " " + value + " in " + list);
    }
}
