package no.arsberetning.finance.areas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceAreasTest {

    @ParameterizedTest(name = "«{0}» is {1}")
    @CsvSource(delimiter = '|', value = {
            "Skoler|skole",
            "Barne-og fam.tjenester|barne-og-familietjenesten",
            "Barne- og familietjenesten|barne-og-familietjenesten",
            "Botiltak|bo-og-aktivitetstilbud",
            "Botiltak og dagtilbud|bo-og-aktivitetstilbud",
            "<b>Helse og omsorgstjenester</b>|helse-og-omsorg",
            "kultur|kunst-og-kultur",
            "Næring og samfunn|naering-og-innkjop",
            "Miljø og landbruk|klima-og-miljo",
            "Eiendomstjenester|eiendom",
            "Diverse sentrale bevilgninger|sentrale-bevilgninger",
            "psykisk-helse-og-rus|psykisk-helse-og-rus"})
    void printedNamesAndCodesAreReadAsTheCanonicalCode(String printed, String code) {
        assertThat(ServiceAreas.codeOf(printed)).contains(code);
    }

    @ParameterizedTest
    @CsvSource({"Helse og velferd", "Bolig", "IT", "''"})
    void namesOfOtherThingsAreNoServiceArea(String printed) {
        assertThat(ServiceAreas.codeOf(printed)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void thereAreTheTwentyTwoCodesOfTheBrief() {
        assertThat(ServiceAreas.all()).extracting(ServiceArea::code).hasSize(22).doesNotHaveDuplicates()
                .contains("skole", "tilleggsbevilgninger", "sentrale-bevilgninger", "kommunedirektoren");
    }
}
