package org.pressdesk.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pressdesk.system.ApiTestSupport;
import org.springframework.http.MediaType;

/** The post API's happy paths: queue, approve, find, reschedule, cancel, and settle an unknown outcome. */
class PostLifecycleApiTest extends ApiTestSupport {

    @Test
    void createsADraftTargetPerChannelAndAnswersWithItsLocation() throws Exception {
        String location = create(aPost())
                .andExpect(status().isCreated())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern(".*/api/posts/\\d+")))
                .andExpect(jsonPath("$.kind").value("SPOKESPERSON_ANSWER"))
                .andExpect(jsonPath("$.title").value("外交部發言人答記者問"))
                .andExpect(jsonPath("$.language").value("zh-Hant"))
                .andExpect(jsonPath("$.author").value("王小明"))
                .andExpect(jsonPath("$.link").value("https://www.example.gov/fyrbt/202603/t20260302.html"))
                .andExpect(jsonPath("$.createdAt").value(shown(TODAY + "T10:00")))
                .andExpect(jsonPath("$.targets[*].channel", contains("weibo-sample", "x-sample")))
                .andExpect(jsonPath("$.targets[*].state", contains("DRAFT", "DRAFT")))
                .andExpect(jsonPath("$.targets[*].scheduledAt",
                        contains(shown(TODAY + "T15:00"), shown(TODAY + "T15:00"))))
                .andExpect(jsonPath("$.targets[*].nextAttemptAt", everyItem(nullValue())))
                .andExpect(jsonPath("$.targets[*].attempts", contains(0, 0)))
                .andReturn().getResponse().getHeader("Location");

        long id = ((Number) JsonPath.read(mvc.perform(get(location)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(), "$.id")).longValue();
        assertThat(location).endsWith("/api/posts/" + id);
        assertThat(target(id, "weibo-sample").scheduledAt()).isEqualTo(Instant.parse("2026-03-02T07:00:00Z"));
        assertThat(count("publish_queue")).isZero();
    }

    @Test
    void readsLocalTimesInTheGivenZoneAndTimesWithAnOffsetAsTheyAreAndShowsBothInTheOfficeZone() throws Exception {
        Map<String, Object> post = aPost();
        post.put("timeZone", "Europe/London");
        post.put("scheduledAt", TODAY + "T09:30");
        post.put("targets", List.of(target("weibo-sample"), target("x-sample", "2026-03-02T12:00:00Z"),
                target("radio-sample", "now")));

        create(post)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.targets[0].scheduledAt").value(shown(TODAY + "T17:30")))
                .andExpect(jsonPath("$.targets[1].scheduledAt").value(shown(TODAY + "T20:00")))
                .andExpect(jsonPath("$.targets[2].scheduledAt").value(shown(TODAY + "T10:00")));
    }

    @Test
    void aPostWithoutATimeIsQueuedUnscheduled() throws Exception {
        Map<String, Object> post = aPost();
        post.remove("scheduledAt");

        long id = created(post);

        getPost(id).andExpect(jsonPath("$.targets[*].scheduledAt", everyItem(nullValue())));
    }

    @Test
    void submittedAndApprovedBySomeoneElseEveryTargetIsScheduledAndQueued() throws Exception {
        long id = created(aPost());

        act(id, "submit", "王小明")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targets[*].state", contains("SUBMITTED", "SUBMITTED")));
        act(id, "approve", "陳主任")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targets[*].state", contains("SCHEDULED", "SCHEDULED")))
                .andExpect(jsonPath("$.targets[*].nextAttemptAt",
                        contains(shown(TODAY + "T15:00"), shown(TODAY + "T15:00"))));

        assertThat(dueAt(targetId(id, "weibo-sample"))).isEqualTo(Instant.parse("2026-03-02T07:00:00Z"));
        assertThat(dueAt(targetId(id, "x-sample"))).isEqualTo(Instant.parse("2026-03-02T07:00:00Z"));
    }

    @Test
    void aPostQueuedWithoutATimeIsGivenOneBeforeApprovalAndThenScheduled() throws Exception {
        Map<String, Object> post = aPost();
        post.remove("scheduledAt");
        long id = created(post);
        act(id, "submit", "王小明");

        postJson("/api/posts/" + id + "/reschedule", Map.of("actor", "王小明", "scheduledAt", TODAY + "T16:00"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targets[*].state", contains("SUBMITTED", "SUBMITTED")));
        act(id, "approve", "陳主任")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targets[*].state", contains("SCHEDULED", "SCHEDULED")))
                .andExpect(jsonPath("$.targets[*].scheduledAt",
                        contains(shown(TODAY + "T16:00"), shown(TODAY + "T16:00"))));
        assertThat(count("publish_queue")).isEqualTo(2);
    }

    @Test
    void storesNamesAndChannelIdsAsTheyCompareNormalisedWithoutInvisibleCharactersInOneCaseAndWidth()
            throws Exception {
        Map<String, Object> post = aPost();
        post.put("author", "\u200fＥｄｉｔｏｒ\u00a0Li\u200b");
        post.put("targets", List.of(target("Weibo-Sample"), target("ｘ-ｓａｍｐｌｅ\u200b")));
        long id = created(post);
        act(id, "submit", "\u202aＥｄｉｔｏｒ  LI");

        getPost(id)
                .andExpect(jsonPath("$.author").value("editor li"))
                .andExpect(jsonPath("$.targets[*].channel", contains("weibo-sample", "x-sample")));
        mvc.perform(get("/api/posts/{id}/history", id))
                .andExpect(jsonPath("$[*].actor", contains("editor li", "editor li", "editor li", "editor li")));
    }

    @Test
    void refusesAChannelListedTwiceUnderTwoSpellings() throws Exception {
        Map<String, Object> post = aPost();
        post.put("targets", List.of(target("x-sample"), target("X-SAMPLE")));

        create(post).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("targets[1].channel"))
                .andExpect(jsonPath("$.errors[0].message", org.hamcrest.Matchers.containsString("twice")));
    }

    @Test
    void returnSendsASubmissionBackToItsAuthorAsADraft() throws Exception {
        long id = created(aPost());
        act(id, "submit", "王小明");

        postJson("/api/posts/" + id + "/return", Map.of("actor", "陳主任", "reason", "請核對日期"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targets[*].state", contains("DRAFT", "DRAFT")));
    }

    @Test
    void getsAPostById() throws Exception {
        long id = scheduledPost();

        getPost(id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.body").value("問：請介紹有關情況。答：我們已經注意到有關報道。"))
                .andExpect(jsonPath("$.targets[*].id", contains((int) targetId(id, "weibo-sample"),
                        (int) targetId(id, "x-sample"))))
                .andExpect(jsonPath("$.targets[*].state", contains("SCHEDULED", "SCHEDULED")));
    }

    @Test
    void historyListsEveryTransitionInOrderWithWhoDidIt() throws Exception {
        long id = created(aPost());
        clock.advance(Duration.ofMinutes(10));
        postJson("/api/posts/" + id + "/submit", Map.of("actor", "王小明", "reason", "請審核"));
        clock.advance(Duration.ofMinutes(20));
        act(id, "approve", "陳主任");
        int weibo = (int) targetId(id, "weibo-sample");
        int x = (int) targetId(id, "x-sample");

        mvc.perform(get("/api/posts/{id}/history", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].targetId", contains(weibo, x, weibo, x, weibo, weibo, x, x)))
                .andExpect(jsonPath("$[*].actor",
                        contains("王小明", "王小明", "王小明", "王小明", "陳主任", "陳主任", "陳主任", "陳主任")))
                .andExpect(jsonPath("$[*].from", contains(null, null, "DRAFT", "DRAFT", "SUBMITTED", "APPROVED",
                        "SUBMITTED", "APPROVED")))
                .andExpect(jsonPath("$[*].to", contains("DRAFT", "DRAFT", "SUBMITTED", "SUBMITTED", "APPROVED",
                        "SCHEDULED", "APPROVED", "SCHEDULED")))
                .andExpect(jsonPath("$[2].reason").value("請審核"))
                .andExpect(jsonPath("$[5].reason").value("scheduled on approval"))
                .andExpect(jsonPath("$[*].occurredAt", contains(shown(TODAY + "T10:00"), shown(TODAY + "T10:00"),
                        shown(TODAY + "T10:10"), shown(TODAY + "T10:10"), shown(TODAY + "T10:30"),
                        shown(TODAY + "T10:30"), shown(TODAY + "T10:30"), shown(TODAY + "T10:30"))));
    }

    @Test
    void reschedulesOneChannelAndLeavesTheOthersAsTheyWere() throws Exception {
        long id = scheduledPost();

        postJson("/api/posts/" + id + "/reschedule",
                Map.of("actor", "陳主任", "scheduledAt", "2026-03-03T09:00", "channel", "x-sample"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targets[0].channel").value("weibo-sample"))
                .andExpect(jsonPath("$.targets[0].scheduledAt").value(shown(TODAY + "T15:00")))
                .andExpect(jsonPath("$.targets[1].channel").value("x-sample"))
                .andExpect(jsonPath("$.targets[1].state").value("SCHEDULED"))
                .andExpect(jsonPath("$.targets[1].scheduledAt").value(shown("2026-03-03T09:00")))
                .andExpect(jsonPath("$.targets[1].nextAttemptAt").value(shown("2026-03-03T09:00")));

        assertThat(dueAt(targetId(id, "weibo-sample"))).isEqualTo(Instant.parse("2026-03-02T07:00:00Z"));
        assertThat(dueAt(targetId(id, "x-sample"))).isEqualTo(Instant.parse("2026-03-03T01:00:00Z"));
    }

    @Test
    void reschedulesAChannelNamedInAnotherCaseOrWidth() throws Exception {
        long id = scheduledPost();

        postJson("/api/posts/" + id + "/reschedule",
                Map.of("actor", "陳主任", "scheduledAt", "2026-03-03T09:00", "channel", "Ｘ-SAMPLE\u200b"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targets[0].scheduledAt").value(shown(TODAY + "T15:00")))
                .andExpect(jsonPath("$.targets[1].scheduledAt").value(shown("2026-03-03T09:00")));
    }

    @Test
    void reschedulesEveryTargetWhenNoChannelIsNamedReadingTheTimeInTheGivenZone() throws Exception {
        long id = scheduledPost();

        postJson("/api/posts/" + id + "/reschedule",
                Map.of("actor", "陳主任", "scheduledAt", "2026-03-02T12:00", "timeZone", "Europe/Paris"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targets[*].state", contains("SCHEDULED", "SCHEDULED")))
                .andExpect(jsonPath("$.targets[*].scheduledAt",
                        contains(shown(TODAY + "T19:00"), shown(TODAY + "T19:00"))));

        assertThat(dueAt(targetId(id, "weibo-sample"))).isEqualTo(Instant.parse("2026-03-02T11:00:00Z"));
        assertThat(dueAt(targetId(id, "x-sample"))).isEqualTo(Instant.parse("2026-03-02T11:00:00Z"));
        mvc.perform(get("/api/posts/{id}/history", id))
                .andExpect(jsonPath("$[-1].reason").value("rescheduled"))
                .andExpect(jsonPath("$[-1].from").value("SCHEDULED"))
                .andExpect(jsonPath("$[-1].to").value("SCHEDULED"));
    }

    @Test
    void reschedulingADraftKeepsItADraftWithTheNewTime() throws Exception {
        long id = created(aPost());

        postJson("/api/posts/" + id + "/reschedule", Map.of("actor", "王小明", "scheduledAt", "2026-03-04T08:00"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targets[*].state", contains("DRAFT", "DRAFT")))
                .andExpect(jsonPath("$.targets[*].scheduledAt",
                        contains(shown("2026-03-04T08:00"), shown("2026-03-04T08:00"))));
        assertThat(count("publish_queue")).isZero();
    }

    @Test
    void reschedulingAFailedTargetSchedulesItAgain() throws Exception {
        long id = scheduledPost();
        moveTarget(id, "x-sample", TargetState.PUBLISHING, TargetState.FAILED);

        postJson("/api/posts/" + id + "/reschedule",
                Map.of("actor", "陳主任", "scheduledAt", "now", "channel", "x-sample"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targets[1].state").value("SCHEDULED"))
                .andExpect(jsonPath("$.targets[1].nextAttemptAt").value(shown(TODAY + "T10:00")));
        assertThat(dueAt(targetId(id, "x-sample"))).isEqualTo(T0);
    }

    @Test
    void cancelsEveryTargetNotYetPublishedAndTakesThemOffTheQueue() throws Exception {
        long id = scheduledPost();
        moveTarget(id, "weibo-sample", TargetState.PUBLISHING, TargetState.PUBLISHED);

        postJson("/api/posts/" + id + "/cancel", Map.of("actor", "陳主任", "reason", "內容已過時"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targets[*].state", contains("PUBLISHED", "CANCELLED")))
                .andExpect(jsonPath("$.targets[1].nextAttemptAt").value(nullValue()));

        assertThat(count("publish_queue")).isZero();
        mvc.perform(get("/api/posts/{id}/history", id))
                .andExpect(jsonPath("$[-1].actor").value("陳主任"))
                .andExpect(jsonPath("$[-1].from").value("SCHEDULED"))
                .andExpect(jsonPath("$[-1].to").value("CANCELLED"))
                .andExpect(jsonPath("$[-1].reason").value("內容已過時"));
    }

    @Test
    void resolvesAnUnknownOutcomeAsPublishedWithItsLink() throws Exception {
        long id = scheduledPost();
        long x = moveTarget(id, "x-sample", TargetState.PUBLISHING, TargetState.OUTCOME_UNKNOWN).id();
        clock.advance(Duration.ofHours(6));

        postJson("/api/posts/" + id + "/targets/" + x + "/resolve", Map.of("resolution", "PUBLISHED",
                "url", "https://x.com/mfa_sample/status/1897", "remoteId", "1897", "actor", "陳主任"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targets[1].state").value("PUBLISHED"))
                .andExpect(jsonPath("$.targets[1].nextAttemptAt").value(nullValue()))
                .andExpect(jsonPath("$.targets[1].receipt.url").value("https://x.com/mfa_sample/status/1897"))
                .andExpect(jsonPath("$.targets[1].receipt.remoteId").value("1897"))
                .andExpect(jsonPath("$.targets[1].receipt.publishedAt").value(shown(TODAY + "T16:00")))
                .andExpect(jsonPath("$.targets[0].state").value("SCHEDULED"));

        mvc.perform(get("/api/posts/{id}/history", id))
                .andExpect(jsonPath("$[-1].actor").value("陳主任"))
                .andExpect(jsonPath("$[-1].from").value("OUTCOME_UNKNOWN"))
                .andExpect(jsonPath("$[-1].to").value("PUBLISHED"))
                .andExpect(jsonPath("$[-1].reason", endsWith("https://x.com/mfa_sample/status/1897")));
        assertThat(count("publish_queue")).isEqualTo(1);
    }

    @Test
    void resolvesAnUnknownOutcomeAsResendByQueueingItAgainNow() throws Exception {
        long id = scheduledPost();
        long x = moveTarget(id, "x-sample", TargetState.PUBLISHING, TargetState.OUTCOME_UNKNOWN).id();
        clock.advance(Duration.ofHours(6));

        postJson("/api/posts/" + id + "/targets/" + x + "/resolve",
                Map.of("resolution", "RESEND", "actor", "陳主任", "reason", "not on the timeline"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targets[1].state").value("SCHEDULED"))
                .andExpect(jsonPath("$.targets[1].nextAttemptAt").value(shown(TODAY + "T16:00")));

        assertThat(dueAt(x)).isEqualTo(T0.plus(Duration.ofHours(6)));
    }

    @Test
    void resolvesAnUnknownOutcomeAsAbandonByCancellingIt() throws Exception {
        long id = scheduledPost();
        long x = moveTarget(id, "x-sample", TargetState.PUBLISHING, TargetState.OUTCOME_UNKNOWN).id();

        postJson("/api/posts/" + id + "/targets/" + x + "/resolve", Map.of("resolution", "ABANDON", "actor", "陳主任"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targets[1].state").value("CANCELLED"))
                .andExpect(jsonPath("$.targets[0].state").value("SCHEDULED"));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM publish_queue WHERE target_id = :id").param("id", x)
                .query(Long.class).single()).isZero();
    }

    private Instant dueAt(long targetId) {
        return jdbc.sql("SELECT due_at FROM publish_queue WHERE target_id = :id").param("id", targetId)
                .query((row, n) -> org.pressdesk.system.SqlTime.read(row, "due_at")).single();
    }
}
