package no.arsberetning.keyfigures.imports;

import java.util.List;

/** The file cannot be imported; nothing was made visible. */
class FileRefusedException extends RuntimeException {

    private final transient List<ImportError> errors;

    FileRefusedException(List<ImportError> errors) {
        super("Filen kan ikke importeres: " + String.join("; ", errors.stream().map(ImportError::message).toList()));
        this.errors = List.copyOf(errors);
    }

    FileRefusedException(ImportError error) {
        this(List.of(error));
    }

    List<ImportError> errors() {
        return errors;
    }
}
