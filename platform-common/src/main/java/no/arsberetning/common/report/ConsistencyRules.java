package no.arsberetning.common.report;

import java.util.List;

/** A service's own consistency rules: what does not hold in its data for a year, with expected and actual. */
public interface ConsistencyRules {

    List<Finding> check(int year);
}
