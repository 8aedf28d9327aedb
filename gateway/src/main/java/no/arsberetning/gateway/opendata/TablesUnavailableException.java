package no.arsberetning.gateway.opendata;

/** A service holding part of the report did not answer: its tables cannot be listed or served now (503). */
class TablesUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    TablesUnavailableException(String message) {
        super(message);
    }
}
