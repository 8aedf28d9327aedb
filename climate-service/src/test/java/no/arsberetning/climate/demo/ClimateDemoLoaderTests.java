package no.arsberetning.climate.demo;

import static org.assertj.core.api.Assertions.assertThat;

import no.arsberetning.climate.ClimateApiTestSupport;
import no.arsberetning.common.audit.AuditEntry;
import no.arsberetning.common.demo.DemoFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;

/** The loader is idempotent: a second start creates nothing and records nothing. */
@TestPropertySource(properties = "spring.mongodb.database=climate-demo-data-tests")
class ClimateDemoLoaderTests extends ClimateApiTestSupport {

    @Autowired
    ClimateDemoLoader loader;
    @Autowired
    DemoFiles files;
    @Autowired
    MongoOperations mongo;

    @Test
    void loadingAgainChangesNothing() throws Exception {
        long audited = mongo.count(new Query(), AuditEntry.class);
        String goals = read("/goals").toString();
        String figures = read("/figures").toString();

        files.read().forEach(loader::load);

        assertThat(mongo.count(new Query(), AuditEntry.class)).isEqualTo(audited);
        assertThat(read("/goals").toString()).isEqualTo(goals);
        assertThat(read("/figures").toString()).isEqualTo(figures);
        assertThat(mongo.count(new Query(), "climate_goals")).isEqualTo(11);
        assertThat(read("/figures").get("figures")).hasSize(62);
    }
}
