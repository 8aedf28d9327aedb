package no.arsberetning.hr;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the hr-service.
 *
 * @param suppressionThreshold a count of persons below this (and above zero) could identify a person and is
 *                             suppressed in the published rendition, together with what it could be derived
 *                             from and what is derived from it (see {@code suppression/})
 */
@ConfigurationProperties("arsberetning.hr")
public record HrProperties(@DefaultValue("5") int suppressionThreshold) {

    public HrProperties {
        if (suppressionThreshold < 1) {
            throw new IllegalArgumentException("arsberetning.hr.suppression-threshold må være minst 1, var " + suppressionThreshold);
        }
    }
}
