package no.arsberetning.common.report;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;

import no.arsberetning.common.years.ReportingYears;

/** The report and checks endpoints, for a service that provides its {@link ChapterReport} and rules. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean({ChapterReport.class, ConsistencyRules.class})
public class ReportAutoConfiguration {

    @Bean
    ReportController reportController(ChapterReport report, ConsistencyRules rules) {
        return new ReportController(report, rules);
    }

    @Bean
    ReportWarmUp reportWarmUp(ChapterReport report, ConsistencyRules rules, ObjectProvider<ReportingYears> years) {
        return new ReportWarmUp(report, rules, years);
    }
}
