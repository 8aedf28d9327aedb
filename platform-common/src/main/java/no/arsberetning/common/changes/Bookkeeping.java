package no.arsberetning.common.changes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a document that no read of the report shows (audit entries, leases, import batches, counters):
 * its writes do not advance the {@link ChangeCounters}. Every other document's writes do.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Bookkeeping {
}
