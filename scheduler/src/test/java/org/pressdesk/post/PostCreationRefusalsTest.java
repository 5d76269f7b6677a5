package org.pressdesk.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pressdesk.system.ApiTestSupport;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * POST /api/posts refuses every unusable request with a 4xx problem naming the field, and stores
 * nothing: no post, no target, no audit row, no queue entry.
 */
class PostCreationRefusalsTest extends ApiTestSupport {

    private String before;
    private boolean stored;

    @BeforeEach
    void oneScheduledPostAlreadyStored() throws Exception {
        scheduledPost();
        before = storedState();
    }

    @AfterEach
    void nothingWasStored() {
        if (!stored) {
            assertThat(storedState()).isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "without {0}")
    @ValueSource(strings = {"kind", "title", "body", "language", "targets"})
    void refusesAPostWithoutARequiredField(String field) throws Exception {
        Map<String, Object> post = aPost();
        post.remove(field);

        expectProblem(create(post), HttpStatus.BAD_REQUEST, field);
    }

    @ParameterizedTest(name = "blank {0}")
    @ValueSource(strings = {"title", "body", "language", "author"})
    void refusesABlankRequiredText(String field) throws Exception {
        Map<String, Object> post = aPost();
        post.put(field, " \t ");

        expectProblem(create(post), HttpStatus.BAD_REQUEST, field);
    }

    @Test
    void refusesALoneSurrogateInTheTitle() throws Exception {
        Map<String, Object> post = aPost();
        post.put("title", "LONE-SURROGATE外交部發言人答記者問");
        // JSON's \\u escape is the only way to send half a surrogate pair: UTF-8 cannot encode one.
        String body = json.writeValueAsString(post).replace("LONE-SURROGATE", "\\ud83d");

        expectProblem(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/posts")
                        .contentType(MediaType.APPLICATION_JSON).content(body)), HttpStatus.BAD_REQUEST, "title")
                .andExpect(jsonPath("$.errors[0].message", containsString("U+D83D")));
    }

    @ParameterizedTest(name = "{0} U+{1}")
    @CsvSource({"title, 0000", "title, 0007", "title, 001B", "title, 007F", "title, 0085", "title, 000A",
            "body, 0000", "body, 000C", "author, 0000", "link, 0000", "targets[0].channel, 0000"})
    void refusesControlCharacters(String field, String codePoint) throws Exception {
        Map<String, Object> post = aPost();
        String control = Character.toString(Integer.parseInt(codePoint, 16));
        if (field.startsWith("targets")) {
            post.put("targets", List.of(target("weibo-sample" + control)));
        } else {
            post.put(field, post.get(field) + control + "x");
        }

        expectProblem(create(post), HttpStatus.BAD_REQUEST, field)
                .andExpect(jsonPath("$.errors[0].message", containsString("U+" + codePoint)));
    }

    /** An override shows text other than what was typed and approved (the "Trojan Source" trick). */
    @ParameterizedTest(name = "{0} U+{1}")
    @CsvSource({"title, 202E", "title, 202D", "body, 202E", "body, 202B", "body, 2067"})
    void refusesBidirectionalControlsThatReorderWhatFollows(String field, String codePoint) throws Exception {
        Map<String, Object> post = aPost();
        post.put(field, post.get(field) + Character.toString(Integer.parseInt(codePoint, 16)) + "abc");

        expectProblem(create(post), HttpStatus.BAD_REQUEST, field)
                .andExpect(jsonPath("$.errors[0].message", containsString("U+" + codePoint)));
    }

    @Test
    void acceptsAnIsolateThatIsClosed() throws Exception {
        Map<String, Object> post = aPost();
        post.put("body", post.get("body") + "\u2067abc\u2069");
        stored = true;

        create(post).andExpect(status().isCreated());
    }

    @Test
    void acceptsLineBreaksAndTabsInTheBody() throws Exception {
        Map<String, Object> post = aPost();
        post.put("body", "問：請介紹有關情況。\r\n答：\t我們已經注意到有關報道。");
        stored = true;

        create(post).andExpect(status().isCreated());
    }

