package no.arsberetning.common.restatements;

import java.time.Clock;

import no.arsberetning.common.audit.AuditTrail;
import no.arsberetning.common.tables.TableStore;
import no.arsberetning.common.years.OpenedYears;
import no.arsberetning.common.years.PriorYears;
import no.arsberetning.common.years.YearOpeningAutoConfiguration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;

/** The comparison of a year with the earlier year it was opened from, in every service that opens years. */
@AutoConfiguration(after = YearOpeningAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(OpenedYears.class)
public class RestatementsAutoConfiguration {

    @Bean
    Restatements restatements(MongoOperations mongo, OpenedYears openings, PriorYears priors, TableStore tables,
            ObjectProvider<RestatedValues> others, AuditTrail audit, Clock clock) {
        return new Restatements(mongo, openings, priors, tables, others.orderedStream().toList(), audit, clock);
    }

    @Bean
    RestatementsController restatementsController(Restatements restatements) {
        return new RestatementsController(restatements);
    }
}
