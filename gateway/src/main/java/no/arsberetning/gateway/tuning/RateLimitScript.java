package no.arsberetning.gateway.tuning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Spring Cloud Gateway's rate-limit script ({@value #LOCATION}), read once into a string. The script bean the
 * gateway declares ({@code GatewayRedisAutoConfiguration.redisRequestRateLimiterScript}) reads it from the class
 * path through a {@code ResourceScriptSource}, and {@code DefaultRedisScript.getSha1} asks that source whether the
 * file was modified on every execution (spring-data-redis#2128): resolving the resource's URL inside the jar once
 * per request, 11 % of the gateway's CPU samples under load (bench/README.md). A script held as a string is never
 * modified; its text, and so its SHA-1 in Redis, is the gateway's own.
 */
public final class RateLimitScript {

    static final String LOCATION = "META-INF/scripts/request_rate_limiter.lua";

    private RateLimitScript() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static RedisScript<List<Long>> readOnce() {
        try {
            String text = new ClassPathResource(LOCATION).getContentAsString(StandardCharsets.UTF_8);
            return (RedisScript<List<Long>>) (RedisScript) RedisScript.of(text, List.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Spring Cloud Gateway's rate-limit script " + LOCATION + " is missing", e);
        }
    }
}
