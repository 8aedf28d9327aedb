package no.arsberetning.common.years;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A reporting year a service holds data for, with where its registration came from. */
@Document(ReportingYear.COLLECTION)
public record ReportingYear(@Id int year, Instant registeredAt, String registeredBy, String source) {

    public static final String COLLECTION = "reporting_years";
}
