package no.arsberetning.common.report;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;

import no.arsberetning.common.changes.FirstAnswer;

/** The report and checks endpoints, for a service that provides its {@link ChapterReport} and rules (and the {@link PlatformRule}s). */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean({ChapterReport.class, ConsistencyRules.class})
public class ReportAutoConfiguration {

    @Bean
    ReportController reportController(ChapterReport report, ConsistencyRules rules, ObjectProvider<PlatformRule> platform) {
        return new ReportController(report, withPlatformRules(rules, platform));
    }

    /** Built before the service reports ready (FirstAnswers): the gateway asks for them first. */
    @Bean
    FirstAnswer reportFirstAnswer(ChapterReport report) {
        return new FirstAnswer("/report", report::report);
    }

    @Bean
    FirstAnswer checksFirstAnswer(ConsistencyRules rules, ObjectProvider<PlatformRule> platform) {
        return new FirstAnswer("/checks", withPlatformRules(rules, platform)::check);
    }

    /** The service's own rules, then every {@link PlatformRule}. */
    static ConsistencyRules withPlatformRules(ConsistencyRules own, ObjectProvider<PlatformRule> platform) {
        return year -> {
            List<Finding> findings = new ArrayList<>(own.check(year));
            platform.orderedStream().forEach(rule -> findings.addAll(rule.check(year)));
            return findings;
        };
    }
}
