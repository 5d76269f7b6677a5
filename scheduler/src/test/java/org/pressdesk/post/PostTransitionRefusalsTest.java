package org.pressdesk.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pressdesk.system.ApiTestSupport;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Actions the lifecycle or the office's rules forbid: 409 for a move the state does not allow, 403
 * for an author approving their own post, 404 for what does not exist, 400 for an unusable action
 * body. Each leaves every post, target, audit row and queue entry as it was.
 */
class PostTransitionRefusalsTest extends ApiTestSupport {

    @Test
    void refusesToApproveADraft() throws Exception {
        long id = created(aPost());

        refused(() -> act(id, "approve", "陳主任"), HttpStatus.CONFLICT);
    }

    @Test
    void refusesToSubmitTwice() throws Exception {
        long id = created(aPost());
        act(id, "submit", "王小明");

        refused(() -> act(id, "submit", "王小明"), HttpStatus.CONFLICT);
    }

    @Test
    void refusesToReturnADraft() throws Exception {
        long id = created(aPost());

        refused(() -> act(id, "return", "陳主任"), HttpStatus.CONFLICT);
    }

    @Test
    void refusesToCancelAPublishedPost() throws Exception {
        long id = scheduledPost();
        moveTarget(id, "weibo-sample", TargetState.PUBLISHING, TargetState.PUBLISHED);
        moveTarget(id, "x-sample", TargetState.PUBLISHING, TargetState.PUBLISHED);

        refused(() -> act(id, "cancel", "陳主任"), HttpStatus.CONFLICT)
                .andExpect(jsonPath("$.detail", containsString("PUBLISHED")));
    }

    @Test
    void refusesToCancelACancelledPost() throws Exception {
        long id = scheduledPost();
        act(id, "cancel", "陳主任");

        refused(() -> act(id, "cancel", "陳主任"), HttpStatus.CONFLICT);
    }

    @Test
    void refusesToCancelATargetWhilePublishing() throws Exception {
        Map<String, Object> single = aPost();
        single.put("targets", List.of(target("weibo-sample")));
        long id = scheduled(single);
        moveTarget(id, "weibo-sample", TargetState.PUBLISHING);

        refused(() -> act(id, "cancel", "陳主任"), HttpStatus.CONFLICT);
    }

    @Test
    void refusesToRescheduleACancelledPost() throws Exception {
        long id = scheduledPost();
        act(id, "cancel", "陳主任");

        refused(() -> postJson("/api/posts/" + id + "/reschedule",
                Map.of("actor", "陳主任", "scheduledAt", "2026-03-03T09:00")), HttpStatus.CONFLICT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SCHEDULED", "PUBLISHED", "FAILED"})
    void refusesToResolveATargetWhoseOutcomeIsKnown(TargetState state) throws Exception {
        long id = scheduledPost();
        switch (state) {
            case PUBLISHED -> moveTarget(id, "x-sample", TargetState.PUBLISHING, TargetState.PUBLISHED);
            case FAILED -> moveTarget(id, "x-sample", TargetState.PUBLISHING, TargetState.FAILED);
            default -> { }
        }
        long x = targetId(id, "x-sample");

        refused(() -> resolve(id, x, Map.of("resolution", "RESEND", "actor", "陳主任")), HttpStatus.CONFLICT)
                .andExpect(jsonPath("$.detail", containsString(state.name())));
    }

    @Test
    void refusesToApproveTargetsThatHaveNoPublishingTime() throws Exception {
        Map<String, Object> post = aPost();
        post.remove("scheduledAt");
        post.put("targets", List.of(target("weibo-sample", TODAY + "T15:00"), target("x-sample")));
        long id = created(post);
        act(id, "submit", "王小明");

        // Approved without a time, a target would wait in APPROVED for ever: nothing would ever schedule it.
        refused(() -> act(id, "approve", "陳主任"), HttpStatus.CONFLICT)
                .andExpect(jsonPath("$.detail", containsString("x-sample")))
                .andExpect(jsonPath("$.detail", containsString("reschedule")))
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.not(containsString("weibo-sample"))));
    }

    @Test
    void refusesToLetTheAuthorApproveTheirOwnPost() throws Exception {
        long id = created(aPost());
        act(id, "submit", "王小明");

        refused(() -> act(id, "approve", "王小明"), HttpStatus.FORBIDDEN)
                .andExpect(jsonPath("$.detail", containsString("王小明")));
    }

