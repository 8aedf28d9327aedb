package no.arsberetning.common.workflow;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the package-private sections controller; imported by the tables auto-configuration. */
@Configuration(proxyBeanMethods = false)
public class WorkflowControllerConfiguration {

    @Bean
    SectionsController sectionsController(SectionWorkflow workflow) {
        return new SectionsController(workflow);
    }
}
