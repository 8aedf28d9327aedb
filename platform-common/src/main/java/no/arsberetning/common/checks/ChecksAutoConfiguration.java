package no.arsberetning.common.checks;

import java.util.List;

import no.arsberetning.common.figures.FigureStore;
import no.arsberetning.common.figures.FiguresAutoConfiguration;
import no.arsberetning.common.report.ConsistencyRules;
import no.arsberetning.common.report.ReportAutoConfiguration;
import no.arsberetning.common.tables.TableStore;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * The checks of a service that states its rules with the kit ({@link CheckRule} beans): the findings
 * endpoint's rules ({@link ChapterChecks}) and the figures it declares for other services
 * ({@code GET <prefix>/{year}/checks/figures}). {@code arsberetning.checks.unknown-year-not-found} makes a
 * year without data a 404 rather than no findings.
 */
@AutoConfiguration(after = FiguresAutoConfiguration.class, before = ReportAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean({TableStore.class, FigureStore.class})
public class ChecksAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(ConsistencyRules.class)
    ChapterChecks chapterChecks(TableStore tables, FigureStore figures, List<CheckRule> rules,
            @Value("${arsberetning.checks.unknown-year-not-found:false}") boolean unknownYearNotFound) {
        return new ChapterChecks(tables, figures, rules, unknownYearNotFound);
    }

    @Bean
    StatedClaims statedClaims() {
        return new StatedClaims();
    }

    @Bean
    ColumnMagnitudes columnMagnitudes() {
        return new ColumnMagnitudes();
    }

    @Bean
    FigureShares figureShares() {
        return new FigureShares();
    }

    @Bean
    SharedFiguresController sharedFiguresController(TableStore tables, FigureStore figures,
            ObjectProvider<SharedFigures> declared) {
        return new SharedFiguresController(tables, figures, declared.orderedStream().toList());
    }
}
