package no.arsberetning.common.security;

/** Keycloak realm roles of the platform (brief § 2). Spring authorities carry them as {@code ROLE_<name>}. */
public final class Roles {

    public static final String STAFF = "staff";
    public static final String REPORTER = "reporter";
    public static final String CONTROLLER = "controller";
    public static final String COMMITTEE = "committee";
    public static final String ADMIN = "admin";
    /** Monitoring (a machine client such as Prometheus): reads every program's {@code /actuator/prometheus}, nothing else. */
    public static final String MONITORING = "monitoring";

    /** Roles that may read working data, drafts included. {@code committee} reads published releases only. */
    public static final String[] READERS = {STAFF, REPORTER, CONTROLLER, ADMIN};

    /** Roles that may read published releases: the committee, and everyone who reads working data. */
    public static final String[] PUBLISHED_READERS = {COMMITTEE, STAFF, REPORTER, CONTROLLER, ADMIN};

    private Roles() {
    }
}
