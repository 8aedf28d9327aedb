package no.arsberetning.common.years;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.index.IndexOperations;

class YearIndexesTest {

    @Test
    void everyCollectionReadByYearGetsAnIndexOnTheYearAndItsOrderWithinIt() {
        MongoOperations mongo = mock(MongoOperations.class);
        Map<String, IndexOperations> operations = new HashMap<>();
        when(mongo.indexOps(any(String.class))).thenAnswer(call ->
                operations.computeIfAbsent(call.getArgument(0), c -> mock(IndexOperations.class)));

        new YearIndexes(mongo, List.of("period_goals")).run(null);

        assertThat(operations.keySet()).containsExactlyInAnyOrder("reported_tables", "report_texts", "section_states",
                "releases", "restatement_acceptances", "period_goals");
        assertThat(keys(operations.get("reported_tables"))).isEqualTo(new Document("year", 1).append("order", 1));
        assertThat(keys(operations.get("releases"))).isEqualTo(new Document("year", 1).append("number", 1));
        assertThat(keys(operations.get("section_states"))).isEqualTo(new Document("year", 1));
        assertThat(keys(operations.get("period_goals"))).isEqualTo(new Document("year", 1).append("order", 1));
    }

    private static Document keys(IndexOperations operations) {
        ArgumentCaptor<IndexDefinition> index = ArgumentCaptor.forClass(IndexDefinition.class);
        verify(operations).createIndex(index.capture());
        return index.getValue().getIndexKeys();
    }
}
