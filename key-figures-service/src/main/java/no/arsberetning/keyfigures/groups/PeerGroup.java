package no.arsberetning.keyfigures.groups;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A group of municipalities to compare with, kept as data an administrator edits (optimistic locking through
 * {@code @Version}: the ETag). {@code members} are region codes; a municipality that changed its code (2020,
 * 2024) is listed with each, since a year's statistics know only one of them.
 *
 * @param aggregate the region code under which the source publishes the group's own figure, if it does
 */
@Document(PeerGroup.COLLECTION)
public record PeerGroup(
        @Id String id,
        String label,
        GroupKind kind,
        String description,
        List<String> members,
        String aggregate,
        @Version Long version,
        String updatedBy,
        Instant updatedAt) {

    public static final String COLLECTION = "key_figure_groups";

    public PeerGroup {
        members = members == null ? List.of() : List.copyOf(members);
    }
}
