package no.arsberetning.gateway.routing;

import no.arsberetning.common.BeanWrapping;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.cloud.gateway.filter.headers.GRPCRequestHeadersFilter;
import org.springframework.cloud.gateway.filter.headers.RemoveHopByHopHeadersFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;
import org.springframework.web.server.ServerWebExchange;

/**
 * The gateway's header filters with the same results, without copying headers they leave as they are.
 * Spring Cloud Gateway's hop-by-hop and gRPC filters each copy every header of every routed request into a
 * new map, even when there is nothing to remove or add: together a tenth of the gateway's CPU per routed
 * request (bench/README.md). Here a request without hop-by-hop headers, and one that is not gRPC, passes
 * its headers on as they are. The next filters copy before they change anything, as the X-Forwarded one does.
 */
@Configuration(proxyBeanMethods = false)
class LeanHeaderFilters {

    @Bean
    static BeanPostProcessor leanHopByHopInstead() {
        return BeanWrapping.replaceEvery(RemoveHopByHopHeadersFilter.class, HopByHop.class, HopByHop::new);
    }

    @Bean
    static BeanPostProcessor leanGrpcRequestInstead() {
        return BeanWrapping.replaceEvery(GRPCRequestHeadersFilter.class, GrpcRequest.class, configured -> new GrpcRequest());
    }

    /** Removes hop-by-hop headers (and those the Connection header names) only when there are any. */
    static final class HopByHop extends RemoveHopByHopHeadersFilter {

        HopByHop(RemoveHopByHopHeadersFilter configured) {
            setHeaders(configured.getHeaders());
            setOrder(configured.getOrder());
        }

        @Override
        public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
            for (String name : getHeaders()) {
                if (input.containsHeader(name)) {
                    return super.filter(input, exchange);
                }
            }
            return input;
        }
    }

    /** Adds {@code te: trailers} to gRPC requests; other requests pass unchanged. */
    static final class GrpcRequest extends GRPCRequestHeadersFilter {

        @Override
        public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
            String contentType = input.getFirst(HttpHeaders.CONTENT_TYPE);
            return StringUtils.startsWithIgnoreCase(contentType, "application/grpc") ? super.filter(input, exchange) : input;
        }
    }
}
