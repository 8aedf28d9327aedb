package no.arsberetning.common.report;

import java.util.List;

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

    record TableBlock(Table table) implements Block {
    }

    record Goals(List<Goal> goals) implements Block {
    }
}
