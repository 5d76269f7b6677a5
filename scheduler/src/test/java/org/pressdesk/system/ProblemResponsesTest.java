package org.pressdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import jakarta.servlet.ServletContext;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Requests refused before any field is looked at: bodies that are no JSON, too large, of another
 * media type, and paths or methods the API does not have. All answer problem+json and store nothing.
 */
class ProblemResponsesTest extends ApiTestSupport {

    /** The API's limit, {@code pressdesk.api.max-request-size}. */
    private static final int LIMIT = 64 * 1024;

    private String before;

    @BeforeEach
    void oneScheduledPostAlreadyStored() throws Exception {
        scheduledPost();
        before = storedState();
    }

    @AfterEach
    void nothingWasStored() {
        assertThat(storedState()).isEqualTo(before);
    }

    @Test
    void refusesMalformedJson() throws Exception {
        expectProblem(postJsonText("/api/posts", "{\"kind\": \"STATEMENT\", \"title\": "), HttpStatus.BAD_REQUEST)
                .andExpect(jsonPath("$.title").value("Malformed request"));
        expectProblem(postJsonText("/api/posts", "kind=STATEMENT"), HttpStatus.BAD_REQUEST);
    }

    /** Which of two values was meant is the sender's to say, not the parser's to guess. */
    @Test
    void refusesAPropertyGivenTwice() throws Exception {
        String twice = json.writeValueAsString(aPost()).replaceFirst("\\{", "{\"title\": \"a\", ");

        expectProblem(postJsonText("/api/posts", twice), HttpStatus.BAD_REQUEST, "title")
                .andExpect(jsonPath("$.errors[0].message", containsString("twice")));
    }

    @Test
    void refusesAnEmptyBody() throws Exception {
        expectProblem(postJsonText("/api/posts", ""), HttpStatus.BAD_REQUEST);
        expectProblem(mvc.perform(post("/api/posts").contentType(MediaType.APPLICATION_JSON)), HttpStatus.BAD_REQUEST);
        expectProblem(postJsonText("/api/posts/1/submit", ""), HttpStatus.BAD_REQUEST);
    }

    @Test
    void refusesJsonThatIsNoObject() throws Exception {
        expectProblem(postJsonText("/api/posts", "[]"), HttpStatus.BAD_REQUEST);
        expectProblem(postJsonText("/api/posts", "null"), HttpStatus.BAD_REQUEST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"just a string\"", "42", "[{\"kind\": \"STATEMENT\"}]"})
    void callsWellFormedJsonOfTheWrongShapeJustThat(String body) throws Exception {
        expectProblem(postJsonText("/api/posts", body), HttpStatus.BAD_REQUEST)
                .andExpect(jsonPath("$.title").value("Request body of the wrong shape"))
                .andExpect(jsonPath("$.detail", containsString("well-formed JSON")))
                .andExpect(jsonPath("$.detail", containsString("a JSON object")))
                .andExpect(jsonPath("$.detail", not(containsString("not well-formed"))));
    }

    @Test
    void callsJsonThatDoesNotParseNotWellFormed() throws Exception {
        expectProblem(postJsonText("/api/posts", "{\"kind\": \"STATEMENT\",}"), HttpStatus.BAD_REQUEST)
                .andExpect(jsonPath("$.title").value("Malformed request"))
                .andExpect(jsonPath("$.detail", containsString("not well-formed JSON")));
    }

    @Test
    void refusesABodyOverTheLimitFromItsDeclaredLength() throws Exception {
        String body = oversizedPost();

        expectProblem(postJsonText("/api/posts", body), HttpStatus.CONTENT_TOO_LARGE)
                .andExpect(jsonPath("$.detail", containsString("64 KiB")))
                .andExpect(refused -> assertThat(refused.getResolvedException()).isNull());
    }

    @Test
    void refusesABodyOverTheLimitWhileReadingItWhenNoLengthIsDeclared() throws Exception {
        ResultActions result = mvc.perform(new UndeclaredLengthRequest("/api/posts")
                .contentType(MediaType.APPLICATION_JSON).content(oversizedPost()));

        expectProblem(result, HttpStatus.CONTENT_TOO_LARGE)
                .andExpect(jsonPath("$.detail", containsString("64 KiB")))
                // Refused by the limited stream while the body was read, not by the filter's length check.
                .andExpect(refused -> assertThat(refused.getResolvedException()).isNotNull());
    }

    @Test
    void acceptsABodyJustUnderTheLimitWithoutALengthAsFarAsSizeGoes() throws Exception {
        // Under the limit the request reaches validation, which refuses the 20,000-character body on its own terms.
        String body = jsonOfSize(LIMIT - 10);

        expectProblem(mvc.perform(new UndeclaredLengthRequest("/api/posts")
                .contentType(MediaType.APPLICATION_JSON).content(body)), HttpStatus.BAD_REQUEST, "body");
        expectProblem(postJsonText("/api/posts", body), HttpStatus.BAD_REQUEST, "body");
    }

    @Test
    void refusesAnotherMediaTypeSayingToSendJson() throws Exception {
        expectProblem(mvc.perform(post("/api/posts").contentType(MediaType.APPLICATION_XML).content("<post/>")),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .andExpect(jsonPath("$.detail", containsString("application/xml")))
                .andExpect(jsonPath("$.detail", containsString("send it as application/json")));
        expectProblem(mvc.perform(post("/api/posts").contentType(MediaType.TEXT_PLAIN).content("{}")),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .andExpect(jsonPath("$.detail", containsString("send it as application/json")));
    }

    @Test
    void answersUnknownPathsAndMethodsWithProblems() throws Exception {
        expectProblem(mvc.perform(get("/api/drafts")), HttpStatus.NOT_FOUND);
        expectProblem(mvc.perform(delete("/api/posts")), HttpStatus.METHOD_NOT_ALLOWED);
    }

    private ResultActions postJsonText(String uri, String body) throws Exception {
        return mvc.perform(post(uri).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** A valid post but for a body that makes the request 70 KiB. */
    private String oversizedPost() throws Exception {
        String body = jsonOfSize(LIMIT + 6 * 1024);
        assertThat(body.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(LIMIT);
        return body;
    }

    /** The standard post with its body padded so the JSON is {@code bytes} long in UTF-8. */
    private String jsonOfSize(int bytes) throws Exception {
        Map<String, Object> post = aPost();
        post.put("body", "");
        int padding = bytes - json.writeValueAsBytes(post).length;
        post.put("body", "x".repeat(padding));
        String text = json.writeValueAsString(post);
        assertThat(text.getBytes(StandardCharsets.UTF_8)).hasSize(bytes);
        return text;
    }

    /** A POST whose request declares no length, as a chunked upload does. */
    private static final class UndeclaredLengthRequest
            extends AbstractMockHttpServletRequestBuilder<UndeclaredLengthRequest> {

        UndeclaredLengthRequest(String uri) {
            super(HttpMethod.POST);
            uri(uri);
            with(request -> {
                request.removeHeader(HttpHeaders.CONTENT_LENGTH);
                return request;
            });
        }

        @Override
        protected MockHttpServletRequest createServletRequest(ServletContext servletContext) {
            return new MockHttpServletRequest(servletContext) {
                @Override
                public int getContentLength() {
                    return -1;
                }

                @Override
                public long getContentLengthLong() {
                    return -1;
                }
            };
        }
    }
}
