package no.arsberetning.common.changes;

import java.util.function.IntFunction;

/**
 * An answer of a {@link VersionedRead} handler that the service builds and keeps before it reports ready
 * ({@link FirstAnswers}), so the first person who asks gets it at once: the path below the year
 * ({@code "/report"} for {@code <prefix>/{year}/report}) and how the handler builds it for a year.
 */
public record FirstAnswer(String path, IntFunction<Object> build) {
}
