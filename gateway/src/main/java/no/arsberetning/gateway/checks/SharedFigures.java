package no.arsberetning.gateway.checks;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Figures that two services both print (the same count or amount stated in two chapters), kept as data:
 * each figure is found in its service's report document by a pattern whose first group is the number.
 */
@ConfigurationProperties("arsberetning.checks")
public record SharedFigures(List<Pair> sharedFigures) {

    public SharedFigures {
        sharedFigures = sharedFigures == null ? List.of() : List.copyOf(sharedFigures);
    }

    /** @param name what the figure is, in Norwegian, as a reader would say it */
    public record Pair(String name, List<Figure> figures) {
    }

    /**
     * @param source the service (composition source id) that prints it
     * @param pattern a regular expression over the report's plain text; group 1 is the figure (digits or a
     *        Norwegian number word)
     */
    public record Figure(String source, String pattern) {
    }
}
