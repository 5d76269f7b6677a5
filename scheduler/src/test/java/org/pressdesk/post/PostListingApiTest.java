package org.pressdesk.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pressdesk.system.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.ResultActions;

/** GET /api/posts: filters, office-zone dates, paging, and the parameters it refuses. */
class PostListingApiTest extends ApiTestSupport {

    @Autowired
    DataSource dataSource;

    private int answer;
    private int statement;
    private int notice;
    private int unscheduled;

    /**
     * Four posts, oldest first:
     * <ul>
     *   <li>answer: SPOKESPERSON_ANSWER on weibo-sample, 2 March 15:00, SCHEDULED</li>
     *   <li>statement: STATEMENT on x-sample, 3 March 09:00, DRAFT</li>
     *   <li>notice: SERVICE_NOTICE on weibo-sample and radio-sample, 5 March 07:00 at the office
     *       (still 4 March in UTC), DRAFT</li>
     *   <li>unscheduled: SPOKESPERSON_ANSWER on x-sample, no time, DRAFT</li>
     * </ul>
     */
    @BeforeEach
    void fourPosts() throws Exception {
        answer = (int) scheduled(post("SPOKESPERSON_ANSWER", TODAY + "T15:00", "weibo-sample"));
        statement = (int) created(post("STATEMENT", "2026-03-03T09:00", "x-sample"));
        notice = (int) created(post("SERVICE_NOTICE", "2026-03-05T07:00", "weibo-sample", "radio-sample"));
        unscheduled = (int) created(post("SPOKESPERSON_ANSWER", null, "x-sample"));
    }

    @Test
    void listsNewestFirstOnePageAtATimeWithTotals() throws Exception {
        list("page=0&size=3")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id", contains(unscheduled, notice, statement)))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(3))
                .andExpect(jsonPath("$.totalElements").value(4))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.totalCapped").value(false));
        list("page=1&size=3")
                .andExpect(jsonPath("$.content[*].id", contains(answer)))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.totalElements").value(4));
        list("page=2&size=3")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", empty()))
                .andExpect(jsonPath("$.totalElements").value(4))
                .andExpect(jsonPath("$.totalPages").value(2));
    }

    @Test
    void listsTwentyAPageByDefaultWithTimesInTheOfficeZone() throws Exception {
        list("")
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.totalPages").value(1))
                .andExpect(jsonPath("$.content[*].id", contains(unscheduled, notice, statement, answer)))
                .andExpect(jsonPath("$.content[1].targets[*].scheduledAt",
                        contains(shown("2026-03-05T07:00"), shown("2026-03-05T07:00"))));
    }

    @Test
    void filtersByTargetState() throws Exception {
        list("state=SCHEDULED").andExpect(jsonPath("$.content[*].id", contains(answer)))
                .andExpect(jsonPath("$.totalElements").value(1));
        list("state=DRAFT").andExpect(jsonPath("$.content[*].id", contains(unscheduled, notice, statement)));
        list("state=PUBLISHED").andExpect(jsonPath("$.content", empty()))
                .andExpect(jsonPath("$.totalElements").value(0))
                .andExpect(jsonPath("$.totalPages").value(0));
    }

    @Test
    void filtersByChannel() throws Exception {
        list("channel=weibo-sample").andExpect(jsonPath("$.content[*].id", contains(notice, answer)));
        list("channel=x-sample").andExpect(jsonPath("$.content[*].id", contains(unscheduled, statement)));
        list("channel=radio-sample").andExpect(jsonPath("$.content[*].id", contains(notice)));
    }

    @Test
    void filtersIgnoreCaseAsChannelIdsAndStatesDo() throws Exception {
        list("state=scheduled").andExpect(jsonPath("$.content[*].id", contains(answer)));
        list("state=Draft&channel=WEIBO-SAMPLE").andExpect(jsonPath("$.content[*].id", contains(notice)));
        list("channel=X-SAMPLE").andExpect(jsonPath("$.content[*].id", contains(unscheduled, statement)));
        list("channel=Radio-Sample").andExpect(jsonPath("$.content[*].id", contains(notice)));
        list("kind=service_notice").andExpect(jsonPath("$.content[*].id", contains(notice)));
        list("state=published").andExpect(status().isOk()).andExpect(jsonPath("$.content", empty()));
    }

    @Test
    void aChannelFilterIsComparedAsTypedNamesAreIgnoringWidthAndInvisibleCharacters() throws Exception {
        // Full-width letters, as a Chinese input method types them, and a zero-width space.
        list("channel=\uFF38-sample\u200B").andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id", contains(unscheduled, statement)));
    }

