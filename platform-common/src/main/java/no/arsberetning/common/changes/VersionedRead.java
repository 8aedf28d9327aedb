package no.arsberetning.common.changes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code GET} handler whose answer depends only on the data of the year in its {@code {year}} path
 * variable (and the request's path and query), so {@link VersionedReads} gives it an {@code ETag} from the
 * year's change counter, answers {@code 304} to {@code If-None-Match} and serves the kept bytes until the
 * next write. Not for answers that differ by who asks.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface VersionedRead {
}
