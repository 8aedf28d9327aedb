package no.arsberetning.gateway.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import no.arsberetning.common.problem.Problems;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway's own OpenAPI 3.1 document at {@code /v3/api-docs} (any authenticated caller): springdoc reads the
 * controllers; {@link ApiCatalogue} adds each operation's summary, roles, example answer and problem answers,
 * the routed services and every problem type with its stable URI. {@code docs/api.md} is generated from it
 * ({@code OpenApiDocumentTests}), and a test fails for a gateway endpoint the catalogue does not describe.
 */
@Configuration(proxyBeanMethods = false)
class GatewayApiDocumentation {

    static final String PROBLEM_SCHEMA = "Problem";
    /** Each problem type is also a named example, {@code components.examples["problem-<type>"]}. */
    static final String PROBLEM_EXAMPLE = "problem-";
    static final String BEARER = "bearer";
    /** What any API call may answer, whatever it does. */
    static final List<String> EVERY_CALL = List.of("unauthorized", "forbidden", "rate-limited");
    private static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    ApiCatalogue apiCatalogue() {
        return ApiCatalogue.load();
    }

    @Bean
    OpenAPI gatewayOpenApi(ApiCatalogue catalogue) {
        return new OpenAPI()
                .info(new Info().title(catalogue.title()).version("1").description(catalogue.description()
                        + "\n\n" + routes(catalogue)))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("An access token from Keycloak, realm arsberetning.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OpenApiCustomizer catalogueCustomizer(ApiCatalogue catalogue) {
        return openApi -> {
            openApi.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema(catalogue));
            catalogue.problemTypes().forEach(type -> openApi.getComponents().addExamples(PROBLEM_EXAMPLE + type.type(),
                    new Example().summary(type.title()).description("(" + type.status() + ") " + type.description())
                            .value(example(type))));
            Map<String, ApiCatalogue.ProblemType> types = catalogue.problemTypes().stream()
                    .collect(Collectors.toMap(ApiCatalogue.ProblemType::type, t -> t, (a, b) -> a, LinkedHashMap::new));
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                ApiCatalogue.Operation described = catalogue.operations().get(method.name() + " " + path);
                if (described != null) {
                    describe(operation, described, path, types);
                }
            }));
        };
    }

    private static void describe(Operation operation, ApiCatalogue.Operation described, String path,
            Map<String, ApiCatalogue.ProblemType> types) {
        operation.summary(described.summary())
                .description(described.description() + "\n\nWho: " + String.join(", ", described.roles()) + ".");
        operation.addExtension("x-roles", described.roles());
        ApiResponses responses = new ApiResponses();
        Content content = new Content();
        described.response().content().forEach((mediaType, example) -> {
            MediaType media = new MediaType();
            if (example == null) {
                media.schema(new Schema<>().type("string").format("binary"));
            } else {
                media.example(example);
            }
            content.addMediaType(mediaType, media);
        });
        responses.addApiResponse(described.response().status(), new ApiResponse().description(described.summary()).content(content));
        boolean open = described.roles().stream().anyMatch(role -> role.startsWith("anyone"));
        List<String> problems = new java.util.ArrayList<>(described.problems());
        if (!open) {
            problems.addAll(EVERY_CALL);
        } else {
            operation.setSecurity(List.of());
        }
        Map<Integer, List<ApiCatalogue.ProblemType>> byStatus = problems.stream().distinct().map(slug -> {
            ApiCatalogue.ProblemType type = types.get(slug);
            if (type == null) {
                throw new IllegalStateException(path + " names the problem type «" + slug + "», which " + ApiCatalogue.RESOURCE + " does not list");
            }
            return type;
        }).collect(Collectors.groupingBy(ApiCatalogue.ProblemType::status, TreeMap::new, Collectors.toList()));
        byStatus.forEach((status, sameStatus) -> {
            MediaType problem = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA));
            sameStatus.forEach(type -> problem.addExamples(type.type(), new Example().summary(type.title()).value(example(type))));
            responses.addApiResponse(String.valueOf(status), new ApiResponse()
                    .description(sameStatus.stream().map(ApiCatalogue.ProblemType::title).collect(Collectors.joining("; ")))
                    .content(new Content().addMediaType(PROBLEM_JSON, problem)));
        });
        operation.responses(responses);
    }

    private static Map<String, Object> example(ApiCatalogue.ProblemType type) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", Problems.TYPE_BASE + type.type());
        example.put("title", type.title());
        example.put("status", type.status());
        example.put("detail", type.exampleDetail());
        return example;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema(ApiCatalogue catalogue) {
        Schema type = new Schema<>().type("string").format("uri")
                .description("Stable URI of the problem type; each is described in components.examples \"problem-<type>\".");
        type.setEnum(catalogue.problemTypes().stream().map(t -> Problems.TYPE_BASE + t.type()).toList());
        Schema errors = new Schema<>().type("array").description("Each wrong field or place, where the problem names them.")
                .items(new Schema<>().type("object").additionalProperties(true));
        return new Schema<>().type("object").description("An RFC 9457 problem document; `detail` is Norwegian, for people.")
                .addProperty("type", type)
                .addProperty("title", new Schema<>().type("string"))
                .addProperty("status", new Schema<>().type("integer"))
                .addProperty("detail", new Schema<>().type("string"))
                .addProperty("instance", new Schema<>().type("string"))
                .addProperty("errors", errors);
    }

    private static String routes(ApiCatalogue catalogue) {
        return "Routed to the services unchanged (their own APIs):\n\n" + catalogue.routes().entrySet().stream()
                .map(route -> "- route `" + route.getKey() + "`: " + route.getValue())
                .collect(Collectors.joining("\n"));
    }
}
