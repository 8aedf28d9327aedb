package no.arsberetning.common.releases;

import java.time.Clock;

import tools.jackson.databind.ObjectMapper;

import no.arsberetning.common.audit.AuditTrail;
import no.arsberetning.common.report.ChapterReport;
import no.arsberetning.common.tables.TablesAutoConfiguration;
import no.arsberetning.common.workflow.SectionWorkflow;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;

/** Releases for every service that provides its report. */
@AutoConfiguration(after = TablesAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean({ChapterReport.class, MongoOperations.class, SectionWorkflow.class})
public class ReleasesAutoConfiguration {

    @Bean
    ReleaseStore releaseStore(MongoOperations mongo, ChapterReport report, SectionWorkflow workflow, AuditTrail audit,
            ObjectMapper json, Clock clock, ObjectProvider<ReleaseGuard> guards) {
        return new ReleaseStore(mongo, report, workflow, audit, json, clock, guards.orderedStream().toList());
    }

    @Bean
    ReleaseNumbers releaseNumbers(MongoOperations mongo, Clock clock) {
        return new ReleaseNumbers(mongo, clock);
    }

    @Bean
    ReleasesController releasesController(ReleaseStore releases, ReleaseNumbers numbers) {
        return new ReleasesController(releases, numbers);
    }

    @Bean
    ReleasesController.AllYears allYearsReleasesController(ReleaseStore releases) {
        return new ReleasesController.AllYears(releases);
    }
}
