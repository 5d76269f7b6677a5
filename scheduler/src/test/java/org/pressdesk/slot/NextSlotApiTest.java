package org.pressdesk.slot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pressdesk.system.ApiTestSupport;
import org.springframework.http.HttpStatus;

/**
 * {@code "scheduledAt": "next-slot"} on {@code POST /api/posts}, with the sample channels' slots
 * (application-samples.yml): weibo-sample at 09:00, 12:00, 15:00 and 18:00, x-sample every 30
 * minutes from 08:00 to 22:00, radio-sample none. The clock stands at Monday 2 March 2026, 10:00.
 */
class NextSlotApiTest extends ApiTestSupport {

    private static final Instant NOON = Instant.parse("2026-03-02T04:00:00Z");
    private static final Instant TEN = Instant.parse("2026-03-02T02:00:00Z");
    private static final Instant THREE_PM = Instant.parse("2026-03-02T07:00:00Z");

    private static Map<String, Object> nextSlotPost() {
        Map<String, Object> post = aPost();
        post.put("scheduledAt", "next-slot");
        return post;
    }

    @Test
    void eachTargetGetsItsOwnChannelsNextFreeSlot() throws Exception {
        long id = created(nextSlotPost());

        assertThat(target(id, "weibo-sample").scheduledAt()).isEqualTo(NOON);
        assertThat(target(id, "x-sample").scheduledAt()).isEqualTo(TEN);
    }

    @Test
    void aScheduledTargetTakesItsSlotSoTheNextPostGetsTheFollowingOne() throws Exception {
        scheduled(nextSlotPost());

        long next = created(nextSlotPost());

        assertThat(target(next, "weibo-sample").scheduledAt()).isEqualTo(THREE_PM);
        assertThat(target(next, "x-sample").scheduledAt()).isEqualTo(TEN.plusSeconds(30 * 60));
    }

    @Test
    void oneTargetMayAskForTheNextSlotWhileTheOthersGiveATime() throws Exception {
        Map<String, Object> post = aPost();
        post.put("targets", List.of(target("weibo-sample", "NEXT-SLOT"), target("x-sample")));

        long id = created(post);

        assertThat(target(id, "weibo-sample").scheduledAt()).isEqualTo(NOON);
        assertThat(target(id, "x-sample").scheduledAt()).isEqualTo(THREE_PM);
    }

    @Test
    void aChannelWithoutSlotsIsRefusedNamingItAndNothingIsStored() throws Exception {
        Map<String, Object> post = nextSlotPost();
        post.put("targets", List.of(target("weibo-sample"), target("radio-sample")));

        expectProblem(create(post), HttpStatus.BAD_REQUEST, "targets[1].scheduledAt")
                .andExpect(jsonPath("$.errors[*].message", hasItem(allOf(containsString("'radio-sample'"),
                        containsString("pressdesk.slots.radio-sample")))));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM post").query(Long.class).single()).isZero();
    }
}
