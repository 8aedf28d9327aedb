package no.arsberetning.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Open data through the gateway (docs/open-data.md): a published demo release's every table as CSV, XLSX and
 * JSON-stat, each file's hash as the release's index says; the committee portal reads releases but not the
 * current data; and a key-figure table's JSON-stat from the release imports back through the service's own
 * table import and gives the same key figures again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenDataIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String OVERRIDE = "Demodata publiseres som trykt; feilene er kjent og vist i vedlegget.";
    private static final String SA = "/api/service-areas/2023";

    private static int release;
    private static JsonNode index;

    @BeforeAll
    static void publishARelease() throws Exception {
        HttpResponse<String> published = Releases.publish(2023, OVERRIDE);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        release = Api.json(published).get("number").asInt();
    }

    @Test
    @Order(1)
    void everyTableOfTheReleaseDownloadsInEveryFormatWithTheHashTheIndexGives() throws Exception {
        String portal = Tokens.forCommitteePortal();
        HttpResponse<String> listed = json("/api/published/2023/" + release + "/tables", portal);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        index = Api.json(listed);
        assertThat(index.get("release").asInt()).isEqualTo(release);
        assertThat(index.get("contentHash").asString()).hasSize(64);

        JsonNode report = Api.json(Api.get(Platform.GATEWAY, "/api/published/2023/" + release, portal));
        assertThat(index.get("tables").size()).as("one entry per table of the release").isEqualTo(tableBlocks(report)).isGreaterThan(50);

        int files = 0;
        for (JsonNode table : index.get("tables")) {
            assertThat(table.get("downloads")).extracting(d -> d.get("format").asString())
                    .containsExactly("csv", "xlsx", "json-stat", "csvw");
            for (JsonNode download : table.get("downloads")) {
                String href = download.get("href").asString();
                String format = download.get("format").asString();
                assertThat(href).isEqualTo("/api/published/2023/" + release + "/tables/" + table.get("id").asString() + "."
                        + (format.equals("json-stat") ? "json" : format.equals("csvw") ? "csv-metadata.json" : format));
                HttpResponse<byte[]> file = bytes(href, portal);
                assertThat(file.statusCode()).as(href).isEqualTo(200);
                assertThat(file.headers().firstValue("Content-Type").orElse("")).as(href)
                        .startsWith(download.get("mediaType").asString().split(";")[0]);
                assertThat(file.body().length).as(href).isPositive().isEqualTo(download.get("bytes").asInt());
                assertThat(sha256(file.body())).as(href).isEqualTo(download.get("sha256").asString());
                files++;
            }
        }
        assertThat(files).isEqualTo(4 * index.get("tables").size());

        JsonNode first = index.get("tables").get(0);
        byte[] csv = bytes(href(first, "csv"), portal).body();
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFF");
        JsonNode jsonStat = Tokens.JSON.readTree(bytes(href(first, "json-stat"), portal).body());
        assertThat(jsonStat.get("class").asString()).isEqualTo("dataset");
        assertThat(jsonStat.get("source").asString()).endsWith("utgivelse " + release);

        HttpResponse<String> latest = json("/api/published/2023/tables", portal);
        assertThat(latest.statusCode()).isEqualTo(200);
        assertThat(Api.json(latest).get("tables")).as("the latest release's index names the same stable links and hashes")
                .isEqualTo(index.get("tables"));
    }

    @Test
    @Order(2)
    void theCommitteePortalReadsReleasesButNotTheCurrentData() throws Exception {
        String portal = Tokens.forCommitteePortal();
        String id = index.get("tables").get(0).get("id").asString();
        assertThat(Api.get(Platform.GATEWAY, "/api/reports/2023/tables", portal).statusCode()).isEqualTo(403);
        assertThat(bytes("/api/reports/2023/tables/" + id + ".csv", portal).statusCode()).isEqualTo(403);
        assertThat(bytes("/api/reports/2023/tables/" + id + ".json", null).statusCode()).isEqualTo(401);
        assertThat(bytes(href(index.get("tables").get(0), "xlsx"), null).statusCode()).isEqualTo(401);

        String staff = Tokens.forUser("staff");
        HttpResponse<String> current = json("/api/reports/2023/tables", staff);
        assertThat(current.statusCode()).isEqualTo(200);
        assertThat(Api.json(current).get("release").isNull()).isTrue();
        HttpResponse<byte[]> file = bytes("/api/reports/2023/tables/" + id + ".json", staff);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(Tokens.JSON.readTree(file.body()).get("source").asString()).contains("arbeidsdata");

        HttpResponse<byte[]> unknown = bytes("/api/published/2023/" + release + "/tables/99.99.csv", portal);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(new String(unknown.body(), StandardCharsets.UTF_8)).contains("99.99");
        assertThat(bytes("/api/published/2023/" + release + "/tables/" + id + ".pdf", portal).statusCode()).isEqualTo(404);
    }

    @Test
    @Order(3)
    void aKeyFigureTablesJsonStatFromTheReleaseImportsBackAsTheSameKeyFigures() throws Exception {
        String controller = Tokens.forUser("controller");
        String portal = Tokens.forCommitteePortal();
        String number = keyFigureTableInTheIndex(controller);
        JsonNode before = figures(controller, number);
        JsonNode summary = storedTable(controller, number);
        String key = summary.get("key").asString();
        openForChanges(controller, summary.get("section").asString());

        HttpResponse<String> stored = Api.get(Platform.GATEWAY, SA + "/tables/" + encode(key), controller);
        JsonNode table = Api.json(stored);
        String[] cell = numericCell(table);
        String text = cell[2].equals("123 456,7") ? "765 432,1" : "123 456,7";
        HttpResponse<String> edited = send("PATCH", SA + "/tables/" + encode(key) + "/cells", controller,
                "{\"row\":\"" + cell[0] + "\",\"column\":\"" + cell[1] + "\",\"text\":\"" + text + "\"}", "application/json", null,
                stored.headers().firstValue("ETag").orElseThrow());
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        JsonNode changed = figures(controller, number);
        assertThat(changed).as("the edit changed a key figure").isNotEqualTo(before);

        JsonNode entry = entry(number);
        byte[] released = bytes(href(entry, "json-stat"), portal).body();

        ObjectNode broken = (ObjectNode) Tokens.JSON.readTree(released);
        ((ArrayNode) broken.get("value")).set(0, Tokens.JSON.readTree("\"mange\""));
        broken.put("version", "2.0");
        HttpResponse<String> refused = upload(SA + "/imports?table=" + encode(key), controller, "tabell-" + number + ".json",
                Tokens.JSON.writeValueAsBytes(broken));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(Api.json(refused).get("errors").get(0).get("field").asString()).isEqualTo("value[0]");
        assertThat(figures(controller, number)).as("a refused file writes nothing").isEqualTo(changed);

        HttpResponse<String> imported = upload(SA + "/imports?table=" + encode(key), controller, "tabell-" + number + ".json", released);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(Api.json(imported).get("tablesChanged").toString()).contains(key);
        assertThat(figures(controller, number)).as("the released file gives the released key figures again").isEqualTo(before);
    }

    /** The first key-figure table of the services' key figures that the release's index lists by its number. */
    private static String keyFigureTableInTheIndex(String token) {
        JsonNode figures = Api.json(Api.get(Platform.GATEWAY, SA + "/key-figures", token));
        for (JsonNode figure : figures) {
            JsonNode origin = figure.get("origin");
            if ("table".equals(origin.get("kind").asString()) && figure.get("value").isNumber()) {
                String number = origin.get("table").asString();
                if (entry(number) != null) {
                    return number;
                }
            }
        }
        throw new AssertionError("no key-figure table in the release's index");
    }

    private static JsonNode entry(String number) {
        for (JsonNode table : index.get("tables")) {
            if (number.equals(table.get("id").asString())) {
                return table;
            }
        }
        return null;
    }

    private static JsonNode figures(String token, String number) {
        HttpResponse<String> response = Api.get(Platform.GATEWAY, SA + "/key-figures?table=" + encode(number), token);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode figures = Api.json(response);
        assertThat(figures.size()).isPositive();
        return figures;
    }

    private static JsonNode storedTable(String token, String number) {
        for (JsonNode table : Api.json(Api.get(Platform.GATEWAY, SA + "/tables", token))) {
            if (number.equals(table.get("number").asString())) {
                return table;
            }
        }
        throw new AssertionError("no stored table " + number);
    }

    /** Writes need the section in DRAFT or RETURNED: a controller reopens it when it is submitted or approved. */
    private static void openForChanges(String token, String section) throws Exception {
        for (JsonNode view : Api.json(Api.get(Platform.GATEWAY, SA + "/sections", token))) {
            if (section.equals(view.get("key").asString())) {
                String status = view.get("status").asString();
                if (!status.equals("draft") && !status.equals("returned")) {
                    HttpResponse<String> reopened = send("POST", SA + "/sections/" + encode(section) + "/reopen", token, "",
                            "application/json", null);
                    assertThat(reopened.statusCode()).as(reopened.body()).isEqualTo(200);
                }
                return;
            }
        }
        throw new AssertionError("no section " + section);
    }

    /** Row key, column key and text of the first cell holding a number in a column whose header names a year. */
    private static String[] numericCell(JsonNode table) {
        JsonNode columns = table.get("columns");
        for (JsonNode row : table.get("rows")) {
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).get("label").asString().matches(".*(19|20)\\d\\d.*") && row.get("cells").get(c).get("value").isNumber()) {
                    return new String[] {row.get("key").asString(), columns.get(c).get("key").asString(),
                            row.get("cells").get(c).get("text").asString().replace('\u00a0', ' ')};
                }
            }
        }
        throw new AssertionError("no numeric key-figure cell in " + table.get("key"));
    }

    private static int tableBlocks(JsonNode report) {
        int count = 0;
        for (JsonNode chapter : report.get("chapters")) {
            for (JsonNode section : chapter.get("sections")) {
                for (JsonNode block : section.get("blocks")) {
                    count += "table".equals(block.get("type").asString()) ? 1 : 0;
                }
            }
        }
        return count;
    }

    private static String href(JsonNode table, String format) {
        for (JsonNode download : table.get("downloads")) {
            if (format.equals(download.get("format").asString())) {
                return download.get("href").asString();
            }
        }
        throw new AssertionError("no " + format + " download for " + table.get("id"));
    }

    /**
     * A GET with a generous time limit: the first request for a release renders all its files (about 20 s for
     * the demo release on a busy machine with a cold gateway), and the current data's index renders every time.
     */
    private static HttpResponse<String> json(String path, String bearer) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(Platform.GATEWAY.resolve(path)).timeout(Duration.ofSeconds(180))
                .header("Accept", "application/json").header("Authorization", "Bearer " + bearer).GET().build();
        return politely(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<byte[]> bytes(String path, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(Platform.GATEWAY.resolve(path)).timeout(Duration.ofSeconds(120)).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return politely(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * A GET as a well-behaved client makes it: the gateway limits each client's request rate (the committee
     * portal's bucket is small), so a 429 is waited out for its Retry-After and the request made again.
     */
    private static <T> HttpResponse<T> politely(HttpRequest request, HttpResponse.BodyHandler<T> body) throws Exception {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<T> response = HTTP.send(request, body);
            if (response.statusCode() != 429 || attempt == 30) {
                return response;
            }
            long seconds = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
            Thread.sleep(Duration.ofSeconds(Math.max(1, seconds)).toMillis());
        }
    }

    private static HttpResponse<String> send(String method, String path, String bearer, String body, String type,
            String idempotencyKey, String... ifMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(Platform.GATEWAY.resolve(path))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + bearer)
                .header("Accept", "application/json")
                .header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (ifMatch.length > 0) {
            request.header("If-Match", ifMatch[0]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> upload(String path, String bearer, String fileName, byte[] content) throws Exception {
        String boundary = "----arsberetning" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(Platform.GATEWAY.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + bearer)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail)))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
