package no.arsberetning.keyfigures.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import no.arsberetning.common.imports.JsonStatDataset;
import no.arsberetning.common.imports.JsonStatDataset.Dimension;
import no.arsberetning.common.imports.JsonStatDataset.Unit;
import tools.jackson.databind.JsonNode;

/**
 * Where each cell of a file belongs: which dimension holds the regions ({@code role.geo}, else the dimension
 * whose id says «region»), the measures ({@code role.metric}, else {@code ContentsCode}) and the periods
 * ({@code role.time}); every further dimension (a function, a kind of account …) is part of the measure. A
 * <em>slice</em> is one combination of everything but the region — one measure in one period — numbered in the
 * file's own dimension order; a position of {@code value} is a slice and a region. The file's dimensions may
 * come in any order.
 */
final class CellLayout {

    private static final Pattern CODE = Pattern.compile("[\\p{Alnum}_\\-]+");

    final JsonStatDataset structure;
    final Dimension geo;
    final Dimension metric;
    final Dimension time;
    final long cells;
    final int slices;
    final int regions;
    private final List<Dimension> dimensions;
    private final int geoAxis;
    private final int metricAxis;
    private final int timeAxis;
    private final long[] strides;
    /** The dimensions that make up a slice (all but the regions), in file order, and their steps in slice numbers. */
    private final int[] sliceAxes;
    private final long[] sliceStrides;
    private final JsonNode metadata;

    private CellLayout(JsonStatDataset structure, JsonNode metadata, Dimension geo, Dimension metric, Dimension time) {
        this.structure = structure;
        this.metadata = metadata;
        this.dimensions = structure.dimensions();
        this.geo = geo;
        this.metric = metric;
        this.time = time;
        this.geoAxis = dimensions.indexOf(geo);
        this.metricAxis = dimensions.indexOf(metric);
        this.timeAxis = dimensions.indexOf(time);
        this.cells = structure.cells();
        this.regions = geo.codes().size();
        this.strides = new long[dimensions.size()];
        long stride = 1;
        for (int d = dimensions.size() - 1; d >= 0; d--) {
            strides[d] = stride;
            stride *= dimensions.get(d).codes().size();
        }
        this.sliceAxes = new int[dimensions.size() - 1];
        int a = 0;
        for (int d = 0; d < dimensions.size(); d++) {
            if (d != geoAxis) {
                sliceAxes[a++] = d;
            }
        }
        this.sliceStrides = new long[sliceAxes.length];
        long sliceStride = 1;
        for (int i = sliceAxes.length - 1; i >= 0; i--) {
            sliceStrides[i] = sliceStride;
            sliceStride *= dimensions.get(sliceAxes[i]).codes().size();
        }
        this.slices = regions == 0 ? 0 : (int) (cells / regions);
    }

