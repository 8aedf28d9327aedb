package no.arsberetning.common.changes;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Versioned reads for every {@link VersionedRead} handler: the {@code ETag} is this program's build and
 * the year's change version ({@code "<build>-<year>-<version>"}, opaque to clients), so it changes with
 * every write of the year and with new code, never names a stale body, and is the same on every replica
 * of one build (an {@code ETag} one pod gave is answered {@code 304} by the others). A matching
 * {@code If-None-Match} is answered {@code 304} without building anything; otherwise the serialized
 * answer is kept per path (the newest version only, at most {@value #MAX_KEPT} paths of at most
 * {@value #MAX_BYTES} bytes) and sent again until the counter moves. Runs after the security filters; while
 * the database cannot be reached it steps aside, and the handler answers as it does then.
 */
public class VersionedReads extends OncePerRequestFilter {

    static final int MAX_KEPT = 64;
    static final int MAX_BYTES = 8 * 1024 * 1024;

    private final ChangeCounters counters;
    private final RequestMappingHandlerMapping mappings;
    private final String build;
    private final Cache<String, Kept> kept = Caffeine.newBuilder().maximumSize(MAX_KEPT).build();
    private volatile List<PathPattern> patterns;

    /** @param build what identifies the program's code ({@link ProgramBuild}) */
    public VersionedReads(ChangeCounters counters, RequestMappingHandlerMapping mappings, String build) {
        this.counters = counters;
        this.mappings = mappings;
        this.build = build;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Integer year = versionedYear(request);
        if (year == null) {
            chain.doFilter(request, response);
            return;
        }
        String version;
        try {
            version = counters.version(year);
        } catch (DataAccessException unavailable) {
            chain.doFilter(request, response);
            return;
        }
        String etag = etag(year, version);
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setHeader(HttpHeaders.ETAG, etag);
            return;
        }
        String key = key(request.getRequestURI(), request.getQueryString());
        Kept answer = kept(key);
        if (answer != null && answer.etag().equals(etag)) {
            response.setHeader(HttpHeaders.ETAG, etag);
            response.setContentType(answer.contentType());
            response.setContentLength(answer.body().length);
            response.getOutputStream().write(answer.body());
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() == HttpServletResponse.SC_OK) {
            wrapper.setHeader(HttpHeaders.ETAG, etag);
            byte[] body = wrapper.getContentAsByteArray();
            if (body.length <= MAX_BYTES) {
                keep(key, new Kept(etag, wrapper.getContentType(), body));
            }
        }
        wrapper.copyBodyToResponse();
    }

    /**
     * Builds the answer of a versioned path without a query before anyone asks for it, and keeps it as if it had been
     * asked for: under the version read before building, so a write in between leaves it unused, never stale.
     */
    public void prime(String path, int year, Supplier<byte[]> json) {
        String etag = etag(year, counters.version(year));
        byte[] body = json.get();
        if (body.length <= MAX_BYTES) {
            keep(key(path, null), new Kept(etag, MediaType.APPLICATION_JSON_VALUE, body));
        }
    }

    /** The answer kept for a path (without a query), if any: what {@link #prime} left. */
    byte[] keptBody(String path) {
        Kept answer = kept(key(path, null));
        return answer == null ? null : answer.body();
    }

    private String etag(int year, String version) {
        return "\"" + build + "-" + year + "-" + version + "\"";
    }

    private static String key(String uri, String query) {
        return uri + "?" + query;
    }

    private Integer versionedYear(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        for (PathPattern pattern : patterns()) {
            PathPattern.PathMatchInfo match = pattern.matchAndExtract(path);
            if (match != null) {
                try {
                    return Integer.valueOf(match.getUriVariables().get("year"));
                } catch (NumberFormatException notAYear) {
                    return null;
                }
            }
        }
        return null;
    }

    private List<PathPattern> patterns() {
        if (patterns == null) {
            patterns = mappings.getHandlerMethods().entrySet().stream()
                    .filter(e -> isVersioned(e.getValue()))
                    .map(Map.Entry::getKey)
                    .map(RequestMappingInfo::getPathPatternsCondition)
                    .filter(condition -> condition != null)
                    .flatMap(condition -> condition.getPatterns().stream())
                    .toList();
        }
        return patterns;
    }

    private static boolean isVersioned(HandlerMethod handler) {
        return handler.hasMethodAnnotation(VersionedRead.class);
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private Kept kept(String key) {
        return kept.getIfPresent(key);
    }

    private void keep(String key, Kept answer) {
        kept.put(key, answer);
    }

    private record Kept(String etag, String contentType, byte[] body) {
    }
}
