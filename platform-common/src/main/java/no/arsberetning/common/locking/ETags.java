package no.arsberetning.common.locking;

/**
 * Optimistic locking over HTTP (brief § 5): a document's {@code @Version} is its strong ETag, and a write
 * must send it back in {@code If-Match}.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Checks an {@code If-Match} header against the current version.
     *
     * @throws PreconditionRequiredException when the header is missing
     * @throws PreconditionFailedException when it names another version
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        String current = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(current)) {
                return;
            }
        }
        throw new PreconditionFailedException(current);
    }
}