    @ParameterizedTest(name = "approver \"{0}\"")
    @ValueSource(strings = {" Li Wei ", "LI WEI", "li wei\t", "\u3000Li Wei\u3000"})
    void recognisesTheAuthorWhateverTheCaseOrSurroundingSpace(String approver) throws Exception {
        Map<String, Object> post = aPost();
        post.put("author", "Li Wei");
        long id = created(post);
        act(id, "submit", "Li Wei");

        refused(() -> act(id, "approve", approver), HttpStatus.FORBIDDEN);
    }

    @ParameterizedTest(name = "approver \"{0}\"")
    @ValueSource(strings = {
            "Li\u200b Wei",          // a zero-width space
            "\u200fLi Wei",          // a right-to-left mark
            "Li\u00a0Wei",           // a non-breaking space
            "Li\u202fWei",           // a narrow non-breaking space
            "Ｌｉ Ｗｅｉ",              // full-width letters
            "Li W\u0435i",           // a Cyrillic е
            "L\u0456 W\u0435\u0456",  // Cyrillic і and е
            "Li Wei\u00ad",          // a soft hyphen
            "Li \u2060Wei",          // a word joiner
            "LI  WEI",               // two spaces
            "Li W ei",          // a space added inside a word, of any kind:
            "LiWei",                 // or taken away
            "Li W ei",
            "Li　We i"})
    void recognisesTheAuthorBehindInvisibleCharactersOtherSpacesOtherWidthsAndLookAlikeLetters(String approver)
            throws Exception {
        Map<String, Object> post = aPost();
        post.put("author", "Li Wei");
        long id = created(post);
        act(id, "submit", "Li Wei");

        refused(() -> act(id, "approve", approver), HttpStatus.FORBIDDEN);
    }

    @Test
    void recognisesAnAuthorWhoseOwnNameHadAnInvisibleCharacter() throws Exception {
        Map<String, Object> post = aPost();
        post.put("author", "\u200e王小明\u200b");
        long id = created(post);
        act(id, "submit", "王小明");

        refused(() -> act(id, "approve", "王小明"), HttpStatus.FORBIDDEN);
    }

    @Test
    void refusesAnActorWithNothingVisible() throws Exception {
        long id = created(aPost());

        refused(() -> act(id, "submit", "\u200b"), HttpStatus.BAD_REQUEST, "actor");
        refused(() -> act(id, "submit", "\u200f\u00a0"), HttpStatus.BAD_REQUEST, "actor");
    }

    @Test
    void recognisesAnAuthorWhoTypedTheirNameWithAnIdeographicSpace() throws Exception {
        long id = created(aPost());
        act(id, "submit", "王小明");

        // A Chinese input method types U+3000 for a space; it must not make the author someone else.
        refused(() -> act(id, "approve", "王小明\u3000"), HttpStatus.FORBIDDEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"submit", "approve", "return", "cancel"})
    void answersNotFoundForAnActionOnAnUnknownPost(String action) throws Exception {
        long id = scheduledPost();

        refused(() -> act(id + 1000, action, "陳主任"), HttpStatus.NOT_FOUND);
    }

    @Test
    void answersNotFoundForAnUnknownPost() throws Exception {
        long id = scheduledPost();

        expectProblem(getPost(id + 1000), HttpStatus.NOT_FOUND);
        expectProblem(mvc.perform(get("/api/posts/{id}/history", id + 1000)), HttpStatus.NOT_FOUND);
        refused(() -> postJson("/api/posts/" + (id + 1000) + "/reschedule",
                Map.of("actor", "陳主任", "scheduledAt", "now")), HttpStatus.NOT_FOUND);
        refused(() -> resolve(id + 1000, targetId(id, "x-sample"), Map.of("resolution", "ABANDON", "actor", "陳主任")),
                HttpStatus.NOT_FOUND);
    }

    @Test
    void answersNotFoundForATargetOfAnotherPost() throws Exception {
        long id = scheduledPost();
        long other = scheduledPost();
        long othersTarget = moveTarget(other, "x-sample", TargetState.PUBLISHING, TargetState.OUTCOME_UNKNOWN).id();

        refused(() -> resolve(id, othersTarget, Map.of("resolution", "ABANDON", "actor", "陳主任")),
                HttpStatus.NOT_FOUND);
    }

    @Test
    void answersNotFoundForReschedulingAChannelThePostDoesNotUse() throws Exception {
        long id = scheduledPost();

        refused(() -> postJson("/api/posts/" + id + "/reschedule",
                Map.of("actor", "陳主任", "scheduledAt", "now", "channel", "radio-sample")), HttpStatus.NOT_FOUND);
    }

