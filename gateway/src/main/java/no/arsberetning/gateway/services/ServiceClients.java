package no.arsberetning.gateway.services;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.support.WebClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/**
 * Typed clients of the services (one {@code @HttpExchange} interface per purpose), each calling with the caller's token.
 * Built from Boot's {@link WebClient.Builder}: every call is observed ({@code http.client.requests}, tagged with the
 * service) and carries the request's W3C trace context.
 */
@Component
public class ServiceClients {

    /**
     * The most a service's answer may hold in memory: a whole report of a year (a few hundred KiB today)
     * with room to grow; WebFlux's default of 256 KiB would fail the largest report.
     */
    static final int MAX_IN_MEMORY_BYTES = 16 * 1024 * 1024;

    private final Map<String, HttpServiceProxyFactory> factories = new LinkedHashMap<>();
    private final Map<String, Object> clients = new ConcurrentHashMap<>();

    ServiceClients(Sources sources, WebClient.Builder builder, CallerToken callerToken) {
        for (Sources.Source source : sources.sources()) {
            WebClient client = builder.clone().baseUrl(source.baseUrl()).filter(callerToken)
                    .observationConvention(new ServiceCallObservations(source.id()))
                    .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(MAX_IN_MEMORY_BYTES))
                    .build();
            factories.put(source.id(), HttpServiceProxyFactory.builderFor(WebClientAdapter.create(client)).build());
        }
    }

    /** What every service offers: report, checks, releases, sections, tables. */
    public ServiceApi of(String sourceId) {
        return of(sourceId, ServiceApi.class);
    }

    /** A service-specific API of one service. */
    public <T> T of(String sourceId, Class<T> api) {
        HttpServiceProxyFactory factory = factories.get(sourceId);
        if (factory == null) {
            throw new IllegalArgumentException("No service " + sourceId);
        }
        return api.cast(clients.computeIfAbsent(sourceId + "/" + api.getName(), k -> factory.createClient(api)));
    }
}
