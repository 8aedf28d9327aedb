package no.arsberetning.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import no.arsberetning.deployment.support.Node;
import no.arsberetning.deployment.support.Program;
import no.arsberetning.deployment.support.Repository;
import no.arsberetning.deployment.support.YamlFiles;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The programs these tests know (Program) are the repository's: same modules, names and default ports. */
class ProgramsTests {

    @ParameterizedTest
    @EnumSource(Program.class)
    void isAModuleWithTheNameAndDefaultPortTheDeploymentsUse(Program program) {
        Node configuration = YamlFiles.load(program.module() + "/src/main/resources/application.yml");

        assertThat(Repository.modules()).contains(program.module());
        assertThat(configuration.at("spring", "application", "name").text()).isEqualTo(program.module());
        assertThat(configuration.at("server", "port").text()).matches("\\$\\{[A-Z_]+:" + program.port() + "}");
    }
}
