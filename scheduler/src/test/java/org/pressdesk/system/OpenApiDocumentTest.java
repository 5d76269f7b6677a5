package org.pressdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** springdoc serves the API's OpenAPI document at /api/openapi, complete enough to generate a client from. */
class OpenApiDocumentTest extends ApiTestSupport {

    private static final String PROBLEM = "#/components/schemas/Problem";

    /** The operations the code answers with 201 Created and a Location. */
    private static final List<String> CREATIONS = List.of("post /api/posts", "post /api/posts/{id}/correct",
            "post /api/users", "post /api/users/{username}/tokens");

    @Test
    void servesAnOpenApiDocumentListingThePostAndChannelEndpoints() throws Exception {
        mvc.perform(get("/api/openapi"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.openapi", startsWith("3.")))
                .andExpect(jsonPath("$.paths['/api/posts'].get").exists())
                .andExpect(jsonPath("$.paths['/api/posts'].post").exists())
                .andExpect(jsonPath("$.paths['/api/posts/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/posts/{id}/history'].get").exists())
                .andExpect(jsonPath("$.paths['/api/posts/{id}/approve'].post").exists())
                .andExpect(jsonPath("$.paths['/api/posts/{id}/reschedule'].post").exists())
                .andExpect(jsonPath("$.paths['/api/posts/{id}/withdraw'].post").exists())
                .andExpect(jsonPath("$.paths['/api/posts/{id}/correct'].post").exists())
                .andExpect(jsonPath("$.paths['/api/posts/{id}/targets/{targetId}/resolve'].post").exists())
                .andExpect(jsonPath("$.paths['/api/channels'].get").exists());
    }

    @Test
    void namesTheApiAndSaysHowToAuthenticate() throws Exception {
        JsonNode info = document().path("info");
        assertThat(info.path("title").asString()).isEqualTo("Pressdesk API");
        assertThat(info.path("version").asString()).isNotBlank();
        assertThat(info.path("description").asString())
                .contains("Authorization: Bearer pd_")
                .contains("POST /api/users/{username}/tokens");
    }

    @Test
    void declaresTheBearerTokenSchemeAndRequiresItEverywhere() throws Exception {
        JsonNode document = document();
        JsonNode scheme = document.path("components").path("securitySchemes").path("bearerToken");
        assertThat(scheme.path("type").asString()).isEqualTo("http");
        assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
        assertThat(scheme.path("bearerFormat").asString()).isNotBlank();
        assertThat(document.path("security").valueStream().map(requirement -> requirement.has("bearerToken")))
                .containsExactly(true);
    }

    @Test
    void everyOperationHasASummaryAndAUniqueOperationIdThatReadsAsAMethodName() throws Exception {
        Map<String, JsonNode> operations = operations(document());
        assertThat(operations).hasSizeGreaterThan(40);
        Set<String> ids = new HashSet<>();
        List<String> faults = new ArrayList<>();
        operations.forEach((name, operation) -> {
            String id = operation.path("operationId").asString("");
            if (!id.matches("[a-z][A-Za-z]+")) {
                faults.add(name + ": operationId '" + id + "'");
            }
            if (!ids.add(id)) {
                faults.add(name + ": operationId '" + id + "' again");
            }
            if (operation.path("summary").asString("").isBlank()) {
                faults.add(name + ": no summary");
            }
            if (operation.path("tags").isEmpty() || operation.path("tags").get(0).asString().endsWith("-controller")) {
                faults.add(name + ": tags " + operation.path("tags"));
            }
        });
        assertThat(faults).isEmpty();
    }

    @Test
    void creationsDocument201AndNot200() throws Exception {
        Map<String, JsonNode> operations = operations(document());
        for (String creation : CREATIONS) {
            JsonNode responses = operations.get(creation).path("responses");
            assertThat(responses.has("201")).as(creation + " documents 201").isTrue();
            assertThat(responses.has("200")).as(creation + " documents no 200").isFalse();
            assertThat(responses.path("201").path("headers").has("Location")).as(creation + " Location").isTrue();
        }
        assertThat(operations.get("post /api/runs").path("responses").has("202")).isTrue();
        assertThat(operations.get("delete /api/templates/{medium}/{kind}/{language}").path("responses").has("204"))
                .isTrue();
    }

    @Test
    void everyOperationDocumentsUnauthenticatedAndForbiddenAsProblems() throws Exception {
        List<String> faults = new ArrayList<>();
        operations(document()).forEach((name, operation) -> {
            for (String status : List.of("401", "403")) {
                if (!problemRef(operation, status).equals(PROBLEM)) {
                    faults.add(name + " " + status + ": " + operation.path("responses").path(status));
                }
            }
            if (name.contains("{") && !problemRef(operation, "404").equals(PROBLEM)) {
                faults.add(name + " 404: " + operation.path("responses").path("404"));
            }
            if (operation.has("requestBody") && !problemRef(operation, "400").equals(PROBLEM)) {
                faults.add(name + " 400: " + operation.path("responses").path("400"));
            }
        });
        assertThat(faults).isEmpty();
    }

    @Test
    void operationsDocumentTheirOwnRefusals() throws Exception {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        operations(document()).values().forEach(operation -> byId.put(operation.path("operationId").asString(),
                operation));
        Map<String, List<String>> expected = Map.of(
                "createPost", List.of("400", "413", "415", "422"),
                "getPost", List.of("404"),
                "approvePost", List.of("400", "404", "409", "422"),
                "withdrawPost", List.of("409"),
                "startDailyRun", List.of("400", "409"),
                "pausePublishing", List.of("409"),
                "resumePublishing", List.of("409"),
                "createUser", List.of("409"),
                "importListenerFigures", List.of("400", "413", "415"));
        expected.forEach((id, statuses) -> {
            assertThat(byId).as(id).containsKey(id);
            for (String status : statuses) {
                assertThat(problemRef(byId.get(id), status)).as(id + " " + status).isEqualTo(PROBLEM);
            }
        });
        assertThat(byId.get("listChannels").path("responses").has("404")).isFalse();
        assertThat(byId.get("getPost").path("responses").has("409")).isFalse();
    }

    @Test
    void theReportsDocumentTheirJsonAndTheirCsv() throws Exception {
        Map<String, JsonNode> operations = operations(document());
        for (String report : List.of("get /api/reports/channels", "get /api/reports/daily-runs")) {
            JsonNode content = operations.get(report).path("responses").path("200").path("content");
            assertThat(content.path("application/json").path("schema").path("$ref").asString()).as(report)
                    .startsWith("#/components/schemas/");
            assertThat(content.has("text/csv")).as(report).isTrue();
        }
    }

    @Test
    void theProblemSchemaHasTheRfc9457MembersAndTheFieldErrors() throws Exception {
        JsonNode problem = document().path("components").path("schemas").path("Problem");
        assertThat(problem.path("properties").propertyNames())
                .contains("type", "title", "status", "detail", "instance", "errors");
        JsonNode error = problem.path("properties").path("errors").path("items");
        if (error.has("$ref")) {
            String name = error.path("$ref").asString().substring("#/components/schemas/".length());
            error = document().path("components").path("schemas").path(name);
        }
        assertThat(error.path("properties").propertyNames()).contains("field", "message");
    }

    @Test
    void theActorAndAuthorFieldsAreDocumentedAsOptionalAndDeprecated() throws Exception {
        JsonNode schemas = document().path("components").path("schemas");
        for (String schema : List.of("CreatePost", "PostAction", "PostWithdrawal", "PauseRequest")) {
            String field = schema.equals("CreatePost") ? "author" : "actor";
            JsonNode property = schemas.path(schema).path("properties").path(field);
            assertThat(property.path("deprecated").asBoolean()).as(schema + "." + field + " deprecated").isTrue();
            assertThat(property.path("description").asString()).as(schema + "." + field).contains("signed-in");
            assertThat(schemas.path(schema).path("required").valueStream().map(JsonNode::asString))
                    .doesNotContain(field);
        }
    }

    private JsonNode document() throws Exception {
        String body = mvc.perform(get("/api/openapi")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return json.readTree(body);
    }

    /** Every operation, as "method path". */
    private static Map<String, JsonNode> operations(JsonNode document) {
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (List.of("get", "put", "post", "delete", "patch").contains(operation.getKey())) {
                operations.put(operation.getKey() + " " + path.getKey(), operation.getValue());
            }
        }));
        return operations;
    }

    private static String problemRef(JsonNode operation, String status) {
        return operation.path("responses").path(status).path("content").path("application/problem+json")
                .path("schema").path("$ref").asString("");
    }
}
