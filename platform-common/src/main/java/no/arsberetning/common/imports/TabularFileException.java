package no.arsberetning.common.imports;

/**
 * A file that cannot be read as a table: wrong file type, corrupt or suspicious zip, not UTF-8, too large.
 * The message is Norwegian and meant for the person who uploaded the file.
 */
public class TabularFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TabularFileException(String message) {
        super(message);
    }

    public TabularFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
