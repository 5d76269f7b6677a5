package org.pressdesk.system;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Each kind of refusal names its own RFC 9457 problem type, so a client can tell them apart without
 * parsing the text; the type comes with the exception that refuses the request.
 */
class ProblemTypesTest extends ApiTestSupport {

    private static String type(String name) {
        return "urn:pressdesk:problem:" + name;
    }

    @Test
    void invalidFieldsAreInvalidRequests() throws Exception {
        Map<String, Object> untitled = aPost();
        untitled.remove("title");
        Map<String, Object> klingon = aPost();
        klingon.put("language", "tlh");

        expectType(create(untitled), HttpStatus.BAD_REQUEST, "invalid-request", "title");
        expectType(create(klingon), HttpStatus.BAD_REQUEST, "invalid-request", "language");
        expectType(mvc.perform(get("/api/posts?size=0")), HttpStatus.BAD_REQUEST, "invalid-request", "size");
    }

    @Test
    void anUnknownChannelIsItsOwnProblem() throws Exception {
        expectType(mvc.perform(get("/api/posts?channel=facebook")), HttpStatus.BAD_REQUEST, "unknown-channel",
                "channel");
    }

    @Test
    void aPostMissingIsNotFoundAndAMoveTheLifecycleForbidsIsAnIllegalTransition() throws Exception {
        long id = created(aPost());

        expectType(getPost(id + 1000), HttpStatus.NOT_FOUND, "not-found");
        expectType(act(id, "approve", "陳主任"), HttpStatus.CONFLICT, "illegal-transition");
    }

    @Test
    void theAuthorApprovingTheirOwnPostIsAFourEyesProblem() throws Exception {
        long id = created(aPost());
        act(id, "submit", "王小明");

        expectType(act(id, "approve", "王小明"), HttpStatus.FORBIDDEN, "four-eyes");
    }

    @Test
    void contentAChannelRefusesIsAContentViolation() throws Exception {
        Map<String, Object> long_ = aPost();
        // A statement, whose body is what the channel publishes (an answer's text is in its fields).
        long_.put("kind", "STATEMENT");
        long_.remove("fields");
        long_.put("body", "中方歡迎各方恢復對話。".repeat(40));
        long_.put("targets", List.of(target("x-sample")));

        expectType(create(long_), HttpStatus.UNPROCESSABLE_CONTENT, "content-violation")
                .andExpect(jsonPath("$.violations['x-sample']").isNotEmpty());
    }

    @Test
    void aTemplateThatDoesNotParseIsAnInvalidTemplateAndAMissingOneIsNotFound() throws Exception {
        expectType(mvc.perform(put("/api/templates/microblog/spokesperson-answer/zh-Hant")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("source", "答：[(${answer)]", "actor", "editor-li")))),
                HttpStatus.BAD_REQUEST, "invalid-template", "source");
        expectType(mvc.perform(get("/api/templates/web/treaty-document/en")
                        .accept(MediaType.APPLICATION_JSON)),
                HttpStatus.NOT_FOUND, "not-found");
    }

    @Test
    void aBodyOverTheLimitIsTooLarge() throws Exception {
        Map<String, Object> huge = aPost();
        huge.put("body", "x".repeat(70 * 1024));

        expectType(create(huge), HttpStatus.CONTENT_TOO_LARGE, "request-too-large");
    }

    private static ResultActions expectType(ResultActions result, HttpStatus status, String type, String... fields)
            throws Exception {
        return expectProblem(result, status, fields).andExpect(jsonPath("$.type").value(type(type)));
    }
}
