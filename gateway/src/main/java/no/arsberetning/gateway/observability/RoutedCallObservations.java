package no.arsberetning.gateway.observability;

import org.springframework.cloud.gateway.filter.headers.observation.DefaultGatewayObservationConvention;
import org.springframework.cloud.gateway.filter.headers.observation.GatewayObservationConvention;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The routed calls' observation (it carries the trace context to the service) under a name of its own,
 * {@code spring.cloud.gateway.http.client.requests} (tagged {@code spring.cloud.gateway.route.id}): Spring Cloud
 * Gateway names it {@code http.client.requests} like the composition's WebClient calls, with other tags, and
 * Prometheus keeps only one set of tags per name: the composition's per-service timers were dropped.
 */
@Configuration(proxyBeanMethods = false)
class RoutedCallObservations {

    private static final String NAME = "spring.cloud.gateway.http.client.requests";

    @Bean
    GatewayObservationConvention routedCallObservationConvention() {
        return new DefaultGatewayObservationConvention() {
            @Override
            public String getName() {
                return NAME;
            }
        };
    }
}
