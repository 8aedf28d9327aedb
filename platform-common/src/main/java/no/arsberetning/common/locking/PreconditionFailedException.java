package no.arsberetning.common.locking;

/** A write whose {@code If-Match} does not name the current version: answered 412. */
public class PreconditionFailedException extends RuntimeException {

    private final String currentETag;

    public PreconditionFailedException(String currentETag) {
        super("Dataene er endret av noen andre siden du hentet dem. Hent på nytt og prøv igjen.");
        this.currentETag = currentETag;
    }

    public String currentETag() {
        return currentETag;
    }
}
