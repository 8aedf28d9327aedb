package no.arsberetning.common;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings every service shares.
 *
 * @param apiPrefix the service's path under the gateway, e.g. {@code /api/finance}
 * @param demo whether and what to load of the demo dataset on start: {@code files} are classpath
 *             resources in the format of docs/demo-data-format.md
 */
@ConfigurationProperties("arsberetning")
public record PlatformProperties(String apiPrefix, @DefaultValue Demo demo) {

    public record Demo(
            @DefaultValue("false") boolean load,
            @DefaultValue("2023") List<Integer> years,
            @DefaultValue("Trondheim kommune, Årsberetning 2023 (000_f65565957903018f.txt)") String source,
            @DefaultValue List<String> files) {
    }
}
