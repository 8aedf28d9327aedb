package no.arsberetning.common.figures;

import java.time.Clock;

import no.arsberetning.common.audit.AuditAutoConfiguration;
import no.arsberetning.common.audit.AuditTrail;
import no.arsberetning.common.tables.TablesAutoConfiguration;
import no.arsberetning.common.workflow.SectionWorkflow;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * The figures stated in a service's text, for every servlet service with a database and an API prefix:
 * the store, the one HTTP API, the demo loader, and their carry-over into a year opened from an earlier one
 * (with the figures that restate the earlier year checked against its release). {@code arsberetning.figures.section} names the
 * reporting-cycle section an edit needs open (default {@code figures}).
 */
@AutoConfiguration(after = {AuditAutoConfiguration.class, TablesAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(MongoOperations.class)
@ConditionalOnProperty("arsberetning.api-prefix")
public class FiguresAutoConfiguration {

    @Bean
    FigureStore figureStore(MongoOperations mongo, AuditTrail audit, Clock clock) {
        return new FigureStore(mongo, audit, clock);
    }

    @Bean
    FiguresController figuresController(FigureStore figures, SectionWorkflow workflow) {
        return new FiguresController(figures, workflow);
    }

    @Bean
    FiguresCarryOver figuresCarryOver(FigureStore figures, ObjectProvider<KeptFigures> kept) {
        return new FiguresCarryOver(figures, kept);
    }

    @Bean
    RestatedFigures restatedFigures(FigureStore figures) {
        return new RestatedFigures(figures);
    }

    @Bean
    FiguresDemoLoader figuresDemoLoader(FigureStore figures, @Value("${arsberetning.figures.section:figures}") String section) {
        return new FiguresDemoLoader(figures, section);
    }
}
