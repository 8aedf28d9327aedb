package no.arsberetning.gateway.services;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Values kept by key, each with the version it was made from, and found again only for that version: the newest
 * value per key, at most a given number of keys (a Caffeine cache bounded by size). Thread-safe.
 */
public final class KeptByVersion {

    private final Cache<String, Entry> kept;

    public KeptByVersion(long maximumKeys) {
        this.kept = Caffeine.newBuilder().maximumSize(maximumKeys).build();
    }

    /** The value kept under the key for exactly this version, or null; the caller knows what it put there. */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Object version) {
        Entry entry = kept.getIfPresent(key);
        return entry != null && entry.version().equals(version) ? (T) entry.value() : null;
    }

    /** Keeps the value made from this version, in place of whatever the key held. */
    public void put(String key, Object version, Object value) {
        kept.put(key, new Entry(version, value));
    }

    private record Entry(Object version, Object value) {
    }
}
