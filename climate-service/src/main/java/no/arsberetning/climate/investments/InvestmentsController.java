package no.arsberetning.climate.investments;

import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import no.arsberetning.climate.cycle.ChapterWrites;
import no.arsberetning.climate.cycle.ClimateSections;
import no.arsberetning.climate.printed.Markup;
import no.arsberetning.climate.printed.PrintedValue;
import no.arsberetning.common.locking.ETags;
import no.arsberetning.common.tables.Provenance;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/climate/{year}/investments}: the climate investment measures with budget, actual and deviation,
 * and where finance's line «Klimainvesteringer» (table 1.4) is, for the gateway to set beside them.
 */
@RestController
@RequestMapping("${arsberetning.api-prefix}/{year}/investments")
class InvestmentsController {

    private final InvestmentStore store;
    private final ChapterWrites writes;
    private final Clock clock;

    InvestmentsController(InvestmentStore store, ChapterWrites writes, Clock clock) {
        this.store = store;
        this.writes = writes;
        this.clock = clock;
    }

    @GetMapping
    ResponseEntity<InvestmentsView> investments(@PathVariable int year) {
        InvestmentsView view = InvestmentStore.read(store.get(year));
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }

    @PutMapping
    ResponseEntity<InvestmentsView> update(@PathVariable int year,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody InvestmentsEdit edit, Authentication who) {
        ClimateInvestments before = store.get(year);
        writes.check(who, year, ClimateSections.INVESTMENTS, ifMatch, before.version());
        List<ClimateInvestments.InvestmentMeasure> measures = edit.measures().stream()
                .map(m -> new ClimateInvestments.InvestmentMeasure(m.key(), Markup.plain(m.name()), m.budget().trim(),
                        m.actual().trim(), m.comment() == null ? null : Markup.plain(m.comment()), null))
                .toList();
        ClimateInvestments after = new ClimateInvestments(before.id(), year, before.unit(), measures,
                edit.statement() == null ? before.statement() : Markup.plain(edit.statement()), before.statementSeedLine(),
                Provenance.manual(who.getName(), clock.instant()), before.version());
        InvestmentsView view = InvestmentStore.read(store.replace(before, after, who.getName()));
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }

    /** The measures as a controller saves them; amounts in the document's unit (MNOK), as printed («12,5»), or empty. */
    record InvestmentsEdit(@NotNull(message = "Oppgi tiltakene (tom liste hvis ingen).") @Size(max = 200) List<@Valid MeasureEdit> measures,
            @Size(max = 4000, message = "Høyst 4 000 tegn.") String statement) {
    }

    record MeasureEdit(
            @NotBlank(message = "Oppgi en nøkkel.") @Pattern(regexp = "[a-z0-9-]{1,80}", message = "Nøkkelen kan bare ha a–z, 0–9 og bindestrek.") String key,
            @NotBlank(message = "Oppgi navnet på tiltaket.") @Size(max = 300) String name,
            @NotNull(message = "Oppgi budsjettet (tomt hvis ikke kjent).") @PrintedValue String budget,
            @NotNull(message = "Oppgi regnskapet (tomt hvis ikke kjent).") @PrintedValue String actual,
            @Size(max = 2000) String comment) {
    }
}
