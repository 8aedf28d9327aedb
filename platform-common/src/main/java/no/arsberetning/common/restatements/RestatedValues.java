package no.arsberetning.common.restatements;

import java.util.List;

import no.arsberetning.common.years.OpenedYear;
import no.arsberetning.common.years.PriorYear;

/**
 * Values beside the tables that restate the earlier year, which a service knows of: figures its text states for an
 * earlier year. Each is returned whether or not it differs; the check compares.
 */
public interface RestatedValues {

    List<Restatement> of(OpenedYear year, PriorYear prior);
}
