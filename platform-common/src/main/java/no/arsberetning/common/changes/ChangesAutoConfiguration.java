package no.arsberetning.common.changes;

import no.arsberetning.common.audit.AuditAutoConfiguration;

import java.util.List;

import no.arsberetning.common.years.ReportingYears;
import no.arsberetning.common.years.ReportingYearsAutoConfiguration;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.info.ProjectInfoAutoConfiguration;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The change counters of a service with a database, and versioned reads where it serves HTTP. */
@AutoConfiguration(after = {AuditAutoConfiguration.class, ProjectInfoAutoConfiguration.class, ReportingYearsAutoConfiguration.class})
@ConditionalOnClass(MongoOperations.class)
@ConditionalOnBean(MongoOperations.class)
public class ChangesAutoConfiguration {

    @Bean
    ChangeCounters changeCounters(MongoOperations mongo) {
        return new ChangeCounters(mongo);
    }

    @Bean
    ChangeListener changeListener(ChangeCounters counters) {
        return new ChangeListener(counters);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class VersionedReadsConfiguration {

        /**
         * After the security filters (their order is -100), so nothing is answered to someone who may not read;
         * the {@code ETag}s name the program's build ({@code META-INF/build-info.properties}).
         */
        @Bean
        VersionedReads versionedReads(ChangeCounters counters,
                @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings,
                ObjectProvider<BuildProperties> build) {
            return new VersionedReads(counters, mappings, ProgramBuild.of(build.getIfAvailable()));
        }

        @Bean
        FilterRegistrationBean<VersionedReads> versionedReadsFilter(VersionedReads reads) {
            return new FilterRegistrationBean<>(reads);
        }

        /** The services with reporting years build their first answers before they report ready. */
        @Bean
        @ConditionalOnBean(ReportingYears.class)
        FirstAnswers firstAnswers(ObjectProvider<FirstAnswer> answers, ReportingYears years, VersionedReads reads,
                JsonMapper json, @Value("${arsberetning.api-prefix:}") String prefix) {
            return new FirstAnswers(answers.orderedStream().toList(), years, reads, json, prefix);
        }
    }
}
