package no.arsberetning.common.report;

import java.util.List;

/**
 * A rule the platform applies in every service beside the service's own {@link ConsistencyRules} (such as the
 * comparison of a year with the earlier year it restates). Its findings are part of {@code <prefix>/{year}/checks}.
 */
public interface PlatformRule {

    List<Finding> check(int year);
}
