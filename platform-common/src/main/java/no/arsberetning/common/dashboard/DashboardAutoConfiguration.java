package no.arsberetning.common.dashboard;

import no.arsberetning.common.report.ChapterReport;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

import no.arsberetning.common.changes.FirstAnswer;

/** The dashboard endpoint of every service that reports chapters; empty unless the service provides {@link DashboardParts}. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(ChapterReport.class)
public class DashboardAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    DashboardParts noDashboardParts() {
        return DashboardPart::empty;
    }

    @Bean
    DashboardController dashboardController(DashboardParts parts) {
        return new DashboardController(parts);
    }

    /** Built before the service reports ready (FirstAnswers): the staff overview asks for it first. */
    @Bean
    FirstAnswer dashboardFirstAnswer(DashboardParts parts) {
        return new FirstAnswer("/dashboard", parts::of);
    }
}
