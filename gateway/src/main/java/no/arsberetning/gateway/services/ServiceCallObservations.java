package no.arsberetning.gateway.services;

import io.micrometer.common.KeyValues;

import org.springframework.web.reactive.function.client.ClientRequestObservationContext;
import org.springframework.web.reactive.function.client.DefaultClientRequestObservationConvention;

/**
 * The composition's calls to one service, observed as Spring's {@code http.client.requests} with one more
 * low-cardinality tag, {@code service} (the source's id: finance, hr, …): the services' hosts alone do not say
 * which is which where they share one (locally, {@code localhost}).
 */
final class ServiceCallObservations extends DefaultClientRequestObservationConvention {

    private static final String SERVICE_TAG = "service";

    private final String service;

    ServiceCallObservations(String service) {
        this.service = service;
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(ClientRequestObservationContext context) {
        return super.getLowCardinalityKeyValues(context).and(SERVICE_TAG, service);
    }
}
