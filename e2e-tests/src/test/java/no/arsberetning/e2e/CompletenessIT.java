package no.arsberetning.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The report's own parts and its legal completeness on the demo data, through the gateway: the title page
 * and the chief executive's foreword before chapter 1, the statutory checklist (kommuneloven § 14-7,
 * likestillings- og diskrimineringsloven § 26a) with what is missing named, in the API, the dashboard and the
 * HTML report, and publishing that needs a recorded reason while a required item is missing.
 */
class CompletenessIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * The first compositions after a start may degrade (connections, keys, JIT); the checklist then rightly
     * says what it could not judge. These tests are about the demo data, so they wait until every service answers.
     */
    @BeforeAll
    static void everyServiceAnswers() throws InterruptedException {
        String token = Tokens.forUser("staff");
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (true) {
            HttpResponse<String> response = Api.get(Platform.GATEWAY, "/api/reports/2023", token);
            boolean all = response.statusCode() == 200;
            if (all) {
                for (JsonNode source : Api.json(response).get("sources")) {
                    all &= source.get("available").asBoolean();
                }
            }
            if (all) {
                return;
            }
            assertThat(System.nanoTime()).as("every service answers the composition within 3 minutes").isLessThan(deadline);
            Thread.sleep(2000);
        }
    }

    @Test
    void theChecklistOnTheDemoDataNamesWhatIsCoveredAndWhatIsMissing() throws InterruptedException {
        JsonNode completeness = completeness();
        JsonNode items = completeness.get("items");
        List<String> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.get("id").asString()));
        assertThat(ids).contains("kl-14-7-budsjettavvik", "kl-14-7-maloppnaelse", "ldl-26a-kjonnsbalanse",
                "ldl-26a-lonn-grupper", "ldl-26a-ufrivillig-deltid");
        for (JsonNode item : items) {
            String status = item.get("status").asString();
            assertThat(status).as(item.toString()).isIn("covered", "missing");
            if (status.equals("missing")) {
                assertThat(item.get("reason").asString()).as("a missing item says why: " + item).isNotBlank();
            }
            System.out.println("completeness " + item.get("id").asString() + ": " + status
                    + (status.equals("missing") ? " – " + item.get("reason").asString() : ""));
        }
        assertThat(status(items, "kl-14-7-arsberetning")).as("the title page comes from the finance service").isEqualTo("covered");
        assertThat(status(items, "kl-14-7-budsjettavvik")).as("tables 1.1–1.3").isEqualTo("covered");
        assertThat(status(items, "ldl-26a-kjonnsbalanse")).as("table 2.4").isEqualTo("covered");
        assertThat(status(items, "kl-14-7-maloppnaelse")).as("goals in chapters 4–19 and the fiscal rules").isEqualTo("covered");
        // The demo transcription has table 2.11 as counts and shares in parental leave, not weeks (HR's own coverage says so)
        assertThat(status(items, "ldl-26a-foreldrepermisjon")).isEqualTo("missing");
        assertThat(reason(items, "ldl-26a-foreldrepermisjon")).contains("uker");
        assertThat(completeness.get("missingRequired").size()).isEqualTo(completeness.get("missing").asInt());
        assertThat(completeness.get("covered").asInt() + completeness.get("missing").asInt()).isEqualTo(items.size());

        JsonNode dashboard = dashboardWithEveryService();
        assertThat(dashboard.at("/completeness/missingRequired")).isEqualTo(completeness.get("missingRequired"));
        assertThat(Api.get(Platform.GATEWAY, "/api/reports/2023/completeness", Tokens.forCommitteePortal()).statusCode())
                .as("the committee reads published releases only").isEqualTo(403);
    }

    @Test
    void theHtmlReportHasTheTitlePageAndForewordBeforeChapterOneAndTheAppendix() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(Platform.GATEWAY.resolve("/reports/2023"))
                .timeout(Duration.ofSeconds(120)).header("Accept", "text/html")
                .header("Authorization", "Bearer " + Tokens.forUser("staff")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        String html = response.body();
        assertThat(html).contains("Tråanten tjielte", "Kommunedirektøren", "<h1>Årsberetning 2023</h1>");
        int foreword = html.indexOf(">Et begivenhetsrikt år</h2>");
        int chapterOne = html.indexOf(">1 Økonomi</h2>");
        assertThat(foreword).as("the foreword is there").isPositive();
        assertThat(foreword).as("before chapter 1").isLessThan(chapterOne);
        assertThat(html).contains("2023 var et begivenhetsrikt år for Trondheim kommune.", "Morten Wolden");
        int toc = html.indexOf("<nav class=\"toc\"");
        String tocHtml = html.substring(toc, html.indexOf("</nav>", toc));
        assertThat(tocHtml).contains("href=\"#forside\"", ">Et begivenhetsrikt år<", ">Vedlegg: Lovpålagt innhold<");
        assertThat(html).contains("Vedlegg: Lovpålagt innhold", "likestillings- og diskrimineringsloven § 26a",
                "href=\"/tilgjengelighet\"");
    }

    @Test
    void publishingWithAMissingRequiredItemNeedsARecordedReason() throws Exception {
        JsonNode missing = completeness().get("missingRequired");
        assertThat(missing.size()).as("the demo data misses required items").isPositive();
        String controller = Tokens.forUser("controller");
        String key = UUID.randomUUID().toString();
        HttpResponse<String> refused = post(controller, key, "{}");
        assertThat(refused.statusCode()).isEqualTo(409);
        List<String> refusedIds = new ArrayList<>();
        Api.json(refused).get("missingRequired").forEach(i -> refusedIds.add(i.get("id").asString()));
        List<String> missingIds = new ArrayList<>();
        missing.forEach(i -> missingIds.add(i.asString()));
        assertThat(refusedIds).containsExactlyElementsOf(missingIds);

        HttpResponse<String> published = post(controller, key,
                "{\"overrideReason\":\"Demodata publiseres som trykt; manglende lovpålagt innhold er kjent.\"}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        JsonNode release = Api.json(published);
        List<String> recorded = new ArrayList<>();
        release.get("missingRequired").forEach(i -> recorded.add(i.asString()));
        assertThat(recorded).containsExactlyElementsOf(missingIds);
        assertThat(release.get("overrideReason").asString()).contains("lovpålagt");

        JsonNode read = Api.json(Api.get(Platform.GATEWAY, "/api/published/2023/" + release.get("number").asInt(),
                Tokens.forCommitteePortal()));
        assertThat(read.at("/frontMatter/forewordTitle").asString()).as("the foreword is frozen into the release")
                .isEqualTo("Et begivenhetsrikt år");
        assertThat(read.at("/release/missingRequired")).hasSize(missingIds.size());
    }

    /** The dashboard composes more at once; on a busy machine a service may miss the time limit, so ask again. */
    private static JsonNode dashboardWithEveryService() throws InterruptedException {
        String token = Tokens.forUser("staff");
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (true) {
            JsonNode dashboard = Api.json(Api.get(Platform.GATEWAY, "/api/dashboards/2023", token));
            boolean all = true;
            for (JsonNode source : dashboard.get("sources")) {
                all &= source.get("available").asBoolean();
            }
            if (all) {
                return dashboard;
            }
            assertThat(System.nanoTime()).as("every service answers the dashboard within 3 minutes").isLessThan(deadline);
            Thread.sleep(2000);
        }
    }

    private static JsonNode completeness() {
        HttpResponse<String> response = Api.get(Platform.GATEWAY, "/api/reports/2023/completeness", Tokens.forUser("staff"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.json(response);
    }

    private static String status(JsonNode items, String id) {
        return item(items, id).get("status").asString();
    }

    private static String reason(JsonNode items, String id) {
        return item(items, id).path("reason").asString("");
    }

    private static JsonNode item(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (id.equals(item.get("id").asString())) {
                return item;
            }
        }
        throw new AssertionError("No checklist item " + id);
    }

    private static HttpResponse<String> post(String token, String idempotencyKey, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(Platform.GATEWAY.resolve("/api/releases/2023"))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token).header("Idempotency-Key", idempotencyKey)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
