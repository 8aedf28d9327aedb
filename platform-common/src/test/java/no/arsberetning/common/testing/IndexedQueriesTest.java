package no.arsberetning.common.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import no.arsberetning.common.testing.IndexedQueries.Recorded;
import org.junit.jupiter.api.Test;

/** The rule every recorded query is held to: the planner's first step, as notablescan would judge it. */
class IndexedQueriesTest {

    private static final List<List<String>> YEAR_ORDER = List.of(List.of("year", "order"));

    @Test
    void aQueryOnTheFirstFieldOfAnIndexOrByIdIsServed() {
        assertThat(IndexedQueries.served(query(List.of("year"), List.of("order")), YEAR_ORDER)).isTrue();
        assertThat(IndexedQueries.served(query(List.of("_id", "version"), List.of()), List.of())).isTrue();
        assertThat(IndexedQueries.served(query(List.of(), List.of("year")), YEAR_ORDER)).isTrue();
    }

    @Test
    void aQueryOnAnotherFieldOrOnNothingIsACollectionScan() {
        assertThat(IndexedQueries.served(query(List.of("order"), List.of()), YEAR_ORDER)).isFalse();
        assertThat(IndexedQueries.served(query(List.of("state"), List.of()), List.of())).isFalse();
        assertThat(IndexedQueries.served(query(List.of(), List.of()), YEAR_ORDER)).isFalse();
    }

    private static Recorded query(List<String> filter, List<String> sort) {
        return new Recorded("db", "things", filter, sort, "Store.find");
    }
}
