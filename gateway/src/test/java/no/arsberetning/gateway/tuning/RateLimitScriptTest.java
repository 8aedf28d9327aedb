package no.arsberetning.gateway.tuning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.scripting.support.ResourceScriptSource;

/**
 * Why {@link RateLimitScript} is needed, and that it is the gateway's script: when Spring Data Redis stops asking
 * a class-path script whether it was modified on every execution, the first test fails and the workaround can go.
 */
class RateLimitScriptTest {

    @Test
    void aScriptReadFromTheClassPathIsCheckedForModificationOnEveryExecution() {
        AtomicInteger checks = new AtomicInteger();
        ClassPathResource resource = new ClassPathResource(RateLimitScript.LOCATION) {
            @Override
            public long lastModified() throws IOException {
                checks.incrementAndGet();
                return super.lastModified();
            }
        };
        DefaultRedisScript<Object> upstream = new DefaultRedisScript<>();
        upstream.setScriptSource(new ResourceScriptSource(resource));
        upstream.getSha1();
        int afterFirst = checks.get();
        upstream.getSha1();
        upstream.getSha1();

        assertThat(checks.get()).as("last-modified checks of the script's resource").isGreaterThan(afterFirst);
    }

    @Test
    void theScriptReadOnceIsSpringCloudGatewaysOwnScript() throws IOException, NoSuchAlgorithmException {
        String upstream = new ClassPathResource(RateLimitScript.LOCATION).getContentAsString(StandardCharsets.UTF_8);

        assertThat(RateLimitScript.readOnce().getScriptAsString()).isEqualTo(upstream).contains("tokens_key");
        assertThat(RateLimitScript.readOnce().getSha1()).isEqualTo(sha1(upstream));
    }

    private static String sha1(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
