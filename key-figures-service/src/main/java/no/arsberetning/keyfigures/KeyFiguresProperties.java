package no.arsberetning.keyfigures;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the key-figure store ({@code arsberetning.key-figures.*}).
 *
 * @param apiPrefix the service's path under the gateway
 * @param homeRegion the municipality using the platform (its region code, {@code 5001} for Trondheim): the
 *                   comparison's default region and the owner of the {@code own} peer group
 * @param maxCells most cells (the product of the dimensions' sizes) one file may span
 * @param workDirectory where an import keeps its temporary files (the upload and the unpacked cells); the
 *                      system's temporary folder when empty
 * @param batchValues about how many values an import writes in one bulk write
 * @param importLease how long an import holds the store's import lock without renewing it (one import at a
 *                    time, across every instance of the service)
 * @param catalogTtl how long region labels read from the database are reused
 * @param ownGroup the municipality's own peer group, added to a new store's groups
 */
@ConfigurationProperties("arsberetning.key-figures")
public record KeyFiguresProperties(
        @DefaultValue("/api/key-figures") String apiPrefix,
        @DefaultValue("5001") String homeRegion,
        @DefaultValue("20000000") long maxCells,
        Path workDirectory,
        @DefaultValue("100000") int batchValues,
        @DefaultValue("2m") Duration importLease,
        @DefaultValue("10s") Duration catalogTtl,
        OwnGroup ownGroup) {

    /** The municipality's own peers: the group's name, why these, and their region codes. */
    public record OwnGroup(@DefaultValue("Egne sammenligningskommuner") String label, String description,
            @DefaultValue List<String> members) {
    }

    /** The folder for imports' temporary files. */
    public Path importFolder() {
        Path work = workDirectory != null ? workDirectory : Path.of(System.getProperty("java.io.tmpdir"));
        return work.resolve("key-figure-imports");
    }
}
