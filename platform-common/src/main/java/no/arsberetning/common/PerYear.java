package no.arsberetning.common;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The documents of one reporting year, found by their id. Every per-year document's id is its year, a colon and its
 * key ({@code 2024:1.1}), so the id index alone finds a year's documents, however many other years the collection
 * holds: MongoDB scans the anchored prefix of its {@code _id} index, and the embedded development server, which keeps
 * no other index, matches the index keys before it reads a document (a query on the {@code year} field would read
 * every year's documents there).
 */
public final class PerYear {

    private PerYear() {
    }

    /** The criteria: the id starts with the year and a colon. */
    public static Criteria ids(int year) {
        return Criteria.where("_id").regex("^" + year + ":");
    }

    /** A query for the year's documents. */
    public static Query of(int year) {
        return Query.query(ids(year));
    }
}
