package no.arsberetning.gateway.tuning;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Remembers tokens the decoder has verified, until they expire: the gateway sees the same access token on
 * every request of a client for up to 5 minutes, and checking its RSA signature and claims again each time
 * was a fifth of the gateway's CPU per routed request (bench/README.md). Only a token that passed every
 * check (signature, issuer, audience, time) is remembered, by its exact text, so a changed token is a new
 * one; a remembered token is used only before its {@code exp}, after which it goes back to the decoder
 * (which then refuses it). Bounded: when full, expired tokens are dropped, and if none are, all of them.
 *
 * <p>Works around spring-security#12830 («Provide a way for OAuth2 Resource server to cache the given tokens
 * during the token lifetime», declined): Spring Security verifies the same token from scratch on every request.
 * {@code VerifiedTokenCacheTest} asserts that behaviour and fails when it changes.
 */
final class VerifiedTokenCache implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder decoder;
    private final int capacity;
    private final Clock clock;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    VerifiedTokenCache(ReactiveJwtDecoder decoder, int capacity, Clock clock) {
        this.decoder = decoder;
        this.capacity = capacity;
        this.clock = clock;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = verified.get(token);
        if (known != null) {
            if (clock.instant().isBefore(known.getExpiresAt())) {
                return Mono.just(known);
            }
            verified.remove(token);
        }
        return decoder.decode(token).doOnNext(jwt -> remember(token, jwt));
    }

    int size() {
        return verified.size();
    }

    private void remember(String token, Jwt jwt) {
        Instant expires = jwt.getExpiresAt();
        if (expires == null) {
            return;
        }
        if (verified.size() >= capacity) {
            Instant now = clock.instant();
            verified.values().removeIf(old -> !now.isBefore(old.getExpiresAt()));
            if (verified.size() >= capacity) {
                verified.clear();
            }
        }
        verified.put(token, jwt);
    }
}
