package no.arsberetning.gateway.releases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.report.Block;
import no.arsberetning.common.report.ReportDocument.Chapter;
import no.arsberetning.common.report.ReportDocument.Section;
import no.arsberetning.gateway.reports.ComposedReport;
import no.arsberetning.gateway.reports.completeness.Checklist;
import no.arsberetning.gateway.reports.completeness.Checklist.Item;
import no.arsberetning.gateway.reports.completeness.Checklist.Place;
import no.arsberetning.gateway.reports.completeness.Completeness;
import no.arsberetning.gateway.services.ServiceApi;
import no.arsberetning.gateway.services.ServiceApi.FreezeRequest;
import no.arsberetning.gateway.services.ServiceApi.NumberGiven;
import no.arsberetning.gateway.services.ServiceApi.NumberRequest;
import no.arsberetning.gateway.services.ServiceApi.ReleasePart;
import no.arsberetning.gateway.services.ServiceAnswers;
import no.arsberetning.gateway.services.ServiceClients;
import no.arsberetning.gateway.services.Sources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import reactor.core.publisher.Mono;

/**
 * Publishing with a required statutory item missing: refused like open errors unless a controller gives a
 * reason, and then the release records the missing items.
 */
class PublisherTest {

    private static final Checklist CHECKLIST = new Checklist("Lovpålagt innhold", "Grunnlag", List.of(
            new Item("kl-forord", "Kommuneloven", "§ 14-7 andre ledd", "Innledning med tekst", "every-year", true,
                    List.of(new Place(null, "1", "innledning", null, "text", null, null, null, null))),
            new Item("ldl-ikke-pakrevd", "Likestillingsloven", "§ 26a", "Valgfritt punkt", "every-second-year", false,
                    List.of(new Place("2.99", null, null, null, null, null, null, null, null)))));

    private final ServiceApi finance = mock(ServiceApi.class);
    private final List<ReleasePart> frozen = new ArrayList<>();
    private ComposedReport report;

    @BeforeEach
    void services() {
        when(finance.releases(2023)).thenAnswer(i -> Mono.just(List.copyOf(frozen)));
        when(finance.releaseNumber(eq(2023), any())).thenAnswer(i -> Mono.just(
                new NumberGiven(frozen.size() + 1, i.<NumberRequest>getArgument(1).idempotencyKey())));
        when(finance.freeze(eq(2023), any())).thenAnswer(i -> {
            FreezeRequest request = i.getArgument(1);
            ReleasePart part = new ReleasePart(request.number(), request.idempotencyKey(), Instant.EPOCH, "controller",
                    request.overrideReason(), List.of(), request.missingRequired(), "abc", null);
            frozen.add(part);
            return Mono.just(part);
        });
    }

    @Test
    void aMissingRequiredItemRefusesPublishingWithoutAReason() {
        report = report("<p> </p>");
        assertThatThrownBy(() -> publisher().publish(2023, "key-1", null).block())
                .isInstanceOfSatisfying(PublishRefusedException.class, refused -> {
                    assertThat(refused.errors()).isEmpty();
                    assertThat(refused.missingRequired()).extracting(Completeness.ItemResult::id).containsExactly("kl-forord");
                    assertThat(refused.getMessage()).contains("1 lovpålagte punkter mangler");
                });
        assertThatThrownBy(() -> publisher().publish(2023, "key-1", "  ").block()).isInstanceOf(PublishRefusedException.class);
        verify(finance, never()).freeze(anyInt(), any());
    }

    @Test
    void withAReasonTheReleaseRecordsTheMissingItems() {
        report = report("<p> </p>");
        Release release = publisher().publish(2023, "key-2", "Forordet kommer i neste utgave.").block();

        ArgumentCaptor<FreezeRequest> request = ArgumentCaptor.forClass(FreezeRequest.class);
        verify(finance).freeze(eq(2023), request.capture());
        assertThat(request.getValue().overrideReason()).isEqualTo("Forordet kommer i neste utgave.");
        assertThat(request.getValue().missingRequired()).containsExactly("kl-forord");
        assertThat(release.missingRequired()).containsExactly("kl-forord");
        assertThat(release.overrideReason()).isEqualTo("Forordet kommer i neste utgave.");
    }

    @Test
    void aCompleteReportPublishesWithoutAReasonAndRecordsNoOverride() {
        report = report("<p>Innledningen.</p>");
        Release release = publisher().publish(2023, "key-3", "unødvendig").block();

        assertThat(release.missingRequired()).as("an item that is not required never blocks").isEmpty();
        assertThat(release.overrideReason()).as("no override is recorded when none was needed").isNull();
    }

    @Test
    void theNumberIsTheOneTheFirstServiceGivesForTheKeyNotTheHighestSeenPlusOne() {
        report = report("<p>Innledningen.</p>");
        when(finance.releaseNumber(eq(2023), any())).thenReturn(Mono.just(new NumberGiven(7, "key-4")));

        Release release = publisher().publish(2023, "key-4", null).block();

        ArgumentCaptor<NumberRequest> asked = ArgumentCaptor.forClass(NumberRequest.class);
        verify(finance).releaseNumber(eq(2023), asked.capture());
        assertThat(asked.getValue().idempotencyKey()).isEqualTo("key-4");
        assertThat(release.number()).isEqualTo(7);
        assertThat(frozen).extracting(ReleasePart::number).containsExactly(7);
    }

    private Publisher publisher() {
        ServiceClients clients = mock(ServiceClients.class);
        when(clients.of("finance")).thenReturn(finance);
        Sources sources = new Sources(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(10), List.of(new Sources.Source("finance", "Økonomitjenesten",
                "http://localhost/api/finance", List.of(new Sources.ChapterTitle("1", "Økonomi")))));
        return new Publisher(sources, clients, new ServiceAnswers(), year -> Mono.just(List.of()), (year, withFindings) -> Mono.just(report), CHECKLIST);
    }

    private static ComposedReport report(String introduction) {
        Chapter economy = new Chapter("1", "Økonomi", List.of(new Section("innledning", "Innledning",
                List.of(new Block.Text(introduction)))));
        return new ComposedReport(2023, "Årsberetning 2023", "Trondheim kommune", Instant.EPOCH, null, List.of(),
                List.of(economy), List.of(), null);
    }
}
