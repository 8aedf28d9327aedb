package no.arsberetning.gateway.tuning;

import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/**
 * The rule of Spring Security's strict firewall for header values — every character assigned in Unicode and
 * none a control character other than tab — checked in one pass, printable ASCII first. Spring checks it
 * with a regular expression each time a header is read: on the 1.4 kB bearer token that was 4 % of the
 * gateway's CPU per routed request (JFR profile, bench/README.md). With the bearer requests' own filter chain
 * the header is read once more (by the chain's matcher); that cost is not measured yet.
 *
 * <p>Works around the cost of the rule as spring-security#8644 («StrictHttpFirewall: Validate headers and
 * parameters») introduced it; no upstream issue asks for a cheaper check. {@code HeaderValueRuleTest}
 * asserts both that the rule is the same as Spring's and that Spring still checks it with a regular
 * expression on every read; it fails when that changes.
 */
final class HeaderValueRule {

    private HeaderValueRule() {
    }

    static StrictServerWebExchangeFirewall firewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderValues(HeaderValueRule::allowed);
        return firewall;
    }

    static boolean allowed(String value) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); ) {
            char c = value.charAt(i);
            if (c >= ' ' && c < 0x7f) {
                i++;
                continue;
            }
            int codePoint = value.codePointAt(i);
            if (!Character.isDefined(codePoint) || (Character.isISOControl(codePoint) && codePoint != '\t')) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