    @ParameterizedTest(name = "{0} of {1}")
    @CsvSource({"title, 200B 200B", "title, 00A0", "title, 3000 200D", "body, FEFF", "author, 200F",
            "author, 200B 3000 00A0", "author, 2060"})
    void refusesTextWithNothingVisible(String field, String codePoints) throws Exception {
        Map<String, Object> post = aPost();
        post.put(field, codePoints(codePoints));

        expectProblem(create(post), HttpStatus.BAD_REQUEST, field)
                .andExpect(jsonPath("$.errors[0].message", containsString("visible")));
    }

    private static String codePoints(String hex) {
        StringBuilder text = new StringBuilder();
        for (String codePoint : hex.split(" ")) {
            text.appendCodePoint(Integer.parseInt(codePoint, 16));
        }
        return text.toString();
    }

    @Test
    void refusesAnEmptyObjectNamingEveryMissingField() throws Exception {
        expectProblem(postJson("/api/posts", Map.of()), HttpStatus.BAD_REQUEST,
                "kind", "title", "body", "language", "targets");
    }

    @Test
    void refusesAPostWithoutTargets() throws Exception {
        Map<String, Object> post = aPost();
        post.put("targets", List.of());

        expectProblem(create(post), HttpStatus.BAD_REQUEST, "targets");
    }

    @Test
    void refusesATargetWithoutAChannel() throws Exception {
        Map<String, Object> post = aPost();
        post.put("targets", List.of(target("weibo-sample"), Map.of("scheduledAt", "now")));

        expectProblem(create(post), HttpStatus.BAD_REQUEST, "targets[1].channel");
    }

    @Test
    void refusesAnUnknownChannelNamingTheTarget() throws Exception {
        Map<String, Object> post = aPost();
        post.put("targets", List.of(target("weibo-sample"), target("facebook")));

        expectProblem(create(post), HttpStatus.BAD_REQUEST, "targets[1].channel")
                .andExpect(jsonPath("$.errors[0].message", containsString("facebook")));
    }

    @Test
    void refusesAChannelListedTwice() throws Exception {
        Map<String, Object> post = aPost();
        post.put("targets", List.of(target("x-sample"), target("weibo-sample"), target("x-sample", "now")));

        expectProblem(create(post), HttpStatus.BAD_REQUEST, "targets[2].channel");
    }

