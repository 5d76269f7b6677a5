package org.pressdesk.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.system.ApiTestSupport;
import org.springframework.mock.web.MockHttpServletResponse;

/** /queue: the post listing's filters, and paging by key to older and newer posts. */
class QueuePageTest extends ApiTestSupport {

    private static final Pattern ROW = Pattern.compile("id=\"post-(\\d+)\"");

    @Test
    void filtersByStateChannelKindAndScheduledDayInTheOfficeZone() throws Exception {
        long scheduled = scheduledPost();
        long statement = created(post("STATEMENT", "2026-03-03T09:00", "x-sample"));
        long notice = created(post("SERVICE_NOTICE", "2026-03-05T07:00", "weibo-sample"));

        assertThat(rows("")).containsExactly(notice, statement, scheduled);
        assertThat(rows("?state=SCHEDULED")).containsExactly(scheduled);
        assertThat(rows("?state=DRAFT&channel=x-sample")).containsExactly(statement);
        assertThat(rows("?kind=SERVICE_NOTICE")).containsExactly(notice);
        // 5 March 07:00 at the office is 4 March in UTC: it belongs to the 5th.
        assertThat(rows("?from=2026-03-05&to=2026-03-05")).containsExactly(notice);
        assertThat(rows("?from=2026-03-04&to=2026-03-04")).isEmpty();
    }

    @Test
    void showsEachTargetsStateAndTimeInTheOfficeZone() throws Exception {
        scheduledPost();

        assertThat(page("?lang=en")).contains("class=\"state SCHEDULED\"", ">Scheduled<", "2026-03-02 15:00");
    }

    @Test
    void pagesToOlderAndNewerPostsByKeyTwentyAtATime() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            ids.add(posts.insert(new NewPost(ContentKind.DIPLOMATIC_NEWS, "動態 " + i, "正文", ContentLanguage.ZH_HANT,
                    PostSource.NONE, null, "王小明", T0, List.of(new NewPost.Target("weibo-sample", T0)))));
        }

        String first = page("?kind=DIPLOMATIC_NEWS");
        assertThat(ids(first)).hasSize(20).first().isEqualTo(ids.getLast());
        assertThat(first).doesNotContain("id=\"pager-newer\"");
        String older = page(link(first, "pager-older"));
        assertThat(ids(older)).containsExactly(ids.get(4), ids.get(3), ids.get(2), ids.get(1), ids.get(0));
        assertThat(older).doesNotContain("id=\"pager-older\"").contains("kind=DIPLOMATIC_NEWS");
        String newer = page(link(older, "pager-newer"));
        assertThat(ids(newer)).isEqualTo(ids(first));
        assertThat(newer).doesNotContain("id=\"pager-newer\"");
    }

    @Test
    void anUnusableFilterIsRefusedBesideItsFieldKeepingWhatWasTyped() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/queue?lang=en&from=2026-13-01&channel=facebook")
                .with(asStaff("王小明", "EDITOR"))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("Give a date such as 2026-03-02.",
                "No channel is called facebook.", "value=\"2026-13-01\"");
    }

    private List<Long> rows(String query) throws Exception {
        return ids(page(query));
    }

    private String page(String pathAndQuery) throws Exception {
        String uri = pathAndQuery.startsWith("http") ? pathAndQuery : "/queue" + pathAndQuery;
        MockHttpServletResponse response = mvc.perform(get(uri).with(asStaff("王小明", "EDITOR")))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private static List<Long> ids(String page) {
        List<Long> ids = new ArrayList<>();
        Matcher row = ROW.matcher(page);
        while (row.find()) {
            ids.add(Long.parseLong(row.group(1)));
        }
        return ids;
    }

    private static String link(String page, String id) {
        Matcher link = Pattern.compile("id=\"" + id + "\" href=\"([^\"]+)\"").matcher(page);
        assertThat(link.find()).as(id).isTrue();
        return link.group(1).replace("&amp;", "&");
    }

    static Map<String, Object> post(String kind, String scheduledAt, String... channels) {
        Map<String, Object> post = aPost();
        post.put("kind", kind);
        if (!kind.equals("SPOKESPERSON_ANSWER")) {
            post.remove("fields");
        }
        post.put("scheduledAt", scheduledAt);
        post.put("targets", List.of(channels).stream().map(channel -> target(channel)).toList());
        return post;
    }
}
