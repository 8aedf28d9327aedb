package no.arsberetning.common.security;

import java.time.Duration;

import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.JwkSetUriJwtDecoderBuilderCustomizer;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestTemplate;

/**
 * How long a service waits for the realm's keys. Spring Security fetches them with Nimbus's defaults, 500 ms
 * to connect and 500 ms to answer; on a busy machine (or a busy Keycloak) the first fetch after a start took
 * longer, and the valid token that needed it was refused with 401 (the flaky
 * {@code ServiceContractTests.aRealBearerTokenIsDecodedAndAccepted}). The limits stay: a Keycloak that does
 * not answer still costs a request a few seconds, never a thread for good.
 */
record KeySetTimeLimits(Duration connect, Duration read) implements JwkSetUriJwtDecoderBuilderCustomizer {

    @Override
    public void customize(NimbusJwtDecoder.JwkSetUriJwtDecoderBuilder builder) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(connect);
        requests.setReadTimeout(read);
        builder.restOperations(new RestTemplate(requests));
    }
}
