package no.arsberetning.gateway.reports.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Collections;
import java.util.function.Function;
import java.util.function.Supplier;

import no.arsberetning.gateway.reports.ComposedVersions;
import no.arsberetning.gateway.reports.ComposedVersions.Version;
import no.arsberetning.gateway.reports.ReportComposer;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Mono;

/** The two document URLs, bound to the controller alone with a composer stub. */
class ReportDocumentControllerTests {

    private final List<String> calls = new ArrayList<>();
    private final ReportComposer composer = (year, withFindings) -> {
        calls.add(year + ":" + withFindings);
        return year == 2023 ? Mono.just(SampleReport.report()) : Mono.empty();
    };
    private final WebTestClient http = WebTestClient
            .bindToController(new ReportDocumentController(composer, new ReportDocuments(), Mono::just, versions()))
            .configureClient().responseTimeout(Duration.ofMinutes(1)) // a first PDF render on a busy machine
            .build();

    /** Every answer composed afresh, as when a service cannot tell its version. */
    @SuppressWarnings("unchecked")
    private static ComposedVersions versions() {
        ComposedVersions versions = mock(ComposedVersions.class);
        when(versions.answer(any(), anyString(), anyInt(), any())).thenAnswer(call -> call
                .<Function<Version, Mono<?>>>getArgument(3).apply(new Version(call.getArgument(2), Collections.singletonList(null), "test", java.util.Map.of())));
        when(versions.kept(any(), anyString(), any())).thenAnswer(call -> call.<Supplier<Mono<?>>>getArgument(2).get()
                .map(value -> new ComposedVersions.Versioned<>(value, false)));
        return versions;
    }

    @Test
    void htmlIsServedAsUtf8WithFindingsAndNoScriptsAllowed() {
        String body = http.get().uri("/reports/2023").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("text/html;charset=UTF-8")
                .expectHeader().valueMatches("Content-Security-Policy", ".*default-src 'none'.*")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(body).startsWith("<!DOCTYPE html>").contains("<html lang=\"nb\">", "Vedlegg: Funn fra kontrollene", "Årsberetning 2023");
        assertThat(calls).containsExactly("2023:true");
    }

    @Test
    void pdfIsServedInlineWithItsFileName() {
        byte[] body = http.get().uri("/reports/2023.pdf").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectHeader().valueEquals(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"arsberetning-2023.pdf\"")
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(new String(body, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(calls).containsExactly("2023:true");
    }

    @Test
    void aYearWithoutAReportIsNotFound() {
        http.get().uri("/reports/2019").exchange().expectStatus().isNotFound();
        http.get().uri("/reports/2019.pdf").exchange().expectStatus().isNotFound();
    }

    @Test
    void anythingButAYearIsNotFound() {
        http.get().uri("/reports/tjueto").exchange().expectStatus().isNotFound();
        http.get().uri("/reports/2023.docx").exchange().expectStatus().isNotFound();
        assertThat(calls).isEmpty();
    }

    @Test
    void aPublishedReleaseGetsItsNumberInTheFileName() {
        var sample = SampleReport.report();
        var release = new no.arsberetning.gateway.reports.ComposedReport(2023, sample.title(), sample.municipality(), sample.composedAt(),
                new no.arsberetning.gateway.reports.ComposedReport.ReleaseInfo(3, sample.composedAt(), "controller", "sha256:x", null),
                sample.sources(), sample.chapters(), sample.findings(), sample.frontMatter());
        assertThat(ReportDocuments.pdfFileName(release)).isEqualTo("arsberetning-2023-utgave-3.pdf");
        assertThat(ReportDocuments.pdfFileName(sample)).isEqualTo("arsberetning-2023.pdf");
    }
}
