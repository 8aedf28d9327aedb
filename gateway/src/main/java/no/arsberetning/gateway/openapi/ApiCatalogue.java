package no.arsberetning.gateway.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the gateway's OpenAPI document says beyond what springdoc reads from the controllers, kept as data in
 * {@code openapi/gateway-api.json}: per operation ({@code "GET /api/reports/{year}"}) its summary, description,
 * roles, the problem types it may answer and an example of its answer; the routed services; and every problem
 * type with its stable URI. Examples are plain maps and lists, so any JSON writer renders them.
 */
record ApiCatalogue(String title, String description, Map<String, String> routes, List<ProblemType> problemTypes,
        Map<String, Operation> operations) {

    static final String RESOURCE = "openapi/gateway-api.json";

    static ApiCatalogue load() {
        try (InputStream in = ApiCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("No " + RESOURCE + " on the class path");
            }
            return JsonMapper.builder().build().readValue(in, new TypeReference<ApiCatalogue>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A problem type: its slug (the URI is {@code Problems.TYPE_BASE + type}), HTTP status, title and meaning. */
    record ProblemType(String type, int status, String title, String description, String exampleDetail) {
    }

    /**
     * One operation: {@code response.content} maps a media type to an example (null for a binary file such as a
     * PDF); {@code problems} are problem type slugs beyond those every API call may answer.
     */
    record Operation(String summary, String description, List<String> roles, List<String> problems, Response response) {
    }

    record Response(String status, LinkedHashMap<String, Object> content) {
    }
}
