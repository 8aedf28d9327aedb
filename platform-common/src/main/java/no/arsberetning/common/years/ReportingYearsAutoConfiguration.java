package no.arsberetning.common.years;

import java.time.Clock;

import no.arsberetning.common.PlatformProperties;
import no.arsberetning.common.audit.AuditAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;

/** Reporting years for every servlet service with a database and an API prefix (opening them: {@link YearOpeningAutoConfiguration}). */
@AutoConfiguration(after = AuditAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(MongoOperations.class)
@ConditionalOnProperty("arsberetning.api-prefix")
@EnableConfigurationProperties(PlatformProperties.class)
public class ReportingYearsAutoConfiguration {

    @Bean
    ReportingYears reportingYears(MongoOperations mongo, Clock clock) {
        return new ReportingYears(mongo, clock);
    }

    @Bean
    @ConditionalOnProperty("arsberetning.demo.load")
    DemoYearsLoader demoYearsLoader(ReportingYears years, PlatformProperties properties) {
        return new DemoYearsLoader(years, properties.demo());
    }
}