    /**
     * The layout of a file whose structure has been read.
     *
     * @throws FileRefusedException when a region, measure or time dimension is missing, a code cannot be stored, or
     *         the file spans more than {@code maxCells} cells
     */
    static CellLayout of(JsonStatDataset structure, JsonNode metadata, long maxCells) {
        List<ImportError> problems = new ArrayList<>();
        Dimension geo = role(structure, "geo").or(() -> structure.dimensions().stream()
                .filter(d -> d.id().toLowerCase(Locale.ROOT).contains("region")).findFirst()).orElse(null);
        Dimension metric = role(structure, "metric").or(() -> structure.dimension("ContentsCode")).orElse(null);
        Dimension time = role(structure, "time").orElse(null);
        if (geo == null) {
            problems.add(ImportError.at("role.geo", "Filen sier ikke hvilken dimensjon som er region (role.geo)."));
        }
        if (metric == null || metric == geo) {
            problems.add(ImportError.at("role.metric", "Filen sier ikke hvilken dimensjon som er statistikkvariabel (role.metric eller ContentsCode)."));
        }
        if (time == null || time == geo || time == metric) {
            problems.add(ImportError.at("role.time", "Filen sier ikke hvilken dimensjon som er tid (role.time)."));
        }
        long cells = structure.cells();
        if (cells > maxCells) {
            problems.add(ImportError.at("size", "Filen spenner over " + cells + " celler; høyst " + maxCells + " er tillatt i én fil."));
        }
        for (Dimension d : structure.dimensions()) {
            for (String code : d.codes()) {
                if (!CODE.matcher(code).matches()) {
                    problems.add(ImportError.at("dimension." + d.id() + ".category.index",
                            "Koden «" + code + "» kan ikke lagres (bare bokstaver, sifre, - og _)."));
                    break;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new FileRefusedException(problems);
        }
        return new CellLayout(structure, metadata, geo, metric, time);
    }

    private static Optional<Dimension> role(JsonStatDataset structure, String role) {
        return structure.withRole(role);
    }

    /** The slice a position belongs to. */
    int slice(long position) {
        long slice = 0;
        for (int i = 0; i < sliceAxes.length; i++) {
            int d = sliceAxes[i];
            slice += ((position / strides[d]) % dimensions.get(d).codes().size()) * sliceStrides[i];
        }
        return (int) slice;
    }

    /** The region (its index in the region dimension) a position belongs to. */
    int region(long position) {
        return (int) ((position / strides[geoAxis]) % regions);
    }

    /** The category index of a dimension in a slice. */
    private int category(int slice, int axis) {
        for (int i = 0; i < sliceAxes.length; i++) {
            if (sliceAxes[i] == axis) {
                return (int) ((slice / sliceStrides[i]) % dimensions.get(axis).codes().size());
            }
        }
        throw new IllegalArgumentException("not a slice axis: " + axis);
    }

    String contentsCode(int slice) {
        return metric.codes().get(category(slice, metricAxis));
    }

    String period(int slice) {
        return time.codes().get(category(slice, timeAxis));
    }

    /** The measure's code: the contents code, then the category of every further dimension, separated by «;». */
    String measure(int slice) {
        StringBuilder key = new StringBuilder(contentsCode(slice));
        for (int axis : sliceAxes) {
            if (axis != metricAxis && axis != timeAxis) {
                key.append(';').append(dimensions.get(axis).codes().get(category(slice, axis)));
            }
        }
        return key.toString();
    }

    /** The measure's label: the contents' label, and the further dimensions' categories in parentheses. */
    String measureLabel(int slice) {
        String code = contentsCode(slice);
        List<String> breakdown = new ArrayList<>();
        for (int axis : sliceAxes) {
            if (axis != metricAxis && axis != timeAxis) {
                Dimension d = dimensions.get(axis);
                breakdown.add(d.label() + ": " + d.labelOf(d.codes().get(category(slice, axis))));
            }
        }
        String label = metric.labelOf(code);
        return breakdown.isEmpty() ? label : label + " (" + String.join(", ", breakdown) + ")";
    }

    /** The unit the file gives the contents ({@code category.unit}), if any. */
    Optional<Unit> unit(int slice) {
        return Optional.ofNullable(metric.units().get(contentsCode(slice)));
    }

    /** Decimals: the contents' unit's, else the table's ({@code extension.px.decimals}). */
    Integer decimals(int slice) {
        Integer decimals = unit(slice).map(Unit::decimals).orElse(null);
        if (decimals == null && structure.extension().path("px").path("decimals").isNumber()) {
            decimals = structure.extension().path("px").path("decimals").asInt();
        }
        return decimals;
    }

    /** The source's notes that concern the slice: the dataset's, the measure's and the period's. */
    List<String> notes(int slice) {
        List<String> notes = new ArrayList<>(texts(metadata.get("note")));
        for (int axis : sliceAxes) {
            Dimension d = dimensions.get(axis);
            JsonNode dimension = metadata.path("dimension").path(d.id());
            notes.addAll(texts(dimension.get("note")));
            notes.addAll(texts(dimension.path("category").path("note").get(d.codes().get(category(slice, axis)))));
        }
        return notes;
    }

    /** The source's notes on a region. */
    List<String> regionNotes(String code) {
        return texts(metadata.path("dimension").path(geo.id()).path("category").path("note").get(code));
    }

    /** The statistics table's id: {@code extension.px.tableid}, else the label's «12272:» prefix. */
    String table() {
        String id = JsonStatDataset.text(structure.extension().path("px"), "tableid");
        String label = structure.label();
        if (id == null && label != null && label.matches("^\\d{4,6}:.*")) {
            id = label.substring(0, label.indexOf(':'));
        }
        return id;
    }

    Instant updated() {
        return structure.updated();
    }

    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node == null) {
            return texts;
        }
        if (node.isString()) {
            texts.add(node.asString());
        } else if (node.isArray()) {
            node.forEach(n -> {
                if (n.isString()) {
                    texts.add(n.asString());
                }
            });
        } else if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getValue().isString()) {
                    texts.add(e.getValue().asString());
                }
            });
        }
        return texts;
    }
}
