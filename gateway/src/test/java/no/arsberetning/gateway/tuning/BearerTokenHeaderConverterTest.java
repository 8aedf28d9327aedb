package no.arsberetning.gateway.tuning;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;

/** The one-pass converter decides every header as Spring Security's own converter (its regular expression) does. */
class BearerTokenHeaderConverterTest {

    /**
     * The upstream behaviour the converter works around: Spring's converter matches the header with this regular
     * expression. When this fails, Spring changed how it reads the header: remove {@link BearerTokenHeaderConverter}
     * or bring it in line, and measure again (bench/README.md).
     */
    @Test
    void springReadsTheHeaderWithARegularExpression() throws ReflectiveOperationException {
        Field field = ServerBearerTokenAuthenticationConverter.class.getDeclaredField("authorizationPattern");
        field.setAccessible(true);
        Pattern pattern = (Pattern) field.get(null);
        assertThat(pattern.pattern()).isEqualTo("^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$");
        assertThat(pattern.flags() & Pattern.CASE_INSENSITIVE).isNotZero();
    }

    private static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhIn0.c2lnbmF0dXJl-_~+/";

    @ParameterizedTest
    @ValueSource(strings = {"Bearer " + JWT, "bearer " + JWT, "BEARER " + JWT, "Bearer " + JWT + "==", "Bearer a",
            "Bearer " + JWT + " ", "Bearer  " + JWT, "Bearer", "Bearer ", "Bearer =", "Bearer a=b", "Bearer a%b",
            "Bearer æøå", "Bearer\t" + JWT, "Bearerx " + JWT, "Basic dXNlcjpwYXNz", "Digest x", "", "Token " + JWT})
    void decidesAsSpringSecurity(String authorization) {
        assertThat(outcome(new BearerTokenHeaderConverter(), authorization))
                .isEqualTo(outcome(new ServerBearerTokenAuthenticationConverter(), authorization));
    }

    /** The token, "none" without one, or "invalid_token" when refused. */
    private static String outcome(ServerAuthenticationConverter converter, String authorization) {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/me").header(HttpHeaders.AUTHORIZATION, authorization));
        try {
            return Optional.ofNullable(converter.convert(exchange).block())
                    .map(Authentication.class::cast)
                    .map(token -> ((BearerTokenAuthenticationToken) token).getToken())
                    .orElse("none");
        } catch (OAuth2AuthenticationException refused) {
            return refused.getError().getErrorCode();
        }
    }
}
