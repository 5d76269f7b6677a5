package org.pressdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.pressdesk.post.PostNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;

/**
 * problem+json is the REST API's way of answering errors, and only the API's: a page outside
 * {@code /api} that meets the same exception keeps its status but is left to the servlet
 * container's error page (Boot's error handling), and so is a path outside {@code /api} that does
 * not exist. Unknown paths inside {@code /api} answer problems (see {@link ProblemResponsesTest}).
 */
class ApiScopeTest extends ApiTestSupport {

    @Test
    void aPageOutsideTheApiMeetingAMissingPostGetsTheErrorPageWithItsStatusNotAProblem() throws Exception {
        MvcResult result = mvc.perform(get(PageOutsideTheApi.PATH, 404).accept(MediaType.TEXT_HTML)).andReturn();

        MockHttpServletResponse response = result.getResponse();
        assertThat(response.getStatus()).isEqualTo(HttpStatus.NOT_FOUND.value());
        assertThat(result.getResolvedException()).isInstanceOf(PostNotFoundException.class);
        // Sent as an error for the container's error page to render, not written as a body here.
        assertThat(response.getContentAsString()).isEmpty();
        assertThat(response.getContentType()).isNull();
        assertThat(response.isCommitted()).isTrue();
    }

    @Test
    void anUnknownPathOutsideTheApiIsNoProblemEither() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/no-such-page").accept(MediaType.TEXT_HTML))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(HttpStatus.NOT_FOUND.value());
        assertThat(response.getContentAsString()).isEmpty();
        assertThat(response.getContentType()).isNull();
    }

    @Test
    void theSameExceptionInsideTheApiIsAProblem() throws Exception {
        expectProblem(getPost(404), HttpStatus.NOT_FOUND);
        expectProblem(mvc.perform(get("/api/posts/404").accept(MediaType.TEXT_HTML)), HttpStatus.NOT_FOUND);
    }
}
