package no.arsberetning.gateway.observability;

import io.micrometer.observation.Observation;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * The gateway's access log ({@code no.arsberetning.access}, INFO; WARN turns it off): one line per answered request
 * with method, path, status and milliseconds, written inside the request's observation so that it carries the
 * trace and span id (Boot's correlation pattern) without propagating the context into every reactive operator.
 * The actuator's own requests (probes, scrapes) are left out.
 */
@Component
class AccessLogWebFilter implements WebFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger("no.arsberetning.access");

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!log.isInfoEnabled() || exchange.getRequest().getPath().value().startsWith("/actuator/")) {
            return chain.filter(exchange);
        }
        long started = System.nanoTime();
        return Mono.deferContextual(context -> chain.filter(exchange)
                .doOnSuccess(done -> line(context, exchange, status(exchange), started))
                .doOnError(error -> line(context, exchange, "failed (" + error.getClass().getSimpleName() + ")", started)));
    }

    private static String status(ServerWebExchange exchange) {
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        return status == null ? "200" : String.valueOf(status.value());
    }

    private static void line(ContextView context, ServerWebExchange exchange, String status, long started) {
        ServerHttpRequest request = exchange.getRequest();
        Runnable line = () -> log.info("{} {} {} {} ms", request.getMethod(), request.getPath().value(), status,
                (System.nanoTime() - started) / 1_000_000);
        context.<Observation>getOrEmpty(ObservationThreadLocalAccessor.KEY)
                .ifPresentOrElse(observation -> observation.scoped(line), line);
    }
}
