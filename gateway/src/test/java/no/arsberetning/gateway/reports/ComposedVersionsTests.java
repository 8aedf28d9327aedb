package no.arsberetning.gateway.reports;

import static no.arsberetning.gateway.StandInServices.api;
import static no.arsberetning.gateway.StandInServices.as;
import static no.arsberetning.gateway.StandInServices.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import no.arsberetning.gateway.StandInServices;
import no.arsberetning.gateway.reports.document.ReportDocuments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The composed answers kept per composite version, against four stand-in services that version their reads as the
 * real ones do (an {@code ETag} per service and year, {@code 304} to {@code If-None-Match}): unchanged services give
 * the kept answer and the same {@code ETag} without composing or rendering again, a write at any one service gives a
 * new answer on the very next request, and a service that did not answer is asked again next time.
 */
@SpringBootTest(properties = {"spring.cloud.config.enabled=false", "GATEWAY_CLIENT_SECRET=test-only",
        // the stand-ins change versions with no write through the gateway: every read asks (GatewayWritesTests)
        "arsberetning.composition.version-max-age=0s"})
@AutoConfigureWebTestClient(timeout = "60s")
class ComposedVersionsTests {

    private static final List<String> APIS = List.of("finance", "hr", "climate", "service-areas");
    /** Per service: its version of the year, advanced by every "write". */
    private static final Map<String, AtomicInteger> VERSIONS = new ConcurrentHashMap<>();
    /** Services that answer 503 to everything. */
    private static final Set<String> DOWN = ConcurrentHashMap.newKeySet();
    /** Calls (the last path segment) that fail at every service. */
    private static final Set<String> FAILING = ConcurrentHashMap.newKeySet();
    /** Report bodies the services sent (a 304 is not one). */
    private static final AtomicInteger REPORTS_SENT = new AtomicInteger();
    private static final StandInServices SERVICES = new StandInServices(ComposedVersionsTests::handle);

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        SERVICES.register(registry);
    }

    @AfterAll
    static void stop() {
        SERVICES.stop();
    }

    @Autowired
    WebTestClient http;

    @MockitoSpyBean
    ReportDocuments documents;

    @BeforeEach
    void everyServiceUpAtANewVersion() {
        DOWN.clear();
        FAILING.clear();
        APIS.forEach(api -> VERSIONS.computeIfAbsent(api, a -> new AtomicInteger()).incrementAndGet());
        REPORTS_SENT.set(0);
        clearInvocations(documents);
    }

    @Test
    void unchangedServicesGiveTheKeptReportWithTheSameETagAndA304ForIt() {
        EntityExchangeResult<String> first = get("/api/reports/2023", null);
        int composed = REPORTS_SENT.get();
        EntityExchangeResult<String> second = get("/api/reports/2023", null);

        String etag = first.getResponseHeaders().getETag();
        assertThat(etag).startsWith("\"").doesNotStartWith("W/");
        assertThat(second.getResponseHeaders().getETag()).isEqualTo(etag);
        assertThat(second.getResponseBody()).isEqualTo(first.getResponseBody()).contains("finance-versjon-" + VERSIONS.get("finance"));
        assertThat(composed).as("the first answer read every service's report").isGreaterThanOrEqualTo(4);
        assertThat(REPORTS_SENT.get()).as("the second one read none").isEqualTo(composed);

        http.mutateWith(as("staff")).get().uri("/api/reports/2023").header(HttpHeaders.IF_NONE_MATCH, etag).exchange()
                .expectStatus().isNotModified()
                .expectHeader().valueEquals(HttpHeaders.ETAG, etag)
                .expectBody().isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"finance", "hr", "climate", "service-areas"})
    void aWriteAtAnyOneServiceGivesANewReportOnTheVeryNextRequest(String written) {
        EntityExchangeResult<String> before = get("/api/reports/2023", null);
        VERSIONS.get(written).incrementAndGet();

        EntityExchangeResult<String> after = get("/api/reports/2023", before.getResponseHeaders().getETag());

        assertThat(after.getStatus().value()).isEqualTo(200);
        assertThat(after.getResponseHeaders().getETag()).isNotEqualTo(before.getResponseHeaders().getETag());
        assertThat(after.getResponseBody()).contains(written + "-versjon-" + VERSIONS.get(written));
    }

    @Test
    void theHtmlAndPdfAreRenderedOncePerVersionAndAgainAfterAWrite() {
        EntityExchangeResult<String> html = get("/reports/2023", null);
        EntityExchangeResult<String> again = get("/reports/2023", null);
        byte[] pdf = pdf(null).getResponseBody();
        EntityExchangeResult<byte[]> pdfAgain = pdf(null);

        assertThat(again.getResponseBody()).isEqualTo(html.getResponseBody());
        assertThat(again.getResponseHeaders().getETag()).isEqualTo(html.getResponseHeaders().getETag());
        assertThat(pdfAgain.getResponseBody()).isEqualTo(pdf);
        verify(documents, times(2)).html(any()); // the page, and the page the PDF is made from
        verify(documents, times(1)).pdf(any());
        http.mutateWith(as("staff")).get().uri("/reports/2023.pdf")
                .header(HttpHeaders.IF_NONE_MATCH, pdfAgain.getResponseHeaders().getETag()).exchange()
                .expectStatus().isNotModified();

        VERSIONS.get("climate").incrementAndGet();
        EntityExchangeResult<String> changed = get("/reports/2023", html.getResponseHeaders().getETag());
        EntityExchangeResult<byte[]> pdfChanged = pdf(pdfAgain.getResponseHeaders().getETag());

        assertThat(changed.getResponseBody()).contains("climate-versjon-" + VERSIONS.get("climate"));
        assertThat(changed.getResponseHeaders().getETag()).isNotEqualTo(html.getResponseHeaders().getETag());
        assertThat(pdfChanged.getStatus().value()).isEqualTo(200);
        assertThat(pdfChanged.getResponseHeaders().getETag()).isNotEqualTo(pdfAgain.getResponseHeaders().getETag());
        verify(documents, times(4)).html(any());
        verify(documents, times(2)).pdf(any());
    }

    @Test
    void theDashboardIsKeptPerVersionToo() {
        EntityExchangeResult<String> first = get("/api/dashboards/2023", null);
        http.mutateWith(as("staff")).get().uri("/api/dashboards/2023")
                .header(HttpHeaders.IF_NONE_MATCH, first.getResponseHeaders().getETag()).exchange()
                .expectStatus().isNotModified();

        VERSIONS.get("service-areas").incrementAndGet();
        EntityExchangeResult<String> changed = get("/api/dashboards/2023", first.getResponseHeaders().getETag());

        assertThat(changed.getStatus().value()).isEqualTo(200);
        assertThat(changed.getResponseHeaders().getETag()).isNotEqualTo(first.getResponseHeaders().getETag());
    }

    @Test
    void aPlaceholderForAServiceThatWasDownIsNotServedOnceItIsBack() {
        DOWN.add("hr");
        EntityExchangeResult<String> without = get("/api/reports/2023", null);
        assertThat(without.getResponseBody()).contains("Kapittelet kunne ikke hentes nå").doesNotContain("hr-versjon-");
        assertThat(without.getResponseHeaders().getETag()).as("no version for a placeholder").isNull();

        DOWN.clear();
        EntityExchangeResult<String> back = get("/api/reports/2023", null);

        assertThat(back.getResponseBody()).contains("hr-versjon-" + VERSIONS.get("hr")).doesNotContain("Kapittelet kunne ikke hentes nå");
        assertThat(back.getResponseHeaders().getETag()).isNotNull();
    }

    @Test
    void aPlaceholderInTheFindingsIsNotKeptEither() {
        FAILING.add("checks/figures");
        EntityExchangeResult<String> without = get("/reports/2023", null);
        assertThat(without.getResponseBody()).contains("kunne ikke sammenlignes nå");
        assertThat(without.getResponseHeaders().getETag()).isNull();
        FAILING.clear();

        EntityExchangeResult<String> back = get("/reports/2023", null);

        assertThat(back.getResponseBody()).doesNotContain("kunne ikke sammenlignes nå");
        assertThat(back.getResponseHeaders().getETag()).isNotNull();
        verify(documents, times(2)).html(any());
    }

    private EntityExchangeResult<String> get(String path, String ifNoneMatch) {
        return http.mutateWith(as("staff")).get().uri(path)
                .headers(headers -> {
                    if (ifNoneMatch != null) {
                        headers.setIfNoneMatch(ifNoneMatch);
                    }
                })
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult();
    }

    private EntityExchangeResult<byte[]> pdf(String ifNoneMatch) {
        return http.mutateWith(as("staff")).get().uri("/reports/2023.pdf")
                .headers(headers -> {
                    if (ifNoneMatch != null) {
                        headers.setIfNoneMatch(ifNoneMatch);
                    }
                })
                .exchange().expectStatus().isOk().expectBody(byte[].class).returnResult();
    }

    private static void handle(HttpExchange exchange) throws IOException {
        String api = api(exchange);
        String path = exchange.getRequestURI().getPath();
        if (DOWN.contains(api)) {
            json(exchange, 503, "{}");
            return;
        }
        String etag = "\"" + api + "-2023-" + VERSIONS.get(api) + "\"";
        String what = path.substring(path.indexOf("/2023/") + 6);
        if (FAILING.contains(what)) {
            json(exchange, 500, "{}");
            return;
        }
        boolean versioned = what.equals("report") || what.equals("checks") || what.equals("dashboard");
        if (versioned) {
            exchange.getResponseHeaders().set("ETag", etag);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
        }
        switch (what) {
            case "report" -> {
                REPORTS_SENT.incrementAndGet();
                json(exchange, 200, "{\"source\":\"" + api + "\",\"year\":2023,\"chapters\":[{\"number\":\"" + (APIS.indexOf(api) + 1)
                        + "\",\"title\":\"Kapittel " + api + "\",\"sections\":[{\"id\":\"s\",\"title\":\"Del\",\"blocks\":"
                        + "[{\"type\":\"text\",\"html\":\"<p>" + api + "-versjon-" + VERSIONS.get(api) + "</p>\"}]}]}]}");
            }
            case "dashboard" -> json(exchange, 200, "{\"year\":2023}");
            case "checks", "checks/figures", "sections", "releases", "accounts" -> json(exchange, 200, "[]");
            default -> {
                if (what.startsWith("tables/")) {
                    String key = what.substring(7);
                    json(exchange, 200, "{\"key\":\"" + key + "\",\"number\":\"" + key + "\",\"caption\":\"Tabell\",\"columns\":[],\"rows\":[]}");
                } else {
                    json(exchange, 404, "{}");
                }
            }
        }
    }
}
