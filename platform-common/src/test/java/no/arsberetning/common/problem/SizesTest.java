package no.arsberetning.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SizesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "10485760 | 10 MB",
            "1048576  | 1 MB",
            "1572864  | 1,5 MB",
            "1153434  | 1,1 MB",
            "1153433  | 1 MB",
            "4096     | 4 kB",
            "1024     | 1 kB",
            "1536     | 1,5 kB",
            "512      | 512 byte",
            "0        | 0 byte"})
    void sizesAreWrittenInMegabytesOrKilobytesWithANorwegianDecimalComma(long bytes, String expected) {
        assertThat(Sizes.readable(bytes)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"10485760 | 10 MB", "4096 | 4 kB"})
    void theTooLargeProblemSaysTheLimitInTheseUnits(long bytes, String expected) {
        assertThat(Problems.payloadTooLarge(bytes).getDetail()).isEqualTo("Forespørselen er for stor: høyst " + expected + " er tillatt her.");
        assertThat(Problems.payloadTooLarge(bytes).getProperties()).containsEntry("maxBytes", bytes);
    }
}
