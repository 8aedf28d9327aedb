/**
 * The gateway's workarounds of framework internals, kept because a measurement still needs them
 * (bench/README.md) and nowhere else in the gateway. Each class names the upstream issue or behaviour it works
 * around, and its test asserts that behaviour, so the test fails when upstream changes it and the workaround
 * can go (or must be brought in line):
 * <ul>
 * <li>{@link no.arsberetning.gateway.tuning.VerifiedTokenCache}: Spring Security verifies the same token from
 * scratch on every request (spring-security#12830, declined).</li>
 * <li>{@link no.arsberetning.gateway.tuning.HeaderValueRule}: the strict firewall checks each header value with a
 * regular expression on every read (the rule of spring-security#8644).</li>
 * <li>{@link no.arsberetning.gateway.tuning.BearerTokenHeaderConverter}: Spring's bearer-token converter matches
 * the header with a regular expression (the pattern spring-security#19500 asks to change).</li>
 * <li>{@link no.arsberetning.gateway.tuning.RateLimitScript}: Spring Data Redis asks a script's class-path
 * resource whether it was modified on every execution (spring-data-redis#2128), once per rate-limited request.</li>
 * <li>{@link no.arsberetning.gateway.tuning.TokenReserve}: Spring Cloud Gateway's Redis rate limiter asks Redis on
 * every request; taking tokens ahead was proposed and not merged (spring-cloud-gateway#3016).</li>
 * </ul>
 * {@link no.arsberetning.gateway.tuning.TuningConfiguration} puts them in place. Everything else the gateway
 * does for throughput is configuration ({@code config-repo/gateway.yml}, {@code security/}).
 */
package no.arsberetning.gateway.tuning;
