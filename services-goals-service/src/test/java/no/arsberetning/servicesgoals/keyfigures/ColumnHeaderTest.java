package no.arsberetning.servicesgoals.keyfigures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Entities and periods from key-figure headers as printed, broken words included. */
class ColumnHeaderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Trondheim 2022|Trondheim|2022",
            "Stavange r 2023|Stavanger|2023",
            "ASSS gjennomsnit t 2023|ASSS gjennomsnitt|2023",
            "ASSS gj.snitt 2023|ASSS gjennomsnitt|2023",
            "ASSS gjennomsni tt 2023|ASSS gjennomsnitt|2023",
            "2021|Trondheim|2021",
            "Landet uten Oslo 2023|Landet uten Oslo|2023"})
    void readsEntityAndPeriod(String header, String entity, String period) {
        ColumnHeader read = ColumnHeader.of(header, "Trondheim").orElseThrow();
        assertThat(read.entity()).isEqualTo(entity);
        assertThat(read.period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Beskrivelse", "I arbeid eller utdanning", "Indikator"})
    void aHeaderWithoutAPeriodIsNoFigureColumn(String header) {
        assertThat(ColumnHeader.of(header, "Trondheim")).isEmpty();
    }
}