    @Test
    void refusesAnUnknownKind() throws Exception {
        Map<String, Object> post = aPost();
        post.put("kind", "PRESS_RELEASE");

        expectProblem(create(post), HttpStatus.BAD_REQUEST, "kind");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "zh", "zh-CN", "english"})
    void refusesAnUnknownLanguage(String language) throws Exception {
        Map<String, Object> post = aPost();
        post.put("language", language);

        expectProblem(create(post), HttpStatus.BAD_REQUEST, "language");
    }

    @Test
    void acceptsALanguageTagInAnyCase() throws Exception {
        Map<String, Object> post = aPost();
        post.put("language", "ZH-hans");
        stored = true;

        create(post).andExpect(status().isCreated()).andExpect(jsonPath("$.language").value("zh-Hans"));
    }

    @Test
    void refusesAValueOfTheWrongTypeNamingItsPath() throws Exception {
        Map<String, Object> post = aPost();
        post.put("targets", List.of(target("weibo-sample"), Map.of("channel", List.of("x-sample"))));

        expectProblem(create(post), HttpStatus.BAD_REQUEST, "targets[1].channel");
    }

    @Test
    void refusesAnUnusableSource() throws Exception {
        Map<String, Object> post = aPost();
        post.put("source", Map.of("conferenceDate", "last Tuesday"));
        expectProblem(create(post), HttpStatus.BAD_REQUEST, "source.conferenceDate");

        post.put("source", Map.of("conferenceDate", TODAY, "questionNumber", 0));
        expectProblem(create(post), HttpStatus.BAD_REQUEST, "source.questionNumber");
    }

    @Test
    void refusesATitleLongerThanFiveHundredCharacters() throws Exception {
        Map<String, Object> post = aPost();
        post.put("title", "標".repeat(501));

        expectProblem(create(post), HttpStatus.BAD_REQUEST, "title");
    }

    @ParameterizedTest
    @ValueSource(strings = {"www.example.gov/t1.html", "ftp://example.gov/t1.html", "https://", "javascript:alert(1)",
            "https://exa mple.gov/"})
    void refusesALinkThatIsNoHttpAddress(String link) throws Exception {
        Map<String, Object> post = aPost();
        post.put("link", link);

        expectProblem(create(post), HttpStatus.BAD_REQUEST, "link");
    }

    @Test
    void refusesATimeBeyondTheGraceInThePast() throws Exception {
        Map<String, Object> post = aPost();
        post.put("scheduledAt", TODAY + "T09:54");

        expectProblem(create(post), HttpStatus.BAD_REQUEST, "scheduledAt")
                .andExpect(jsonPath("$.errors[0].message", containsString("past")));
    }

    @Test
    void refusesATargetTimeBeyondTheGraceInThePastNamingTheTarget() throws Exception {
        Map<String, Object> post = aPost();
        post.put("targets", List.of(target("weibo-sample"), target("x-sample", "2026-03-02T01:54:59Z")));

        expectProblem(create(post), HttpStatus.BAD_REQUEST, "targets[1].scheduledAt");
    }

    @Test
    void acceptsATimeJustInsideTheGrace() throws Exception {
        Map<String, Object> post = aPost();
        post.put("scheduledAt", TODAY + "T09:56");
        stored = true;

        create(post).andExpect(status().isCreated())
                .andExpect(jsonPath("$.targets[0].scheduledAt").value(shown(TODAY + "T09:56")));
        clock.advance(Duration.ofMinutes(1));
        post.put("scheduledAt", "2026-03-02T01:57:00Z");
        create(post).andExpect(status().isCreated());
    }

    @Test
    void acceptsATimeExactlyAtTheEndOfTheGrace() throws Exception {
        Map<String, Object> post = aPost();
        post.put("scheduledAt", TODAY + "T09:55");
        stored = true;

        create(post).andExpect(status().isCreated());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tomorrow 15:00", "2026-03-02 15:00", "2026-02-30T15:00", "15:00", "", "2026-03-02T25:00"})
    void refusesAnUnparsableTime(String time) throws Exception {
        Map<String, Object> post = aPost();
        post.put("scheduledAt", time);

        expectProblem(create(post), HttpStatus.BAD_REQUEST, "scheduledAt");
    }

    @Test
    void refusesAnUnparsableTargetTimeNamingTheTarget() throws Exception {
        Map<String, Object> post = aPost();
        post.put("targets", List.of(target("weibo-sample", "soon"), target("x-sample")));

        expectProblem(create(post), HttpStatus.BAD_REQUEST, "targets[0].scheduledAt");
    }

    @Test
    void refusesALocalTimeInTheSpringForwardGapNamingTheGap() throws Exception {
        Map<String, Object> post = aPost();
        post.put("timeZone", "America/New_York");
        post.put("scheduledAt", "2026-03-08T02:30");

        // New York's clocks go from 02:00 straight to 03:00 that Sunday: 02:30 never happens.
        expectProblem(create(post), HttpStatus.BAD_REQUEST, "scheduledAt")
                .andExpect(jsonPath("$.errors[0].message", allOf(containsString("2026-03-08T02:30"),
                        containsString("does not exist"), containsString("America/New_York"),
                        containsString("02:00"), containsString("03:00"))));
    }

    @Test
    void refusesALocalTimeThatHappensTwiceNamingBothInstants() throws Exception {
        Map<String, Object> post = aPost();
        post.put("timeZone", "America/New_York");
        post.put("targets", List.of(target("weibo-sample"), target("x-sample", "2026-11-01T01:30")));

        // The clocks go back from 02:00 to 01:00: 01:30 happens first at -04:00, then at -05:00.
        expectProblem(create(post), HttpStatus.BAD_REQUEST, "targets[1].scheduledAt")
                .andExpect(jsonPath("$.errors[0].message", allOf(containsString("twice"),
                        containsString("2026-11-01T01:30-04:00"), containsString("2026-11-01T01:30-05:00"))));
    }

    @Test
    void acceptsATimeInTheRepeatedHourWhenItsOffsetSaysWhichOne() throws Exception {
        Map<String, Object> post = aPost();
        post.put("timeZone", "America/New_York");
        post.put("scheduledAt", "2026-11-01T01:30-05:00");
        stored = true;

        create(post).andExpect(status().isCreated())
                .andExpect(jsonPath("$.targets[0].scheduledAt").value("2026-11-01T14:30:00+08:00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2028-03-02T10:01", "2099-01-01T00:00", "+10000-01-01T00:00", "9999-12-31T23:59:59Z"})
    void refusesATimeBeyondTheSchedulingHorizon(String time) throws Exception {
        Map<String, Object> post = aPost();
        post.put("scheduledAt", time);

        expectProblem(create(post), HttpStatus.BAD_REQUEST, "scheduledAt")
                .andExpect(jsonPath("$.errors[0].message", containsString("ahead")));
    }

    @Test
    void acceptsATimeAtTheSchedulingHorizon() throws Exception {
        Map<String, Object> post = aPost();
        post.put("scheduledAt", "2028-03-02T10:00");
        stored = true;

        create(post).andExpect(status().isCreated());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mars/Olympus_Mons", "CST+8", "Asia/Beijing"})
    void refusesAnUnknownTimeZone(String zone) throws Exception {
        Map<String, Object> post = aPost();
        post.put("timeZone", zone);

        expectProblem(create(post), HttpStatus.BAD_REQUEST, "timeZone");
    }

    /** A statement: its body is what the microblog channels publish, between its title and link. */
    private static Map<String, Object> aStatement() {
        Map<String, Object> post = aPost();
        post.put("kind", "STATEMENT");
        post.remove("fields");
        return post;
    }

    @Test
    void refusesABodyOverTheChannelLimitAndStoresNothing() throws Exception {
        Map<String, Object> post = aStatement();
        // One over x-sample's 280 as X weighs it once the template's header and tags are around it
        // (a Latin letter weighs 1); far under weibo-sample's 2000.
        post.put("body", "a".repeat(280 - templateOverheadOnXSample(post) + 1));

        create(post)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.detail", containsString("x-sample")))
                .andExpect(jsonPath("$.violations.x-sample", hasSize(1)))
                .andExpect(jsonPath("$.violations.x-sample[0].code").value("too-long"))
                .andExpect(jsonPath("$.violations.x-sample[0].message", containsString("280")))
                .andExpect(jsonPath("$.violations.weibo-sample").doesNotExist());
    }

    @Test
    void acceptsABodyExactlyAtTheChannelLimitCountingAsXDoes() throws Exception {
        Map<String, Object> post = aStatement();
        // CJK characters and one emoji, each weighing 2 on X (a Latin letter 1 where the parity needs
        // it): 280 in all with the template's header and tags.
        int room = 280 - templateOverheadOnXSample(post) - 2;
        post.put("body", "答".repeat(room / 2) + "a".repeat(room % 2) + "📢");
        stored = true;

        create(post).andExpect(status().isCreated());
    }

    /** How much the x-sample template adds around a post's body as X weighs it, read from the preview. */
    private int templateOverheadOnXSample(Map<String, Object> post) throws Exception {
        Map<String, Object> probe = new java.util.HashMap<>(post);
        probe.put("body", "a");
        probe.put("targets", List.of(target("x-sample")));
        String preview = postJson("/api/posts/preview", probe).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        int length = json.readTree(preview).get(0).get("lengths").get(0).asInt();
        return length - 1;
    }

    @Test
    void refusesABodyOverTheChannelLimitEvenWhenAnotherTargetIsFine() throws Exception {
        Map<String, Object> post = aStatement();
        post.put("body", "答".repeat(1990));
        post.put("targets", new ArrayList<>(List.of(target(SECRET_CHANNEL), target("weibo-sample"),
                target("x-sample"))));

        create(post)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations.weibo-sample[0].code").value("too-long"))
                .andExpect(jsonPath("$.violations.x-sample[0].code").value("too-long"))
                .andExpect(jsonPath("$.violations." + SECRET_CHANNEL).doesNotExist());
    }

    @Test
    void refusesATextBodyThatIsNotJson() throws Exception {
        ResultActions result = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/posts").contentType(MediaType.TEXT_PLAIN).content("kind=STATEMENT"));

        expectProblem(result, HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }
}
