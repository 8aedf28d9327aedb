package no.arsberetning.common.report;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** A piece of a report section: text, a table, or goals with their indicators. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Block.Text.class, name = "text"),
        @JsonSubTypes.Type(value = Block.TableBlock.class, name = "table"),
        @JsonSubTypes.Type(value = Block.Goals.class, name = "goals")})
public sealed interface Block permits Block.Text, Block.TableBlock, Block.Goals {

    /** Running text; {@code html} is sanitized markup (lists, emphasis, links). */
    record Text(String html) implements Block {
    }

    /** A table; {@code chart} when the service wants it drawn beside it too (e.g. {@link ReportDocument.Chart#DEVIATIONS}). */
    record TableBlock(Table table, @JsonInclude(JsonInclude.Include.NON_NULL) ReportDocument.Chart chart) implements Block {

        public TableBlock(Table table) {
            this(table, null);
        }
    }

    record Goals(List<Goal> goals) implements Block {
    }
}
