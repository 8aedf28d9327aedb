package no.arsberetning.keyfigures.imports;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a JSON-stat 2.0 file in one pass with Jackson's streaming parser, never as a whole tree: the
 * dataset's small parts ({@code id}, {@code size}, {@code role}, {@code dimension}, {@code label}, {@code note},
 * {@code extension} …) as trees, the values and statuses — which may come before or after the dimensions, as
 * an array or a sparse object, the status also as one text for all — straight into a {@link CellRecords} file
 * by position. Which position is which cell is known only once the dimensions are read, so the positions are
 * checked afterwards ({@link CellLayout}).
 * <p>
 * Problems name their place: JSON path, line and column. Reading stops at the first error in the JSON itself,
 * and after {@value #MAX_PROBLEMS} problems.
 */
final class JsonStatStream {

    static final int MAX_PROBLEMS = 50;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PROGRESS_EVERY = 16_384;

    /** How {@code value} or {@code status} was written. */
    enum Form { ABSENT, ARRAY, OBJECT, SINGLE }

    /**
     * What was read besides the cells.
     *
     * @param metadata every top-level member except {@code value} and {@code status}
     * @param valueEntries elements of the {@code value} array (nulls included) or members of the object
     * @param statusEntries the same for {@code status}
     * @param statusForAll the status when it was given as one text for every value
     * @param symbols the status symbols, by the number the cell file gives them (1 is the first)
     */
    record Result(ObjectNode metadata, Form valueForm, long valueEntries, Form statusForm, long statusEntries,
            String statusForAll, List<String> symbols, long values) {
    }

    private final long maxPositions;
    private final List<ImportError> problems = new ArrayList<>();
    private final Map<String, Integer> symbolIds = new HashMap<>();
    private final List<String> symbols = new ArrayList<>();

    JsonStatStream(long maxPositions) {
        this.maxPositions = maxPositions;
    }

    /**
     * Reads the file, writing values and statuses to {@code cells}; {@code valuesRead} is told how many values
     * were read as the reading goes on.
     *
     * @throws FileRefusedException naming every problem found
     */
    Result read(InputStream in, CellRecords.Writer cells, LongConsumer valuesRead) {
        ObjectNode metadata = JSON.createObjectNode();
        Form valueForm = Form.ABSENT;
        Form statusForm = Form.ABSENT;
        long valueEntries = 0;
        long statusEntries = 0;
        String statusForAll = null;
        long[] values = {0};
        try (JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new FileRefusedException(problem(parser, "file", "Filen er ikke et JSON-stat-datasett (forventet et objekt øverst)."));
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME && problems.size() < MAX_PROBLEMS) {
                String name = parser.currentName();
                JsonToken token = parser.nextToken();
                switch (name) {
                    case "value" -> {
                        valueForm = formOf(token);
                        valueEntries = switch (valueForm) {
                            case ARRAY -> valueArray(parser, cells, values, valuesRead);
                            case OBJECT -> valueObject(parser, cells, values, valuesRead);
                            default -> {
                                problems.add(problem(parser, "value", "«value» må være en liste eller et objekt."));
                                parser.skipChildren();
                                yield 0;
                            }
                        };
                    }
                    case "status" -> {
                        statusForm = formOf(token);
                        switch (statusForm) {
                            case ARRAY -> statusEntries = statusArray(parser, cells);
                            case OBJECT -> statusEntries = statusObject(parser, cells);
                            case SINGLE -> statusForAll = parser.getString();
                            default -> {
                                if (token != JsonToken.VALUE_NULL) {
                                    problems.add(problem(parser, "status", "«status» må være en tekst, en liste eller et objekt."));
                                }
                                statusForm = Form.ABSENT;
                                parser.skipChildren();
                            }
                        }
                    }
                    default -> metadata.set(name, parser.readValueAsTree());
                }
            }
        } catch (JacksonException e) {
            TokenStreamLocation where = e.getLocation();
            problems.add(new ImportError(jsonPath(e), where == null ? null : where.getLineNr(), where == null ? null : where.getColumnNr(),
                    "Filen er ikke gyldig JSON: " + e.getOriginalMessage()));
        }
        if (valueForm == Form.ABSENT && problems.isEmpty()) {
            problems.add(ImportError.at("value", "Filen mangler «value»."));
        }
        if (!problems.isEmpty()) {
            throw new FileRefusedException(problems);
        }
        return new Result(metadata, valueForm, valueEntries, statusForm, statusEntries, statusForAll, List.copyOf(symbols), values[0]);
    }

    private static Form formOf(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> Form.ARRAY;
            case START_OBJECT -> Form.OBJECT;
            case VALUE_STRING -> Form.SINGLE;
            default -> Form.ABSENT;
        };
    }

    private long valueArray(JsonParser parser, CellRecords.Writer cells, long[] values, LongConsumer valuesRead) {
        long position = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (position >= maxPositions) {
                problems.add(problem(parser, "value", "«value» har flere enn " + maxPositions + " verdier; det er mer enn en fil kan ha."));
                parser.skipChildren();
                skipRest(parser);
                return position;
            }
            value(parser, token, (int) position, "value[" + position + "]", cells, values, valuesRead);
            position++;
        }
        return position;
    }

    private long valueObject(JsonParser parser, CellRecords.Writer cells, long[] values, LongConsumer valuesRead) {
        long entries = 0;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = parser.currentName();
            JsonToken token = parser.nextToken();
            int position = position(parser, key, "value");
            if (position >= 0) {
                value(parser, token, position, "value." + key, cells, values, valuesRead);
            } else {
                parser.skipChildren();
            }
            entries++;
        }
        return entries;
    }

    private void value(JsonParser parser, JsonToken token, int position, String field, CellRecords.Writer cells, long[] values,
            LongConsumer valuesRead) {
        switch (token) {
            case VALUE_NUMBER_INT -> {
                JsonParser.NumberType type = parser.getNumberType();
                if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
                    cells.value(position, parser.getLongValue(), 0);
                } else {
                    cells.value(position, parser.getDecimalValue());
                }
            }
            case VALUE_NUMBER_FLOAT -> Decimals.spill(parser.getString(), position, cells);
            case VALUE_NULL -> {
                return;
            }
            default -> {
                problems.add(problem(parser, field, describe(parser, token) + " er ikke et tall."));
                parser.skipChildren();
                return;
            }
        }
        if (++values[0] % PROGRESS_EVERY == 0) {
            valuesRead.accept(values[0]);
        }
    }

    private long statusArray(JsonParser parser, CellRecords.Writer cells) {
        long position = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (position >= maxPositions) {
                problems.add(problem(parser, "status", "«status» har flere enn " + maxPositions + " verdier."));
                parser.skipChildren();
                skipRest(parser);
                return position;
            }
            status(parser, token, (int) position, "status[" + position + "]", cells);
            position++;
        }
        return position;
    }

    private long statusObject(JsonParser parser, CellRecords.Writer cells) {
        long entries = 0;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = parser.currentName();
            JsonToken token = parser.nextToken();
            int position = position(parser, key, "status");
            if (position >= 0) {
                status(parser, token, position, "status." + key, cells);
            } else {
                parser.skipChildren();
            }
            entries++;
        }
        return entries;
    }

    private void status(JsonParser parser, JsonToken token, int position, String field, CellRecords.Writer cells) {
        if (token == JsonToken.VALUE_STRING) {
            cells.status(position, symbol(parser.getString()));
        } else if (token != JsonToken.VALUE_NULL) {
            problems.add(problem(parser, field, describe(parser, token) + " er ikke et statussymbol (en tekst)."));
            parser.skipChildren();
        }
    }

    /** The position a member name of a sparse {@code value} or {@code status} object gives, or -1 (a problem). */
    private int position(JsonParser parser, String key, String member) {
        try {
            long position = Long.parseLong(key);
            if (position >= 0 && position < maxPositions) {
                return (int) position;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problems.add(problem(parser, member + "." + key, "«" + key + "» er ingen posisjon i «" + member + "» (et helt tall fra 0)."));
        return -1;
    }

    private int symbol(String text) {
        Integer id = symbolIds.get(text);
        if (id == null) {
            if (symbols.size() >= Short.MAX_VALUE) {
                throw new FileRefusedException(ImportError.at("status", "Filen har for mange ulike statussymboler."));
            }
            symbols.add(text);
            id = symbols.size();
            symbolIds.put(text, id);
        }
        return id;
    }

    private static void skipRest(JsonParser parser) {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            parser.skipChildren();
        }
    }

    private static String describe(JsonParser parser, JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "En liste";
            case START_OBJECT -> "Et objekt";
            case VALUE_TRUE, VALUE_FALSE -> "«" + parser.getString() + "»";
            default -> "«" + parser.getString() + "»";
        };
    }

    private static ImportError problem(JsonParser parser, String field, String message) {
        TokenStreamLocation where = parser.currentTokenLocation();
        return new ImportError(field, where.getLineNr(), where.getColumnNr(), message);
    }

    /** The JSON path of a parse error, from the parser's context ({@code value[3]}), or {@code file}. */
    private static String jsonPath(JacksonException e) {
        if (e.processor() instanceof JsonParser parser) {
            String pointer = parser.streamReadContext().pathAsPointer().toString();
            if (!pointer.isEmpty()) {
                return pointer.substring(1).replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.');
            }
        }
        return "file";
    }
}
