package no.arsberetning.common.tables;

import java.time.Clock;
import java.util.List;

import tools.jackson.databind.ObjectMapper;

import no.arsberetning.common.PlatformProperties;
import no.arsberetning.common.audit.AuditAutoConfiguration;
import no.arsberetning.common.audit.AuditTrail;
import no.arsberetning.common.demo.DemoFileLoader;
import no.arsberetning.common.demo.DemoFiles;
import no.arsberetning.common.demo.DemoLoading;
import no.arsberetning.common.locking.Leases;
import no.arsberetning.common.texts.TextStore;
import no.arsberetning.common.texts.TextsControllerConfiguration;
import no.arsberetning.common.workflow.SectionCatalog;
import no.arsberetning.common.workflow.SectionWorkflow;
import no.arsberetning.common.workflow.WorkflowControllerConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Tables, texts and the reporting cycle for every servlet service with a database and an API prefix.
 * A service provides its own {@link TablePlacement}, {@link WritePolicy} or {@link SectionCatalog} where
 * the defaults do not fit.
 */
@AutoConfiguration(after = AuditAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(MongoOperations.class)
@ConditionalOnProperty("arsberetning.api-prefix")
@EnableConfigurationProperties(PlatformProperties.class)
@Import({WorkflowControllerConfiguration.class, TextsControllerConfiguration.class})
public class TablesAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    TablePlacement tablePlacement() {
        return new TablePlacement() {
        };
    }

    @Bean
    @ConditionalOnMissingBean
    WritePolicy writePolicy() {
        return new WritePolicy() {
        };
    }

    @Bean
    TableStore tableStore(MongoOperations mongo, AuditTrail audit, Clock clock) {
        return new TableStore(mongo, audit, clock);
    }

    @Bean
    TextStore textStore(MongoOperations mongo, AuditTrail audit, Clock clock) {
        return new TextStore(mongo, audit, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    SectionCatalog sectionCatalog(TableStore tables, TextStore texts) {
        return new StoredSectionCatalog(tables, texts);
    }

    @Bean
    SectionWorkflow sectionWorkflow(MongoOperations mongo, SectionCatalog catalog, AuditTrail audit, Clock clock) {
        return new SectionWorkflow(mongo, catalog, audit, clock);
    }

    @Bean
    TableImporter tableImporter(MongoOperations mongo, TablePlacement placement, AuditTrail audit, Clock clock,
            Leases leases) {
        return new TableImporter(mongo, placement, audit, clock, leases);
    }

    @Bean
    TableImports tableImports(TableStore tables, TableImporter importer, SectionWorkflow workflow, WritePolicy policy,
            Clock clock) {
        return new TableImports(tables, importer, workflow, policy, clock);
    }

    @Bean
    TablesController tablesController(TableStore tables, TableImports imports, SectionWorkflow workflow, WritePolicy policy) {
        return new TablesController(tables, imports, workflow, policy);
    }

    @Bean
    DemoFiles demoFiles(ObjectMapper json, PlatformProperties properties, Clock clock) {
        return new DemoFiles(json, properties, clock);
    }

    @Bean
    DemoTablesLoader demoTablesLoader(TableImporter importer, TableStore tables) {
        return new DemoTablesLoader(importer, tables);
    }

    @Bean
    Leases leases(MongoOperations mongo, Clock clock) {
        return new Leases(mongo, clock);
    }

    @Bean
    DemoLoading demoLoading(DemoFiles files, List<DemoFileLoader> loaders, Leases leases) {
        return new DemoLoading(files, loaders, leases);
    }

    @Bean
    PendingImportsRecovery pendingImportsRecovery(TableImporter importer) {
        return new PendingImportsRecovery(importer);
    }
}