    @Test
    void findsThePostsOfAChannelNoLongerConfigured() throws Exception {
        jdbc.sql("UPDATE publish_target SET channel_id = 'Retired-Account' WHERE channel_id = 'radio-sample'").update();

        list("channel=retired-account").andExpect(jsonPath("$.content[*].id", contains(notice)));
    }

    @Test
    void refusesAnUnknownChannelNamingTheConfiguredOnes() throws Exception {
        expectProblem(list("channel=facebook"), HttpStatus.BAD_REQUEST, "channel")
                .andExpect(jsonPath("$.errors[0].message", containsString("facebook")))
                .andExpect(jsonPath("$.errors[0].message", containsString("x-sample")));
    }

    @Test
    void filtersByKind() throws Exception {
        list("kind=SPOKESPERSON_ANSWER").andExpect(jsonPath("$.content[*].id", contains(unscheduled, answer)));
        list("kind=SERVICE_NOTICE").andExpect(jsonPath("$.content[*].id", contains(notice)));
        list("kind=TREATY_DOCUMENT").andExpect(jsonPath("$.content", empty()));
    }

    @Test
    void filtersByScheduledDatesCountedInTheOfficeZone() throws Exception {
        list("from=" + TODAY + "&to=" + TODAY).andExpect(jsonPath("$.content[*].id", contains(answer)));
        list("from=2026-03-03&to=2026-03-03").andExpect(jsonPath("$.content[*].id", contains(statement)));
        // 5 March 07:00 at the office is 4 March 23:00 UTC: it belongs to the 5th.
        list("from=2026-03-04&to=2026-03-04").andExpect(jsonPath("$.content", empty()));
        list("from=2026-03-05").andExpect(jsonPath("$.content[*].id", contains(notice)));
        list("to=2026-03-04").andExpect(jsonPath("$.content[*].id", contains(statement, answer)));
        list("from=2026-03-03").andExpect(jsonPath("$.content[*].id", contains(notice, statement)));
    }

    @Test
    void combinesFiltersOnTheSameTarget() throws Exception {
        list("state=DRAFT&channel=weibo-sample").andExpect(jsonPath("$.content[*].id", contains(notice)));
        list("state=SCHEDULED&channel=x-sample").andExpect(jsonPath("$.content", empty()));
        list("kind=SPOKESPERSON_ANSWER&state=DRAFT&size=1")
                .andExpect(jsonPath("$.content[*].id", contains(unscheduled)))
                .andExpect(jsonPath("$.totalElements").value(1));
    }

    @Test
    void readingPostsReturnsEveryDatabaseConnectionToThePool() throws Exception {
        for (int i = 0; i < 25; i++) {
            list("size=2").andExpect(status().isOk());
            getPost(answer).andExpect(status().isOk());
        }

        assertThat(dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().getActiveConnections()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            state=FOO                           | state
            channel=weibo                       | channel
            kind=PRESS_RELEASE                  | kind
            size=0                              | size
            size=201                            | size
            page=-1                             | page
            page=first                          | page
            from=2026-13-01                     | from
            to=yesterday                        | to
            from=2026-03-05&to=2026-03-04       | to
            """)
    void refusesAnUnusableQueryParameterNamingIt(String query, String field) throws Exception {
        expectProblem(list(query), HttpStatus.BAD_REQUEST, field);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            from=2026/03/02      | YYYY-MM-DD
            to=yesterday         | YYYY-MM-DD
            kind=PRESS_RELEASE   | BRIEFING_SUMMARY
            """)
    void refusesAnUnusableParameterSayingWhatItTakes(String query, String expected) throws Exception {
        expectProblem(list(query), HttpStatus.BAD_REQUEST, query.substring(0, query.indexOf('=')))
                .andExpect(jsonPath("$.errors[0].message", org.hamcrest.Matchers.containsString(expected)));
    }

    private ResultActions list(String query) throws Exception {
        return mvc.perform(get("/api/posts" + (query.isEmpty() ? "" : "?" + query)));
    }

    private static Map<String, Object> post(String kind, String scheduledAt, String... channels) {
        Map<String, Object> post = aPost();
        post.put("kind", kind);
        if (!kind.equals("SPOKESPERSON_ANSWER")) {
            post.remove("fields");  // an answer's question, answer and spokesperson
        }
        post.put("scheduledAt", scheduledAt);
        post.put("targets", List.of(channels).stream().map(channel -> target(channel)).toList());
        return post;
    }
}
