package no.arsberetning.common.security;

import no.arsberetning.common.problem.ProblemAutoConfiguration;
import no.arsberetning.common.problem.ProblemSecurityHandlers;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A domain service is a stateless resource server: it checks every token itself (signature, issuer,
 * audience, expiry — see {@code spring.security.oauth2.resourceserver.jwt.*}) and never trusts the gateway
 * alone. Health is open; the metrics ({@code /actuator/prometheus}) need the monitoring role; reading needs a reader
 * role (published releases: the committee too); writes are checked per operation with {@code @PreAuthorize} and
 * {@link AreaAccess}.
 */
@AutoConfiguration(after = ProblemAutoConfiguration.class, before = OAuth2ResourceServerAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
public class ServiceSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain serviceSecurity(HttpSecurity http, ProblemSecurityHandlers problems,
            @Value("${arsberetning.api-prefix:/api}") String apiPrefix) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .requestMatchers("/actuator/prometheus").hasRole(Roles.MONITORING)
                        .requestMatchers(HttpMethod.GET, apiPrefix + "/releases", apiPrefix + "/*/releases",
                                apiPrefix + "/*/releases/*")
                        .hasAnyRole(Roles.PUBLISHED_READERS)
                        .requestMatchers(HttpMethod.GET, "/**").hasAnyRole(Roles.READERS)
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(KeycloakAuthorities.jwtAuthenticationConverter()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable);
        return http.build();
    }

    /** The realm's keys are fetched within {@code arsberetning.keys.connect-timeout} and {@code read-timeout}. */
    @Bean
    KeySetTimeLimits keySetTimeLimits(@Value("${arsberetning.keys.connect-timeout:2s}") Duration connect,
            @Value("${arsberetning.keys.read-timeout:5s}") Duration read) {
        return new KeySetTimeLimits(connect, read);
    }
}
