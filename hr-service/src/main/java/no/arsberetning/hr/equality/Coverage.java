package no.arsberetning.hr.equality;

import java.util.List;

import no.arsberetning.hr.equality.Checklist.Frequency;

/**
 * One requirement of the gender-equality statement against the year's data.
 *
 * @param tables printed numbers of the tables that show it (or show it in part)
 * @param figures ids of the text figures that show it
 * @param note what is there and what is missing, in Norwegian
 */
public record Coverage(String key, String requirement, Frequency frequency, String frequencyLabel, CoverageStatus status,
        String statusLabel, List<String> tables, List<String> figures, String note) {
}
