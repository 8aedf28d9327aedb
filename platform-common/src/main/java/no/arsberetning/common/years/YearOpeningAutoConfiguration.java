package no.arsberetning.common.years;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.audit.AuditTrail;
import no.arsberetning.common.releases.ReleaseStore;
import no.arsberetning.common.releases.ReleasesAutoConfiguration;
import no.arsberetning.common.tables.TableStore;
import no.arsberetning.common.tables.TablesAutoConfiguration;
import no.arsberetning.common.texts.TextStore;
import no.arsberetning.common.workflow.SectionCatalog;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Opening a year from an earlier one ({@code POST <prefix>/years}) and the years with their state
 * ({@code GET <prefix>/years}), for every service with tables: the shared carry-over of tables and texts, then each
 * {@link CarryOver} the service provides.
 */
@AutoConfiguration(after = {ReportingYearsAutoConfiguration.class, TablesAutoConfiguration.class,
        ReleasesAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean({ReportingYears.class, TableStore.class})
public class YearOpeningAutoConfiguration {

    @Bean
    OpenedYears openedYears(MongoOperations mongo) {
        return new OpenedYears(mongo);
    }

    @Bean
    PriorYears priorYears(TableStore tables, ObjectProvider<ReleaseStore> releases) {
        return new PriorYears(tables, releases);
    }

    @Bean
    PreviousYearTexts previousYearTexts(OpenedYears openings, TextStore texts) {
        return new PreviousYearTexts(openings, texts);
    }

    @Bean
    YearOpener yearOpener(OpenedYears openings, ReportingYears years, TableStore tables, TextStore texts,
            PriorYears priors, MongoOperations mongo, ObjectProvider<CarryOver> services, SectionCatalog sections,
            AuditTrail audit, Clock clock) {
        List<CarryOver> carryOvers = new ArrayList<>();
        carryOvers.add(new TableCarryOver(mongo, tables, audit));
        carryOvers.add(new TextCarryOver(texts));
        services.orderedStream().forEach(carryOvers::add);
        return new YearOpener(openings, years, tables, priors, carryOvers, sections, audit, clock);
    }

    @Bean
    YearOverviews yearOverviews(MongoOperations mongo, ReportingYears years, OpenedYears openings,
            ObjectProvider<SectionCatalog> catalog, ObjectProvider<ReleaseStore> releases) {
        return new YearOverviews(mongo, years, openings, catalog, releases);
    }

    @Bean
    YearsController yearsController(YearOverviews overviews, YearOpener opener) {
        return new YearsController(overviews, opener);
    }
}
