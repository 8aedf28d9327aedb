package no.arsberetning.gateway.problems;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import no.arsberetning.common.problem.Problems;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;
import tools.jackson.databind.ObjectMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

/**
 * A routed call whose service is down (connection refused, closed half way) is a 503 problem, and one
 * whose service does not answer within the gateway's response timeout a 504 problem — instead of the
 * framework's generic 500 and its non-problem error body. Anything else goes on to the default handler.
 */
@Component
@Order(-2)
class RoutedServiceErrors implements WebExceptionHandler {

    static final String RETRY_AFTER_SECONDS = "5";
    private static final Logger log = LoggerFactory.getLogger(RoutedServiceErrors.class);

    private final ObjectMapper json;

    RoutedServiceErrors(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        ServerHttpResponse response = exchange.getResponse();
        HttpStatus status = statusFor(ex);
        if (status == null || response.isCommitted()) {
            return Mono.error(ex);
        }
        String service = service(exchange);
        log.warn("{} {}: {} ({})", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), status.value(), ex.toString());
        ProblemDetail problem;
        if (status == HttpStatus.GATEWAY_TIMEOUT) {
            problem = Problems.of(status, "service-timeout", service
                    + " svarte ikke i tide. Prøv igjen om litt; en endring kan ha blitt lagret, så les den tilbake først.");
            problem.setTitle("Tjenesten svarer ikke");
        } else {
            problem = Problems.unavailable(service + " er midlertidig utilgjengelig. Prøv igjen om litt.");
            response.getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(json.writeValueAsBytes(problem))));
    }

    /** 503 for a service that cannot be reached, 504 for one that does not answer in time; null otherwise. */
    static HttpStatus statusFor(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof ResponseStatusException status && status.getStatusCode().value() == 504
                    || cause instanceof TimeoutException
                    || cause instanceof io.netty.handler.timeout.ReadTimeoutException) {
                return HttpStatus.GATEWAY_TIMEOUT;
            }
            if (cause instanceof ConnectException
                    || cause instanceof PrematureCloseException) {
                return HttpStatus.SERVICE_UNAVAILABLE;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    private static String service(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        return route == null ? "En tjeneste plattformen trenger" : "Tjenesten «" + route.getId() + "»";
    }
}
