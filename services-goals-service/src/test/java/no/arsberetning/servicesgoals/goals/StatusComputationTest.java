package no.arsberetning.servicesgoals.goals;

import static org.assertj.core.api.Assertions.assertThat;

import no.arsberetning.common.report.GoalStatus;
import no.arsberetning.servicesgoals.goals.Reading.Basis;
import org.junit.jupiter.api.Test;

/** Results read from printed texts, and the status their numbers give against the ambition. */
class StatusComputationTest {

    private final AmbitionParser parser = new AmbitionParser(2023, 2026);

    private StatusComputer.Computed computed(String ambition, String result, String previous) {
        Ambition a = parser.parse(ambition);
        return StatusComputer.compute(a, ResultReader.read(result, a, 2023, false), ResultReader.read(previous, a, 2023, true));
    }

    @Test
    void aChangeIsReadFromTheWordsThatStateIt() {
        Ambition a = parser.parse("Ambisjonen vår er at antall innbyggere øker med 10 prosent hvert år.");
        Reading up = ResultReader.read("Målet er nådd. Per 31.12.2023 mottok 1058 personer aktivitetstilbud. Økningen i antall "
                + "innbyggere som deltar i aktivitetstilbud for eldre er på 22,5 prosent.", a, 2023, false);
        assertThat(up.basis()).isEqualTo(Basis.CHANGE);
        assertThat(up.value()).isEqualByComparingTo("22.5");

        Reading before = ResultReader.read("Det er 9,2 prosent økning i antall deltakere.", a, 2023, false);
        assertThat(before.value()).isEqualByComparingTo("9.2");

        Reading down = ResultReader.read("Antall bomiljøklager økte med 1,7 prosent sammenlignet med 2022. Vi hadde en liten "
                + "nedgang på 2,4 prosent på klager på enkeltpersoner.", a, 2023, false);
        assertThat(down.value()).as("the first change stated, with its sign").isEqualByComparingTo("1.7");
    }

    @Test
    void aSentenceAboutAnEarlierYearIsNotTheResult() {
        Ambition a = parser.parse("Ambisjonen vår er maksimum 20 dager.");
        Reading r = ResultReader.read("Målet er ikke nådd. Fra 2022 til 2023 var det en økning på 40 prosent. Gjennomsnittlig botid "
                + "i 2022 var 41 dager. Gjennomsnittlig botid i 2023 var 57,5 dager", a, 2023, false);
        assertThat(r.value()).isEqualByComparingTo("57.5");
        assertThat(r.unit()).isEqualTo("days");
    }

    @Test
    void aRestatedThresholdOrStartingPointIsNotTheResult() {
        Ambition waiting = parser.parse("Ambisjonen vår er at ventetiden ikke skal være mer enn 6 uker.");
        Reading r = ResultReader.read("Målet er delvis nådd. De aller fleste får tilbud om sykehjemsplass innen 6 uker fra vedtak er "
                + "fattet. I 2023 måtte 81 personer vente lenger enn ventetidsgaranti på seks uker.", waiting, 2023, false);
        assertThat(r.hasValue()).isFalse();

        Ambition share = parser.parse("Ambisjonen vår er at andelen øker fra 87 til 90 prosent i perioden 2023-2026.");
        Reading s = ResultReader.read("Andelen innbyggere over 80 år som bor hjemme er økt med 0,3 prosent (fra 87 prosent til "
                + "87,3 prosent) i løpet av 2023.", share, 2023, false);
        assertThat(s.value()).isEqualByComparingTo("87.3");
    }

