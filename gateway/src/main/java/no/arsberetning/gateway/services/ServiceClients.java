package no.arsberetning.gateway.services;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.support.WebClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/** One typed client per service, each calling with the caller's token. */
@Component
public class ServiceClients {

    private final Map<String, ServiceApi> clients = new LinkedHashMap<>();

    ServiceClients(Sources sources, WebClient.Builder builder, CallerToken callerToken) {
        for (Sources.Source source : sources.sources()) {
            WebClient client = builder.clone().baseUrl(source.baseUrl()).filter(callerToken).build();
            clients.put(source.id(), HttpServiceProxyFactory.builderFor(WebClientAdapter.create(client)).build()
                    .createClient(ServiceApi.class));
        }
    }

    public ServiceApi of(String sourceId) {
        ServiceApi client = clients.get(sourceId);
        if (client == null) {
            throw new IllegalArgumentException("No service " + sourceId);
        }
        return client;
    }
}
