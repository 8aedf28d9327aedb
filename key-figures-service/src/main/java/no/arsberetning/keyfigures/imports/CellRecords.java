package no.arsberetning.keyfigures.imports;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file of cells, written and read in sequence: a value (exact: unscaled long and scale, or the decimal's text
 * when it does not fit) or a status symbol (by number), each at a position. The import spills what it reads into
 * one, then sorts them into partitions of the same format, so no file is ever held in memory whole.
 */
final class CellRecords {

    static final byte VALUE = 1;
    static final byte BIG_VALUE = 2;
    static final byte STATUS = 3;

    private CellRecords() {
    }

    /** Writes cells to a file. */
    static final class Writer implements AutoCloseable {

        private final DataOutputStream out;
        private long count;

        Writer(Path file) {
            try {
                out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void value(int position, long unscaled, int scale) {
            try {
                if (scale >= Byte.MIN_VALUE && scale <= Byte.MAX_VALUE) {
                    out.writeByte(VALUE);
                    out.writeInt(position);
                    out.writeLong(unscaled);
                    out.writeByte(scale);
                } else {
                    big(position, BigDecimal.valueOf(unscaled, scale));
                }
                count++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void value(int position, BigDecimal value) {
            try {
                BigDecimal exact = value.scale() < 0 ? value.setScale(0) : value;
                if (exact.unscaledValue().bitLength() < 64 && exact.scale() >= Byte.MIN_VALUE && exact.scale() <= Byte.MAX_VALUE) {
                    value(position, exact.unscaledValue().longValue(), exact.scale());
                    return;
                }
                big(position, value);
                count++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void big(int position, BigDecimal value) throws IOException {
            out.writeByte(BIG_VALUE);
            out.writeInt(position);
            out.writeUTF(value.toString());
        }

        void status(int position, int symbol) {
            try {
                out.writeByte(STATUS);
                out.writeInt(position);
                out.writeShort(symbol);
                count++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Copies one record as read. */
        void copy(Cell cell, int position) {
            switch (cell.kind) {
                case VALUE -> value(position, cell.unscaled, cell.scale);
                case BIG_VALUE -> value(position, cell.big);
                default -> status(position, cell.symbol);
            }
        }

        long count() {
            return count;
        }

        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One record as read; reused from record to record. */
    static final class Cell {
        byte kind;
        int position;
        long unscaled;
        int scale;
        BigDecimal big;
        int symbol;

        BigDecimal decimal() {
            return kind == BIG_VALUE ? big : BigDecimal.valueOf(unscaled, scale);
        }
    }

    /** Reads cells in the order they were written. */
    static final class Reader implements AutoCloseable {

        private final DataInputStream in;
        private final Cell cell = new Cell();

        Reader(Path file) {
            try {
                in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The next cell (the same object each time), or null at the end. */
        Cell next() {
            try {
                int kind = in.read();
                if (kind < 0) {
                    return null;
                }
                cell.kind = (byte) kind;
                cell.position = in.readInt();
                switch (cell.kind) {
                    case VALUE -> {
                        cell.unscaled = in.readLong();
                        cell.scale = in.readByte();
                    }
                    case BIG_VALUE -> cell.big = new BigDecimal(in.readUTF());
                    case STATUS -> cell.symbol = in.readShort();
                    default -> throw new IOException("Unknown cell record " + kind);
                }
                return cell;
            } catch (EOFException e) {
                throw new UncheckedIOException("Cell file ends inside a record", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
