package no.arsberetning.common.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** Largest request bodies a service accepts: JSON and other bodies, and file uploads (multipart). */
@ConfigurationProperties("arsberetning.limits")
public record BodyLimits(@DefaultValue("1MB") DataSize maxBody, @DefaultValue("10MB") DataSize maxUpload) {
}
