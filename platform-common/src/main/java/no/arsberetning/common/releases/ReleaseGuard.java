package no.arsberetning.common.releases;

/**
 * What must hold before a service freezes its part of a release, beside the gateway's own checks: services never
 * trust the gateway alone. A guard that refuses throws (a {@code WorkflowConflictException}: 409).
 */
public interface ReleaseGuard {

    void requirePublishable(int year);
}
