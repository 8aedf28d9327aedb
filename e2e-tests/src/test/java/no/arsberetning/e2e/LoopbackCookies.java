package no.arsberetning.e2e;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;

/**
 * Cookies as a browser keeps them: browsers treat loopback addresses as secure contexts and send
 * {@code Secure} cookies to {@code http://localhost}, as Keycloak's login needs. Java's cookie manager
 * does not, so loopback requests are looked up as if they were https.
 */
final class LoopbackCookies extends CookieManager {

    LoopbackCookies() {
        super(null, CookiePolicy.ACCEPT_ALL);
    }

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
        return super.get(isLoopback(uri) ? asHttps(uri) : uri, requestHeaders);
    }

    private static boolean isLoopback(URI uri) {
        return "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
    }

    private static URI asHttps(URI uri) {
        try {
            return new URI("https", uri.getUserInfo(), uri.getHost(), uri.getPort(), uri.getPath(), uri.getQuery(), null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
