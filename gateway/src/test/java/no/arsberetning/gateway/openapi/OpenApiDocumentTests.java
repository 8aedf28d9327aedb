package no.arsberetning.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import no.arsberetning.common.problem.Problems;
import no.arsberetning.common.security.KeycloakAuthorities;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's own OpenAPI document covers every endpoint of the gateway (each controller method, functional
 * route and routed service), with a summary, the roles, an example answer and its problem answers; every problem
 * type the platform's code uses is listed with its stable URI; and {@code docs/api.md} is exactly what the
 * document renders to. A new gateway endpoint fails these tests until {@code openapi/gateway-api.json} describes
 * it and docs/api.md is regenerated (the failure says how).
 */
@SpringBootTest(properties = {"spring.cloud.config.enabled=false", "GATEWAY_CLIENT_SECRET=test-only"})
@AutoConfigureWebTestClient
class OpenApiDocumentTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @Autowired
    WebTestClient http;
    @Autowired
    ApplicationContext context;
    @Autowired
    GatewayProperties gateway;
    @Autowired
    ApiCatalogue catalogue;

    @Test
    void anyAuthenticatedCallerReadsAnOpenApi31Document() {
        for (String role : List.of("committee", "staff", "controller")) {
            JsonNode document = document(role);

            assertThat(document.get("openapi").asString()).startsWith("3.1");
            assertThat(document.at("/info/title").asString()).isEqualTo("Årsberetning gateway API");
        }
    }

    @Test
    void withoutATokenTheDocumentIsNotServed() {
        http.get().uri("/v3/api-docs").accept(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().value(status -> assertThat(status).isNotEqualTo(200));
    }

    @Test
    void everyControllerMethodAndFunctionalRouteOfTheGatewayIsInTheDocument() {
        JsonNode paths = document("staff").get("paths");
        List<String> endpoints = new ArrayList<>(controllerEndpoints());
        endpoints.addAll(functionalRoutes());

        assertThat(endpoints).as("the gateway's endpoints").hasSizeGreaterThan(10);
        assertThat(endpoints).allSatisfy(endpoint -> {
            String method = endpoint.substring(0, endpoint.indexOf(' ')).toLowerCase();
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            assertThat(paths.at("/" + path.replace("~", "~0").replace("/", "~1") + "/" + method).isMissingNode())
                    .as("%s is in /v3/api-docs", endpoint).isFalse();
        });
    }

    @Test
    void everyOperationIsDescribedWithRolesAnExampleAndItsProblemAnswers() {
        JsonNode document = document("staff");
        List<String> operations = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (!METHODS.contains(method.getKey())) {
                return;
            }
            String name = method.getKey().toUpperCase() + " " + path.getKey();
            operations.add(name);
            JsonNode operation = method.getValue();
            assertThat(catalogue.operations()).as("openapi/gateway-api.json describes %s", name).containsKey(name);
            assertThat(operation.path("summary").asString()).as("%s summary", name).isNotBlank();
            assertThat(operation.path("x-roles").isArray()).as("%s roles", name).isTrue();
            JsonNode success = successResponse(operation);
            assertThat(success).as("%s has a 2xx answer", name).isNotNull();
            success.path("content").properties().forEach(media -> assertThat(
                    media.getValue().has("example") || media.getValue().at("/schema/format").asString().equals("binary"))
                    .as("%s %s has an example (or is a binary file)", name, media.getKey()).isTrue());
            operation.path("responses").properties().stream().filter(r -> r.getKey().startsWith("4") || r.getKey().startsWith("5"))
                    .forEach(problem -> assertThat(problem.getValue().at("/content/application~1problem+json/schema/$ref").asString())
                            .as("%s %s is a problem document", name, problem.getKey()).endsWith("/Problem"));
        }));
        assertThat(catalogue.operations().keySet()).as("no description of an endpoint that does not exist")
                .containsExactlyInAnyOrderElementsOf(operations);
    }

    @Test
    void everyRouteToAServiceIsDescribed() {
        List<String> routes = gateway.getRoutes().stream().map(RouteDefinition::getId).toList();

        assertThat(routes).isNotEmpty();
        assertThat(catalogue.routes().keySet()).containsExactlyInAnyOrderElementsOf(routes);
        String description = document("staff").at("/info/description").asString();
        routes.forEach(route -> assertThat(description).contains("route `" + route + "`"));
    }

    @Test
    void everyProblemTypeTheCodeUsesHasAStableUriAndALine() throws IOException {
        Set<String> used = problemTypesInTheCode();
        Set<String> listed = catalogue.problemTypes().stream().map(ApiCatalogue.ProblemType::type).collect(Collectors.toCollection(TreeSet::new));

        assertThat(used).as("problem types in the code").contains("invalid-request", "not-found", "unreadable-file");
        assertThat(listed).as("problem types in openapi/gateway-api.json").isEqualTo(used);
        JsonNode typeSchema = document("staff").at("/components/schemas/Problem/properties/type");
        assertThat(typeSchema.get("enum").valueStream().map(JsonNode::asString).toList())
                .containsExactlyElementsOf(catalogue.problemTypes().stream().map(t -> Problems.TYPE_BASE + t.type()).toList());
        String page = Files.readString(REPOSITORY.resolve("docs/api.md"));
        listed.forEach(type -> assertThat(page).contains("`" + Problems.TYPE_BASE + type + "`"));
    }

    @Test
    void theApiPageInDocsIsGeneratedFromTheDocument() throws IOException {
        String generated = ApiPage.render(document("staff"));
        Path committed = REPOSITORY.resolve("docs/api.md");
        String current = Files.exists(committed) ? Files.readString(committed) : "";

        if (!generated.equals(current)) {
            Path fresh = Path.of("target", "api.md");
            Files.createDirectories(fresh.getParent());
            Files.writeString(fresh, generated, StandardCharsets.UTF_8);
            throw new AssertionError("docs/api.md is not what the gateway's OpenAPI document renders to. Review and copy "
                    + "the regenerated page: cp gateway/" + fresh + " docs/api.md");
        }
    }

    /** The document as this role reads it (generated once per context; the first one is slow on a busy machine). */
    private JsonNode document(String role) {
        byte[] body = http.mutate().responseTimeout(Duration.ofSeconds(60)).build().mutateWith(mockJwt().jwt(j -> j.claim("preferred_username", "test." + role)
                                .claim("realm_access", Map.of("roles", List.of(role))))
                        .authorities(new KeycloakAuthorities()))
                .get().uri("/v3/api-docs").accept(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isOk()
                .expectBody().returnResult().getResponseBody();
        return JSON.readTree(body);
    }

    private static JsonNode successResponse(JsonNode operation) {
        return operation.path("responses").properties().stream().filter(r -> r.getKey().startsWith("2"))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** "GET /api/reports/{year}" for every request mapping of a gateway controller (a path variable's regex dropped). */
    private List<String> controllerEndpoints() {
        List<String> endpoints = new ArrayList<>();
        context.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().forEach((info, method) -> {
                    if (!method.getBeanType().getPackageName().startsWith("no.arsberetning.gateway")) {
                        return;
                    }
                    info.getPatternsCondition().getPatterns().forEach(pattern -> info.getMethodsCondition().getMethods()
                            .forEach(verb -> endpoints.add(verb.name() + " " + withoutRegex(pattern.getPatternString()))));
                }));
        return endpoints;
    }

    /** Functional endpoints (RouterFunction beans) the gateway may declare, as "GET /path". */
    private List<String> functionalRoutes() {
        List<String> endpoints = new ArrayList<>();
        Pattern route = Pattern.compile("(GET|POST|PUT|PATCH|DELETE) && (/\\S+?)\\)");
        context.getBeansOfType(RouterFunction.class).values().stream()
                .filter(function -> function.getClass().getName().startsWith("no.arsberetning") || function.toString().contains("/api/"))
                .forEach(function -> {
                    Matcher matcher = route.matcher(function.toString());
                    while (matcher.find()) {
                        endpoints.add(matcher.group(1) + " " + withoutRegex(matcher.group(2)));
                    }
                });
        return endpoints;
    }

    private static String withoutRegex(String pattern) {
        return pattern.replaceAll("\\{(\\w+):(?:[^{}]|\\{[^}]*})*}", "{$1}");
    }

    /**
     * Problem type slugs in the main code of every module: the string literals of each {@code Problems.of(…)} call
     * (and {@code of(…)} inside Problems itself) up to its first {@code ;}, that look like a slug.
     */
    private static Set<String> problemTypesInTheCode() throws IOException {
        Pattern call = Pattern.compile("(?:Problems\\.of|[=\\s]of)\\(HttpStatus[^;]*?;|Problems\\.of\\(status[^;]*?;", Pattern.DOTALL);
        Pattern slug = Pattern.compile("\"([a-z]+(?:-[a-z]+)*)\"");
        Set<String> types = new TreeSet<>();
        try (Stream<Path> files = Files.walk(REPOSITORY)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/java/")).toList()) {
                Matcher calls = call.matcher(Files.readString(file));
                while (calls.find()) {
                    Matcher slugs = slug.matcher(calls.group());
                    while (slugs.find()) {
                        types.add(slugs.group(1));
                    }
                }
            }
        }
        return types;
    }
}
