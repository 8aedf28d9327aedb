package no.arsberetning.gateway.releases;

/** A release needs every service; one of them could not be reached (503, safe to retry with the same key). */
class ServicesUnavailableException extends RuntimeException {

    ServicesUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
