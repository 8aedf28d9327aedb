package no.arsberetning.common.workflow;

/**
 * A unit of the reporting cycle: a service area's data, or one of a chapter's tables.
 *
 * @param key stable key within the service, e.g. {@code area:skole} or {@code table:1.1}
 * @param title Norwegian title shown to people
 * @param area the service-area code whose reporters may submit it, or null when only controllers may
 */
public record Section(String key, String title, String area) {
}
