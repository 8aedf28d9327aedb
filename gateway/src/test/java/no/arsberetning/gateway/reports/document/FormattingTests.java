package no.arsberetning.gateway.reports.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;

import no.arsberetning.common.report.MissingReason;
import no.arsberetning.common.report.Table.Cell;
import no.arsberetning.gateway.reports.ChapterNumbers;
import org.junit.jupiter.api.Test;

/** Numbers the report formats itself, printed numbers kept as printed, and who delivers which chapter. */
class FormattingTests {

    @Test
    void ownNumbersAreNorwegianWithARealMinus() {
        assertThat(NorwegianFormat.number(new BigDecimal("-1982.2"))).isEqualTo("\u22121\u00A0982,2");
        assertThat(NorwegianFormat.number(new BigDecimal("4004"))).isEqualTo("4\u00A0004");
        assertThat(NorwegianFormat.number(null)).isEmpty();
        assertThat(NorwegianFormat.count(12)).isEqualTo("12");
    }

    @Test
    void datesAreNorwegianInNorwegianTime() {
        assertThat(NorwegianFormat.dateTime(Instant.parse("2024-01-05T07:30:00Z"))).isEqualTo("5. januar 2024 kl. 08.30");
        assertThat(NorwegianFormat.dateTime(Instant.parse("2024-06-05T07:30:00Z"))).isEqualTo("5. juni 2024 kl. 09.30");
    }

    @Test
    void aPrintedNumberIsShownAsPrintedWithItsGroupsKeptTogether() {
        var cell = TableViews.cell(Cell.of(new BigDecimal("-4317"), "-4 317", "MNOK"));
        assertThat(cell.html()).isEqualTo("-4\u00A0317");
        assertThat(cell.value()).isEqualTo("-4317");
        assertThat(TableViews.cell(Cell.of(new BigDecimal("12"), "12 %", "percent")).html()).isEqualTo("12 %");
        assertThat(TableViews.cell(Cell.of(new BigDecimal("2023"), "2023 2024", null)).html()).as("not a thousands group").isEqualTo("2023 2024");
    }

    @Test
    void aMissingValueKeepsItsPrintedMarkAndSaysWhy() {
        var cell = TableViews.cell(Cell.missing(MissingReason.NOT_AVAILABLE_YET, "i.a.", "MNOK"));
        assertThat(cell.html()).isEqualTo("i.a.");
        assertThat(cell.value()).isNull();
        assertThat(cell.reason()).isEqualTo("not-available-yet");
        assertThat(cell.reasonLabel()).isEqualTo("Ikke tilgjengelig ennå");
        for (MissingReason reason : MissingReason.values()) {
            assertThat(Units.reason(reason)).as("every reason has a Norwegian label: %s", reason).isNotBlank();
        }
    }

    @Test
    void aSourceCoversTheChaptersItListsOrARangeOfThem() {
        assertThat(ChapterNumbers.covers("4-19", "7")).isTrue();
        assertThat(ChapterNumbers.covers("4\u201319", "19")).isTrue();
        assertThat(ChapterNumbers.covers("4-19", "20")).isFalse();
        assertThat(ChapterNumbers.covers("1", "1")).isTrue();
        assertThat(ChapterNumbers.covers("1", "10")).isFalse();
    }
}
