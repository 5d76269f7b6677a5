package org.pressdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pressdesk.post.TargetState;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Every JSON body the API takes refuses properties it does not know, naming them and, where one
 * is close, the property meant; and a refused body reports all its problems in one answer.
 */
class RequestBodyRefusalsTest extends ApiTestSupport {

    private long postId;
    private long unknownOutcomeTarget;
    private String before;

    @BeforeEach
    void oneScheduledPostWithAnUnknownOutcome() throws Exception {
        postId = scheduledPost();
        unknownOutcomeTarget = moveTarget(postId, "x-sample", TargetState.PUBLISHING, TargetState.OUTCOME_UNKNOWN).id();
        before = storedState();
    }

    @AfterEach
    void nothingWasStored() {
        assertThat(storedState()).isEqualTo(before);
    }

    static Stream<Arguments> everyBody() {
        return Stream.of(
                Arguments.of("POST", "/api/posts", aPost()),
                Arguments.of("POST", "/api/posts/preview", aPost()),
                Arguments.of("POST", "/api/posts/{id}/submit", by("王小明")),
                Arguments.of("POST", "/api/posts/{id}/approve", by("陳主任")),
                Arguments.of("POST", "/api/posts/{id}/return", by("陳主任")),
                Arguments.of("POST", "/api/posts/{id}/cancel", by("陳主任")),
                Arguments.of("POST", "/api/posts/{id}/reschedule", with(by("陳主任"), "scheduledAt", "now")),
                Arguments.of("POST", "/api/posts/{id}/targets/{target}/resolve",
                        with(by("陳主任"), "resolution", "ABANDON")),
                Arguments.of("PUT", "/api/templates/microblog/spokesperson-answer/zh-Hant",
                        with(Map.of("source", "[(${answer})]"), "actor", "editor-li")),
                Arguments.of("POST", "/api/templates/microblog/spokesperson-answer/zh-Hant/preview",
                        with(Map.of("source", "[(${answer})]", "channels", List.of("weibo-sample")), "post",
                                Map.of("kind", "STATEMENT", "title", "聲明", "body", "正文。"))));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyBody")
    void refusesAPropertyItDoesNotKnowNamingIt(String method, String uri, Map<String, Object> body) throws Exception {
        expectProblem(send(method, uri, with(body, "zone", "Mars/Olympus")), HttpStatus.BAD_REQUEST, "zone")
                .andExpect(jsonPath("$.errors[0].message", containsString("unknown property 'zone'")));
    }

    @Test
    void suggestsThePropertyMeantWhenOneIsClose() throws Exception {
        Map<String, Object> post = with(aPost(), "zone", "Mars/Olympus");
        post.put("source", Map.of("conferenceDay", "2026-03-02"));
        post.put("targets", List.of(target("weibo-sample"), Map.of("channel", "x-sample", "scheduleAt", "now")));

        expectProblem(create(post), HttpStatus.BAD_REQUEST, "zone", "source.conferenceDay", "targets[1].scheduleAt")
                .andExpect(jsonPath("$.errors[?(@.field == 'zone')].message",
                        org.hamcrest.Matchers.contains(containsString("did you mean 'timeZone'?"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'source.conferenceDay')].message",
                        org.hamcrest.Matchers.contains(containsString("did you mean 'conferenceDate'?"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'targets[1].scheduleAt')].message",
                        org.hamcrest.Matchers.contains(containsString("did you mean 'scheduledAt'?"))));
    }

    @Test
    void namesAnUnknownPropertyWhoseValueIsAListOrAnObjectByItsOwnPath() throws Exception {
        Map<String, Object> post = aPost();
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("conferenceDate", "2026-03-02");
        source.put("tags", List.of("伊朗", "六國"));
        source.put("questionNumber", 3);
        post.put("source", source);
        post.put("targets", List.of(Map.of("channel", "weibo-sample", "options", Map.of("pin", true))));

        expectProblem(create(post), HttpStatus.BAD_REQUEST, "source.tags", "targets[0].options");
    }

    @Test
    void reportsEveryProblemOfAPostAtOnceFromEveryStage() throws Exception {
        Map<String, Object> post = with(aPost(), "zone", "Europe/London");   // reading the JSON
        post.put("kind", "PRESS_RELEASE");                                  // reading the JSON
        post.put("title", " ");                                             // bean validation
        post.put("language", "fr");                                         // the post's own checks
        post.put("link", "www.example.gov");                                // the post's own checks
        post.put("targets", List.of(target("weibo-sample", "soon"), target("facebook")));

        expectProblem(create(post), HttpStatus.BAD_REQUEST,
                "zone", "kind", "title", "language", "link", "targets[0].scheduledAt", "targets[1].channel");
    }

    @Test
    void refusesAnUnknownKindListingTheKindsThereAre() throws Exception {
        expectProblem(create(with(aPost(), "kind", "PRESS_RELEASE")), HttpStatus.BAD_REQUEST, "kind")
                .andExpect(jsonPath("$.errors[0].message", containsString("'PRESS_RELEASE'")))
                .andExpect(jsonPath("$.errors[0].message", containsString("SPOKESPERSON_ANSWER")))
                .andExpect(jsonPath("$.errors[0].message", containsString("BRIEFING_SUMMARY")))
                .andExpect(jsonPath("$.errors[0].message", containsString("PUBLIC_EMAIL_REPLY")));
    }

    @Test
    void refusesAnUnreadableDateShowingTheFormatAlongWithTheOtherProblems() throws Exception {
        Map<String, Object> post = with(aPost(), "source", Map.of("conferenceDate", "2 March", "questionNumber", 0));
        post.put("author", "");

        expectProblem(create(post), HttpStatus.BAD_REQUEST, "source.conferenceDate", "source.questionNumber", "author")
                .andExpect(jsonPath("$.errors[?(@.field == 'source.conferenceDate')].message",
                        org.hamcrest.Matchers.contains(containsString("YYYY-MM-DD"))));
    }

    @Test
    void reportsAnActionsUnknownPropertySuggestingTheKnownOne() throws Exception {
        // The actor is no longer required (the signed-in person acts), so the misspelt field is the one problem.
        expectProblem(postJson("/api/posts/" + postId + "/approve", Map.of("actr", "陳主任")), HttpStatus.BAD_REQUEST,
                "actr")
                .andExpect(jsonPath("$.errors[?(@.field == 'actr')].message",
                        org.hamcrest.Matchers.contains(containsString("did you mean 'actor'?"))));
    }

    @Test
    void reportsEveryProblemOfARescheduleAtOnce() throws Exception {
        expectProblem(postJson("/api/posts/" + postId + "/reschedule",
                        Map.of("actor", " ", "scheduledAt", "tomorrow", "timeZone", "Asia/Peking")),
                HttpStatus.BAD_REQUEST, "actor", "scheduledAt", "timeZone");
    }

    @Test
    void reportsEveryProblemOfAResolutionAtOnce() throws Exception {
        expectProblem(postJson("/api/posts/" + postId + "/targets/" + unknownOutcomeTarget + "/resolve",
                        Map.of("resolution", "PUBLISHED", "url", "x.com/status/1", "actor", " ")),
                HttpStatus.BAD_REQUEST, "url", "actor");
    }

    private ResultActions send(String method, String uri, Object body) throws Exception {
        String path = uri.replace("{id}", String.valueOf(postId)).replace("{target}", String.valueOf(unknownOutcomeTarget));
        return mvc.perform((method.equals("PUT") ? put(path)
                : org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(key, value);
        return copy;
    }
}
