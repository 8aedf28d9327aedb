package no.arsberetning.common.texts;

import no.arsberetning.common.tables.WritePolicy;
import no.arsberetning.common.workflow.SectionWorkflow;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the package-private texts controller; imported by the tables auto-configuration. */
@Configuration(proxyBeanMethods = false)
public class TextsControllerConfiguration {

    @Bean
    TextsController textsController(TextStore texts, SectionWorkflow workflow, WritePolicy policy,
            ObjectProvider<StartingPoints> startingPoints) {
        return new TextsController(texts, workflow, policy, startingPoints.getIfAvailable(() -> StartingPoints.NONE));
    }
}
