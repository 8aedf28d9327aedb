package no.arsberetning.gateway.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** docs/api.md, rendered from the gateway's OpenAPI document: the same document, readable without a tool. */
final class ApiPage {

    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private ApiPage() {
    }

    static String render(JsonNode document) {
        StringBuilder page = new StringBuilder();
        page.append("# The gateway's API\n\n")
                .append("<!-- Generated from the gateway's OpenAPI document (/v3/api-docs) by gateway OpenApiDocumentTests; do not edit.\n")
                .append("     The descriptions and examples live in gateway/src/main/resources/openapi/gateway-api.json. -->\n\n")
                .append("For the developers of the committee portal and other integrations. The machine-readable document is\n")
                .append("`GET /v3/api-docs` on the gateway (OpenAPI ").append(document.get("openapi").asString())
                .append(", any authenticated caller).\n\n")
                .append(document.at("/info/description").asString().strip()).append("\n\n");
        page.append("## Endpoints\n\n");
        Map<String, JsonNode> paths = new TreeMap<>();
        document.get("paths").properties().forEach(entry -> paths.put(entry.getKey(), entry.getValue()));
        List<String> index = new ArrayList<>();
        StringBuilder sections = new StringBuilder();
        paths.forEach((path, item) -> METHODS.forEach(method -> {
            JsonNode operation = item.get(method);
            if (operation != null) {
                String title = method.toUpperCase() + " " + path;
                index.add("| `" + title + "` | " + operation.path("summary").asString() + " |");
                sections.append(operation(title, operation));
            }
        }));
        page.append("| endpoint | what |\n|---|---|\n").append(String.join("\n", index)).append("\n\n").append(sections);
        page.append("## Problem types\n\n")
                .append("Every error is an RFC 9457 problem document (`application/problem+json`). Its `type` is one of these\n")
                .append("stable URIs; `title` and `detail` are Norwegian, for people.\n\n")
                .append("| type | status | title | meaning |\n|---|---|---|---|\n");
        document.at("/components/examples").properties().stream().filter(e -> e.getKey().startsWith("problem-")).forEach(e -> {
            JsonNode example = e.getValue();
            String description = example.path("description").asString();
            page.append("| `").append(example.at("/value/type").asString()).append("` | ")
                    .append(example.at("/value/status").asInt()).append(" | ").append(example.path("summary").asString()).append(" | ")
                    .append(description.substring(description.indexOf(')') + 1).strip().replace("|", "\\|")).append(" |\n");
        });
        return page.toString();
    }

    private static String operation(String title, JsonNode operation) {
        StringBuilder section = new StringBuilder("### `").append(title).append("`\n\n")
                .append("**").append(operation.path("summary").asString()).append(".** ")
                .append(operation.path("description").asString().strip()).append("\n\n");
        List<String> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameter -> parameters.add("`" + parameter.path("name").asString() + "` ("
                + parameter.path("in").asString() + (parameter.path("required").asBoolean() ? ", required" : "") + ")"));
        if (operation.has("requestBody")) {
            operation.at("/requestBody/content").properties().forEach(media -> parameters.add("body `" + media.getKey() + "`"));
        }
        if (!parameters.isEmpty()) {
            section.append("Parameters: ").append(String.join(", ", parameters)).append(".\n\n");
        }
        List<String> answers = new ArrayList<>();
        StringBuilder examples = new StringBuilder();
        operation.path("responses").properties().forEach(response -> {
            String status = response.getKey();
            List<String> media = new ArrayList<>();
            response.getValue().path("content").properties().forEach(content -> {
                media.add(content.getKey());
                JsonNode example = content.getValue().get("example");
                if (example != null && status.startsWith("2")) {
                    examples.append("<details><summary>Example: ").append(status).append(" ").append(content.getKey())
                            .append("</summary>\n\n```").append(example.isString() ? "" : "json").append('\n')
                            .append(example.isString() ? example.asString().strip() : PRETTY.writeValueAsString(example))
                            .append("\n```\n\n</details>\n\n");
                }
                content.getValue().path("examples").properties().forEach(problem -> media.add("`" + problem.getKey() + "`"));
            });
            answers.add("`" + status + "` " + String.join(", ", media));
        });
        section.append("Answers: ").append(String.join("; ", answers)).append(".\n\n").append(examples);
        return section.toString();
    }
}
