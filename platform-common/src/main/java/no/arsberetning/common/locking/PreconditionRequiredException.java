package no.arsberetning.common.locking;

/** A write without {@code If-Match}: answered 428 so no client can overwrite blindly. */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException() {
        super("Endringer krever If-Match med ETag fra siste lesing.");
    }
}