    @Test
    void targetsAndMaximaAreReachedOnlyWhenTheNumbersSaySo() {
        assertThat(computed("Ambisjonen vår er at andelen er minimum 40 prosent.", "41 prosent av fagårsverkene.", null).status())
                .isEqualTo(GoalStatus.REACHED);
        assertThat(computed("Ambisjonen vår er at alle er det.", "91 prosent av enslige mindreårige er i utdanning.", null).status())
                .isEqualTo(GoalStatus.LARGELY_REACHED);
        assertThat(computed("Ambisjonen vår er at alle tjenestemottakere har det.", "48 prosent ble registrert med legetime i 2023.",
                null).status()).isEqualTo(GoalStatus.NOT_REACHED);
        assertThat(computed("Ambisjonen vår er maksimum en måned ventetid.", "Ventetiden har økt til 82 dager for 2023.", null).status())
                .as("82 days against one month, converted").isEqualTo(GoalStatus.NOT_REACHED);
        assertThat(computed("Ambisjonen vår er maksimum 20 dager.", "Gjennomsnittlig botid i 2023 var 19 dager.", null).status())
                .isEqualTo(GoalStatus.REACHED);
    }

    @Test
    void changesAreMeasuredAgainstTheAmbitionAsPrinted() {
        StatusComputer.Computed partly = computed("Ambisjonen vår er at antall innbyggere øker med 10 prosent hvert år.",
                "Dette gir en samlet økning på 4 prosent, men som oversikten under viser varierer dette.", null);
        assertThat(partly.status()).isEqualTo(GoalStatus.PARTLY_REACHED);
        assertThat(partly.basis()).contains("+4 %", "+10 %");

        assertThat(computed("Ambisjonen vår er at andelen øker med 10 prosent i perioden 2023-2026.",
                "Det er 9,2 prosent økning i antall deltakere.", null).status())
                .as("9,2 of 10 over the period is not yet 10").isEqualTo(GoalStatus.LARGELY_REACHED);
        assertThat(computed("Ambisjonen vår er at antallet reduseres med 10 prosent i perioden 2023-2026.",
                "Fra 2022 til 2023 var det en økning på 16,3 prosent.", null).status()).isEqualTo(GoalStatus.NOT_REACHED);
        assertThat(computed("Ambisjonen vår er at varigheten reduseres med 6 måneder i løpet av perioden.",
                "Varigheten er økt til 849,5 døgn som tilsvarer 2,3 år.", "I 2022 var gjennomsnittlig varighet 1,95 år.").status())
                .as("a longer stay is no reduction").isEqualTo(GoalStatus.NOT_REACHED);
    }

    @Test
    void aDirectionNeedsThePreviousResult() {
        String ambition = "ambisjon: økning";
        assertThat(computed(ambition, "Antall kunstnere per 1000 innbyggere i Trondheim var 6,6 i 2023, mot 6,3 i 2022.",
                "mot 6,3 i 2022").status()).isEqualTo(GoalStatus.REACHED);
        assertThat(computed(ambition, "Antall kunstnere var 6,6 i 2023.", null)).isNull();
    }

    @Test
    void withoutANumberThereIsNoComputedStatus() {
        assertThat(computed("Ambisjonen vår er at alle tjenestemottakere opplever det.",
                "Skår for trivsel på brukerundersøkelse fra 2018 til 2021 er uendret på 4,3 (maks skår 6).", null)).isNull();
        assertThat(computed("Ambisjonen vår er resultat på landsgjennomsnittet.", "Elevene skårer fem prosent bedre.", null)).isNull();
    }

    @Test
    void theReportedStatusIsReadFromTheReportersWording() {
        assertThat(StatusWordings.fromWording("Målet er nådd")).contains(GoalStatus.REACHED);
        assertThat(StatusWordings.fromWording("Målet er i stor grad nådd")).contains(GoalStatus.LARGELY_REACHED);
        assertThat(StatusWordings.fromWording("Målet er delvis nådd")).contains(GoalStatus.PARTLY_REACHED);
        assertThat(StatusWordings.fromWording("Målet er ikke nådd")).contains(GoalStatus.NOT_REACHED);
        assertThat(StatusWordings.fromWording("Målet om å opprettholde antall dekar økologisk korridor er ikke nådd"))
                .contains(GoalStatus.NOT_REACHED);
        assertThat(StatusWordings.fromWording(null)).contains(GoalStatus.NOT_ASSESSED);
        assertThat(StatusWordings.fromWording("partly-reached")).contains(GoalStatus.PARTLY_REACHED);
        assertThat(StatusWordings.fromWording("Vi jobber med saken")).isEmpty();
    }
}
