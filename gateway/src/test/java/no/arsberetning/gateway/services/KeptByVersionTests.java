package no.arsberetning.gateway.services;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A value is found again only for the version it was made from; a newer version takes the key's place. */
class KeptByVersionTests {

    private final KeptByVersion kept = new KeptByVersion(8);

    @Test
    void findsAValueOnlyForItsOwnVersion() {
        kept.put("report/2023", "v1", "answer 1");

        assertThat(kept.<String>get("report/2023", "v1")).isEqualTo("answer 1");
        assertThat(kept.<String>get("report/2023", "v2")).isNull();
        assertThat(kept.<String>get("report/2024", "v1")).isNull();
    }

    @Test
    void aNewerVersionReplacesTheOlderOne() {
        kept.put("report/2023", "v1", "answer 1");
        kept.put("report/2023", "v2", "answer 2");

        assertThat(kept.<String>get("report/2023", "v2")).isEqualTo("answer 2");
        assertThat(kept.<String>get("report/2023", "v1")).isNull();
    }
}
