package no.arsberetning.gateway.security;

import java.util.concurrent.atomic.AtomicLong;

import no.arsberetning.common.problem.Problems;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Refuses bodies over the limit (413 as a problem document) before anything reads them: the declared
 * {@code Content-Length} is checked first; a body without one (chunked) is counted as it streams.
 * File uploads ({@code multipart/form-data}) have their own, larger limit, larger still on the paths
 * {@link LimitsProperties#uploads()} names.
 */
class BodySizeLimitWebFilter implements WebFilter, Ordered {

    private final LimitsProperties limits;
    private final ProblemServerHandlers problems;

    BodySizeLimitWebFilter(LimitsProperties limits, ProblemServerHandlers problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long limit = limitFor(request);
        long declared = request.getHeaders().getContentLength();
        if (declared > limit) {
            return problems.write(exchange.getResponse(), HttpStatus.CONTENT_TOO_LARGE, Problems.payloadTooLarge(limit));
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().request(counted(request, limit)).build());
    }

    private long limitFor(ServerHttpRequest request) {
        MediaType type = request.getHeaders().getContentType();
        boolean upload = type != null && MediaType.MULTIPART_FORM_DATA.includes(type);
        return (upload ? limits.maxUpload(request.getPath().pathWithinApplication().value()) : limits.maxBody()).toBytes();
    }

    private static ServerHttpRequest counted(ServerHttpRequest request, long limit) {
        AtomicLong read = new AtomicLong();
        return new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                return super.getBody().handle((buffer, sink) -> {
                    if (read.addAndGet(buffer.readableByteCount()) > limit) {
                        org.springframework.core.io.buffer.DataBufferUtils.release(buffer);
                        sink.error(new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, Problems.payloadTooLarge(limit), null));
                    } else {
                        sink.next(buffer);
                    }
                });
            }
        };
    }
}
