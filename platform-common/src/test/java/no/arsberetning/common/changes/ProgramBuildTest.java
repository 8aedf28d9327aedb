package no.arsberetning.common.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.boot.info.BuildProperties;

/** The build part of a versioned read's ETag: the same on every replica of one build, new with every build. */
class ProgramBuildTest {

    @Test
    void twoReplicasStartedFromOneBuildAgree() {
        assertThat(ProgramBuild.of(build("0.1.0", "2026-12-07T07:00:00Z")))
                .isEqualTo(ProgramBuild.of(build("0.1.0", "2026-12-07T07:00:00Z")))
                .matches("[0-9a-f]{12}");
    }

    @Test
    void aNewBuildOfTheSameVersionDiffers() {
        assertThat(ProgramBuild.of(build("0.1.0", "2026-12-07T07:00:00Z")))
                .isNotEqualTo(ProgramBuild.of(build("0.1.0", "2026-12-07T09:30:00Z")))
                .isNotEqualTo(ProgramBuild.of(build("0.2.0", "2026-12-07T07:00:00Z")));
    }

    @Test
    void withoutBuildInformationEveryStartIsItsOwn() {
        assertThat(ProgramBuild.of(null)).isNotEqualTo(ProgramBuild.of(null));
    }

    private static BuildProperties build(String version, String time) {
        Properties entries = new Properties();
        entries.setProperty("group", "no.arsberetning");
        entries.setProperty("artifact", "finance-service");
        entries.setProperty("version", version);
        entries.setProperty("time", time);
        return new BuildProperties(entries);
    }
}
