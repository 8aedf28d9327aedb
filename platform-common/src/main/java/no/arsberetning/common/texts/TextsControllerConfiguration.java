package no.arsberetning.common.texts;

import no.arsberetning.common.tables.WritePolicy;
import no.arsberetning.common.workflow.SectionWorkflow;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the package-private texts controller; imported by the tables auto-configuration. */
@Configuration(proxyBeanMethods = false)
public class TextsControllerConfiguration {

    @Bean
    TextsController textsController(TextStore texts, SectionWorkflow workflow, WritePolicy policy) {
        return new TextsController(texts, workflow, policy);
    }
}
