package no.arsberetning.common.report;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/** The report and checks endpoints, for a service that provides its {@link ChapterReport} and rules. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean({ChapterReport.class, ConsistencyRules.class})
public class ReportAutoConfiguration {

    @Bean
    ReportController reportController(ChapterReport report, ConsistencyRules rules) {
        return new ReportController(report, rules);
    }
}
