package no.arsberetning.gateway.opendata;

import java.time.Instant;

/**
 * What a download says about where it comes from: the year, the release (null for the current working
 * data), when that was published or composed, and the municipality.
 */
record DatasetInfo(int year, Integer release, Instant updated, String municipality) {

    String source() {
        String report = (municipality == null || municipality.isBlank() ? "" : municipality + ", ") + "Årsberetning " + year;
        return release == null ? report + " (arbeidsdata, ikke publisert)" : report + ", utgivelse " + release;
    }
}
