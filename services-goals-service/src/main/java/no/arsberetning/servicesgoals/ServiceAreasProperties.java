package no.arsberetning.servicesgoals;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the service-area chapters.
 *
 * @param municipality the reporting municipality as key-figure tables name it ("Trondheim"); the entity of
 *                     columns that name only a year
 * @param planFrom first and {@code planTo} last year of the plan period that «perioden» in an ambition means
 */
@ConfigurationProperties("arsberetning.service-areas")
public record ServiceAreasProperties(
        @DefaultValue("Trondheim") String municipality,
        @DefaultValue("2023") int planFrom,
        @DefaultValue("2026") int planTo) {
}
