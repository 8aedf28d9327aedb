package no.arsberetning.gateway.reports;

import tools.jackson.databind.ObjectMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A composed answer as JSON bytes, written once with the mapper WebFlux writes answers with, so that an answer kept
 * per version ({@link ComposedVersions}) is sent as it is instead of being serialized again for every request (for
 * the composed report, 3 of its 4 ms through the gateway; bench/README.md). Its controller documents the answer's
 * schema ({@code @ApiResponse}), which the bytes no longer tell springdoc.
 */
@Component
public class JsonAnswers {

    private final ObjectMapper json;

    JsonAnswers(ObjectMapper json) {
        this.json = json;
    }

    public ResponseEntity<byte[]> ok(Object body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsBytes(body));
    }
}
