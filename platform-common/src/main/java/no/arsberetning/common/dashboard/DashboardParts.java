package no.arsberetning.common.dashboard;

/**
 * A service's parts of the staff overview (see {@link DashboardPart}). A service provides one bean; a service
 * without any gets an empty part.
 */
public interface DashboardParts {

    DashboardPart of(int year);
}