    @Test
    void refusesAPostIdThatIsNoNumber() throws Exception {
        expectProblem(mvc.perform(get("/api/posts/{id}", "latest")), HttpStatus.BAD_REQUEST, "id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"submit", "approve", "return", "cancel"})
    void refusesAnActionWhoseActorHasNothingVisible(String action) throws Exception {
        long id = created(aPost());

        // An action without an actor is the signed-in person's (SecurityApiTest); one that names nobody is refused.
        refused(() -> postJson("/api/posts/" + id + "/" + action, Map.of("reason", "無", "actor", "\u200b ")),
                HttpStatus.BAD_REQUEST, "actor");
    }

    @Test
    void refusesARescheduleToThePastOrToAnUnparsableTimeOrZone() throws Exception {
        long id = scheduledPost();
        String uri = "/api/posts/" + id + "/reschedule";

        refused(() -> postJson(uri, Map.of("actor", "陳主任", "scheduledAt", TODAY + "T09:00")),
                HttpStatus.BAD_REQUEST, "scheduledAt");
        refused(() -> postJson(uri, Map.of("actor", "陳主任", "scheduledAt", "next week")),
                HttpStatus.BAD_REQUEST, "scheduledAt");
        refused(() -> postJson(uri, Map.of("actor", "陳主任", "scheduledAt", TODAY + "T18:00", "timeZone", "Asia/Peking")),
                HttpStatus.BAD_REQUEST, "timeZone");
        refused(() -> postJson(uri, Map.of("actor", "陳主任")), HttpStatus.BAD_REQUEST, "scheduledAt");
    }

    @Test
    void refusesARescheduleToATimeThatDoesNotExistIsAmbiguousOrIsBeyondTheHorizon() throws Exception {
        long id = scheduledPost();
        String uri = "/api/posts/" + id + "/reschedule";

        refused(() -> postJson(uri, Map.of("actor", "陳主任", "scheduledAt", "2026-03-29T01:30",
                "timeZone", "Europe/London")), HttpStatus.BAD_REQUEST, "scheduledAt")
                .andExpect(jsonPath("$.errors[0].message", containsString("does not exist")));
        refused(() -> postJson(uri, Map.of("actor", "陳主任", "scheduledAt", "2026-10-25T01:30",
                "timeZone", "Europe/London")), HttpStatus.BAD_REQUEST, "scheduledAt")
                .andExpect(jsonPath("$.errors[0].message", containsString("2026-10-25T01:30+01:00")))
                .andExpect(jsonPath("$.errors[0].message", containsString("2026-10-25T01:30Z")));
        refused(() -> postJson(uri, Map.of("actor", "陳主任", "scheduledAt", "3026-03-02T10:00")),
                HttpStatus.BAD_REQUEST, "scheduledAt");
    }

    @Test
    void refusesAResolutionThatIsIncompleteOrUnknown() throws Exception {
        long id = scheduledPost();
        long x = moveTarget(id, "x-sample", TargetState.PUBLISHING, TargetState.OUTCOME_UNKNOWN).id();

        refused(() -> resolve(id, x, Map.of("resolution", "PUBLISHED", "actor", "陳主任")),
                HttpStatus.BAD_REQUEST, "url");
        refused(() -> resolve(id, x, Map.of("resolution", "PUBLISHED", "url", "x.com/status/1", "actor", "陳主任")),
                HttpStatus.BAD_REQUEST, "url");
        refused(() -> resolve(id, x, Map.of("resolution", "MAYBE", "actor", "陳主任")),
                HttpStatus.BAD_REQUEST, "resolution");
        refused(() -> resolve(id, x, Map.of("actor", "陳主任")), HttpStatus.BAD_REQUEST, "resolution");
        refused(() -> resolve(id, x, Map.of("resolution", "ABANDON", "actor", " ")), HttpStatus.BAD_REQUEST, "actor");
    }

    private ResultActions resolve(long postId, long targetId, Map<String, Object> body) throws Exception {
        return postJson("/api/posts/" + postId + "/targets/" + targetId + "/resolve", body);
    }

    /** Performs the request, asserts the problem it answers, and that nothing stored changed. */
    private ResultActions refused(Request request, HttpStatus status, String... fields) throws Exception {
        String before = storedState();
        ResultActions result = expectProblem(request.perform(), status, fields);
        assertThat(storedState()).isEqualTo(before);
        return result;
    }

    @FunctionalInterface
    private interface Request {
        ResultActions perform() throws Exception;
    }
}
