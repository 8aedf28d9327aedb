package no.arsberetning.keyfigures.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The cells of a file sorted by slice without holding them all: the spilled cells (in file order) are
 * distributed over partition files, each a run of consecutive slices of at most about {@value #CELLS_PER_PARTITION}
 * cells; a partition is then read into a few arrays (some 3 MB) and gives its slices in order. Memory stays the
 * same whatever the file's size and whatever order its dimensions come in.
 */
final class CellPartitions implements AutoCloseable {

    static final int CELLS_PER_PARTITION = 1 << 18;
    private static final int MAX_PARTITIONS = 256;

    private final CellLayout layout;
    private final List<Path> files = new ArrayList<>();
    private final int slicesPerPartition;

    CellPartitions(CellLayout layout, Path folder, String name) {
        this.layout = layout;
        int perPartition = Math.max(1, CELLS_PER_PARTITION / Math.max(1, layout.regions));
        int partitions = (layout.slices + perPartition - 1) / perPartition;
        if (partitions > MAX_PARTITIONS) {
            perPartition = (layout.slices + MAX_PARTITIONS - 1) / MAX_PARTITIONS;
            partitions = (layout.slices + perPartition - 1) / perPartition;
        }
        this.slicesPerPartition = perPartition;
        for (int k = 0; k < partitions; k++) {
            files.add(folder.resolve(name + ".part" + k));
        }
    }

    /**
     * Distributes the spilled cells over the partitions.
     *
     * @return problems: positions outside the table the dimensions span
     */
    List<ImportError> distribute(Path spill) {
        List<ImportError> problems = new ArrayList<>();
        List<CellRecords.Writer> writers = new ArrayList<>();
        try (CellRecords.Reader reader = new CellRecords.Reader(spill)) {
            files.forEach(f -> writers.add(new CellRecords.Writer(f)));
            for (CellRecords.Cell cell = reader.next(); cell != null; cell = reader.next()) {
                if (cell.position >= layout.cells) {
                    if (problems.size() < JsonStatStream.MAX_PROBLEMS) {
                        String member = cell.kind == CellRecords.STATUS ? "status" : "value";
                        problems.add(ImportError.at(member + "." + cell.position, "Posisjon " + cell.position
                                + " er utenfor tabellen: dimensjonene gir " + layout.cells + " verdier."));
                    }
                    continue;
                }
                int slice = layout.slice(cell.position);
                int k = slice / slicesPerPartition;
                int local = (slice - k * slicesPerPartition) * layout.regions + layout.region(cell.position);
                writers.get(k).copy(cell, local);
            }
        } finally {
            writers.forEach(CellRecords.Writer::close);
        }
        return problems;
    }

    /** Every slice, in slice order, with its cells (regions without a value and a status are left out). */
    void forEachSlice(Statuses statuses, Consumer<SliceCells> action) {
        for (int k = 0; k < files.size(); k++) {
            int first = k * slicesPerPartition;
            int count = Math.min(slicesPerPartition, layout.slices - first);
            Partition partition = Partition.read(files.get(k), count * layout.regions);
            for (int s = 0; s < count; s++) {
                SliceCells cells = partition.slice(first + s, s * layout.regions, layout, statuses);
                if (!cells.regions().isEmpty()) {
                    action.accept(cells);
                }
            }
        }
    }

    @Override
    public void close() {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** How a cell's status is found: its own symbol (by number), else the one text the file gives every value. */
    record Statuses(List<String> symbols, String forAll) {

        String of(short symbol) {
            return symbol > 0 ? symbols.get(symbol - 1) : forAll;
        }
    }

    /** One slice's cells: parallel lists of region codes, values (null where none) and statuses (null where none). */
    record SliceCells(int slice, List<String> regions, List<BigDecimal> values, List<String> statuses) {
    }

    /** A partition's cells in arrays, one entry per cell of its slices. */
    private static final class Partition {

        private final long[] unscaled;
        private final byte[] scale;
        private final short[] status;
        private final boolean[] valued;
        private final Map<Integer, BigDecimal> big = new HashMap<>();

        private Partition(int cells) {
            unscaled = new long[cells];
            scale = new byte[cells];
            status = new short[cells];
            valued = new boolean[cells];
        }

        static Partition read(Path file, int cells) {
            Partition partition = new Partition(cells);
            try (CellRecords.Reader reader = new CellRecords.Reader(file)) {
                for (CellRecords.Cell cell = reader.next(); cell != null; cell = reader.next()) {
                    int i = cell.position;
                    switch (cell.kind) {
                        case CellRecords.VALUE -> {
                            partition.unscaled[i] = cell.unscaled;
                            partition.scale[i] = (byte) cell.scale;
                            partition.valued[i] = true;
                            partition.big.remove(i);
                        }
                        case CellRecords.BIG_VALUE -> {
                            partition.big.put(i, cell.big);
                            partition.valued[i] = true;
                        }
                        default -> partition.status[i] = (short) cell.symbol;
                    }
                }
            }
            return partition;
        }

        SliceCells slice(int slice, int offset, CellLayout layout, Statuses statuses) {
            List<String> codes = new ArrayList<>();
            List<BigDecimal> values = new ArrayList<>();
            List<String> symbols = new ArrayList<>();
            for (int r = 0; r < layout.regions; r++) {
                int i = offset + r;
                String symbol = statuses.of(status[i]);
                if (!valued[i] && symbol == null) {
                    continue;
                }
                codes.add(layout.geo.codes().get(r));
                values.add(!valued[i] ? null : big.containsKey(i) ? big.get(i) : BigDecimal.valueOf(unscaled[i], scale[i]));
                symbols.add(symbol);
            }
            return new SliceCells(slice, codes, values, symbols);
        }
    }
}
