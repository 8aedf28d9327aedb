package no.arsberetning.servicesgoals.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import no.arsberetning.servicesgoals.goals.Ambition.Direction;
import no.arsberetning.servicesgoals.goals.Ambition.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The printed ambitions of chapters 4–19 read as structured data. */
class AmbitionParserTest {

    private final AmbitionParser parser = new AmbitionParser(2023, 2026);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Ambisjonen vår er at antall innbyggere øker med 10 prosent hvert år.|CHANGE_PER_YEAR|10|percent",
            "Ambisjonen vår er at antallet øker årlig med 20 prosent.|CHANGE_PER_YEAR|20|percent",
            "Ambisjonen vår er at antallet reduseres med 10 prosent hvert år.|CHANGE_PER_YEAR|-10|percent",
            "Ambisjonen vår er at andelen er minimum 40 prosent.|ABSOLUTE_TARGET|40|percent",
            "Ambisjonen vår er 65 prosent av deltakerne.|ABSOLUTE_TARGET|65|percent",
            "45 prosent|ABSOLUTE_TARGET|45|percent",
            "Ambisjonen vår er maksimum 20 dager.|MAXIMUM|20|days",
            "Ambisjonen vår er maksimum en måned ventetid.|MAXIMUM|1|months",
            "Ambisjonen vår er at ventetiden ikke skal være mer enn 6 uker.|MAXIMUM|6|weeks",
            "Ambisjonen vår er at ventetiden ikke skal være over 6 måneder.|MAXIMUM|6|months",
            "Ambisjonen vår er at innbyggerne skal få starte på tilbudet i løpet av sju virkedager.|MAXIMUM|7|days",
            "Ambisjonen vår er at alle tjenestemottakere opplever det.|ALL|100|percent",
            "ambisjon: 100 prosent innen 2025|ALL|100|percent",
            "ambisjon: minimum seks årlig|ABSOLUTE_TARGET|6|",
            "Ambisjonen vår er 6 hvert år.|ABSOLUTE_TARGET|6|",
    })
    void readsKindValueAndUnit(String printed, Kind kind, BigDecimal value, String unit) {
        Ambition ambition = parser.parse(printed);

        assertThat(ambition.printed()).isEqualTo(printed);
        assertThat(ambition.kind()).isEqualTo(kind);
        assertThat(ambition.value()).isEqualByComparingTo(value);
        assertThat(ambition.unit()).isEqualTo(unit);
    }

    @Test
    void aTargetWithABaselineAndAPrintedPeriod() {
        Ambition ambition = parser.parse("Ambisjonen vår er at andelen øker fra 87 til 90 prosent i perioden 2023-2026.");

        assertThat(ambition.kind()).isEqualTo(Kind.ABSOLUTE_TARGET);
        assertThat(ambition.baseline()).isEqualByComparingTo("87");
        assertThat(ambition.value()).isEqualByComparingTo("90");
        assertThat(ambition.from()).isEqualTo(2023);
        assertThat(ambition.horizon()).isEqualTo(2026);
    }

    @Test
    void aChangeOverThePeriodTakesThePlanPeriodWhenTheTextOnlySaysPerioden() {
        Ambition months = parser.parse("Ambisjonen vår er at varigheten reduseres med 6 måneder i løpet av perioden.");
        assertThat(months.kind()).isEqualTo(Kind.CHANGE_OVER_PERIOD);
        assertThat(months.value()).isEqualByComparingTo("-6");
        assertThat(months.unit()).isEqualTo("months");
        assertThat(months.horizon()).isEqualTo(2026);

        Ambition signed = parser.parse("ambisjon: - 20 prosent innen 2025");
        assertThat(signed.kind()).isEqualTo(Kind.CHANGE_OVER_PERIOD);
        assertThat(signed.value()).isEqualByComparingTo("-20");
        assertThat(signed.from()).isEqualTo(2023);
        assertThat(signed.horizon()).isEqualTo(2025);
    }

    @Test
    void aCountedNounIsTheUnitAndTheYearTheHorizon() {
        Ambition settle = parser.parse("Vedtaket fra bystyret var bosetting av 790 flyktninger, hvorav 36 enslige mindreårige i 2023.");
        assertThat(settle.kind()).isEqualTo(Kind.ABSOLUTE_TARGET);
        assertThat(settle.value()).isEqualByComparingTo("790");
        assertThat(settle.unit()).isEqualTo("flyktning");
        assertThat(settle.horizon()).isEqualTo(2023);

        Ambition groups = parser.parse("Ambisjonen vår er at hver av de fire enhetene i bo- og aktivitetstilbudene skal ha minst to grupper Aktiv i bedrift.");
        assertThat(groups.value()).as("«minst to», not «fire»").isEqualByComparingTo("2");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"ambisjon: økning|INCREASE", "øker|INCREASE", "opprettholdes|MAINTAIN",
            "ambisjon: stabil|MAINTAIN"})
    void aDirectionOnly(String printed, Direction direction) {
        Ambition ambition = parser.parse(printed);
        assertThat(ambition.kind()).isEqualTo(Kind.DIRECTION);
        assertThat(ambition.direction()).isEqualTo(direction);
        assertThat(ambition.value()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Ambisjonen vår er resultat på landsgjennomsnittet.", "lik snitt i landet",
            "ambisjon: i henhold til kommunens strategi for elbil-lading",
            "ambisjon: økning på henholdsvis 10 prosent og 5 prosent fra 2019 - 2026"})
    void whatStatesNoSingleMeasurableAmbitionIsKeptAsPrintedOnly(String printed) {
        Ambition ambition = parser.parse(printed);
        assertThat(ambition.structured()).isFalse();
        assertThat(ambition.printed()).isEqualTo(printed);
    }

    @Test
    void noAmbitionIsNoAmbition() {
        assertThat(parser.parse(null)).isNull();
    }
}
