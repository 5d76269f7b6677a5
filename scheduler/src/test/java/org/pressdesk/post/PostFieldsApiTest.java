package org.pressdesk.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.pressdesk.system.ApiTestSupport;
import org.springframework.http.HttpStatus;

/**
 * A post's fields — the question, answer, spokesperson and topics templates read — are taken with
 * the post, checked against what its kind needs, stored, shown, and published.
 */
class PostFieldsApiTest extends ApiTestSupport {

    private static Map<String, Object> answer(Map<String, Object> fields) {
        Map<String, Object> post = aPost();
        post.put("body", "（例行記者會實錄節選）");
        // The spokesperson is named with the conference, so only when its date is known.
        post.put("source", Map.of("conferenceDate", "2026-03-02"));
        post.put("fields", fields);
        return post;
    }

    private static Map<String, Object> answerFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("question", "中方對伊朗與六國對話有何評論？");
        fields.put("answer", "中方歡迎各方早日恢復對話。");
        fields.put("spokesperson", "洪磊");
        return fields;
    }

    private static Map<String, Object> briefing(Map<String, Object> fields) {
        Map<String, Object> post = aPost();
        post.put("kind", "BRIEFING_SUMMARY");
        post.put("title", "外交部發言人洪磊主持例行記者會");
        post.put("body", "中方歡迎伊朗與六國恢復對話。\n中方密切關注朝鮮半島局勢。");
        post.put("fields", fields);
        return post;
    }

    private static Map<String, Object> briefingFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("spokesperson", "洪磊");
        fields.put("topics", List.of("伊朗核問題", "朝鮮半島局勢"));
        return fields;
    }

    @Test
    void storesAPostsFieldsAndShowsThem() throws Exception {
        Map<String, Object> fields = answerFields();
        fields.put("hashtag", "外交小靈通");
        long id = created(answer(fields));

        getPost(id)
                .andExpect(jsonPath("$.fields.question").value("中方對伊朗與六國對話有何評論？"))
                .andExpect(jsonPath("$.fields.answer").value("中方歡迎各方早日恢復對話。"))
                .andExpect(jsonPath("$.fields.spokesperson").value("洪磊"))
                .andExpect(jsonPath("$.fields.hashtag").value("外交小靈通"));
        long briefing = created(briefing(briefingFields()));
        getPost(briefing).andExpect(jsonPath("$.fields.topics", contains("伊朗核問題", "朝鮮半島局勢")));
    }

    @Test
    void publishesAStoredAnswersFieldsOnEveryMedium() throws Exception {
        Map<String, Object> post = answer(answerFields());
        post.put("targets", List.of(target("weibo-sample"), target("radio-sample")));

        long id = scheduled(post);

        // What approval stored is what goes out: rendered from the post as stored, fields and all.
        assertThat(approvedText(id, "weibo-sample")).contains("外交部發言人洪磊主持例行記者會",
                "問：中方對伊朗與六國對話有何評論？", "答：中方歡迎各方早日恢復對話。");
        assertThat(approvedText(id, "radio-sample")).contains("有記者問：中方對伊朗與六國對話有何評論？",
                "外交部發言人洪磊回答說：中方歡迎各方早日恢復對話。");
    }

    @Test
    void publishesAStoredBriefingsSpokespersonAndTopics() throws Exception {
        Map<String, Object> post = briefing(briefingFields());
        post.put("targets", List.of(target("weibo-sample")));

        long id = scheduled(post);

        assertThat(approvedText(id, "weibo-sample"))
                .contains("外交部發言人洪磊主持例行記者會，就伊朗核問題、朝鮮半島局勢等問題回答記者提問", "◆中方歡迎伊朗與六國恢復對話。");
    }

    @Test
    void previewsAPostWithItsFields() throws Exception {
        Map<String, Object> post = answer(answerFields());
        post.put("targets", List.of(target("x-sample")));

        postJson("/api/posts/preview", post)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].parts[0]", containsString("外交部發言人洪磊")))
                .andExpect(jsonPath("$[0].parts[0]", containsString("答：中方歡迎各方早日恢復對話。")));
    }

    @Test
    void takesTheEnglishSpokespersonsNameFromTheFieldsNeverFromTheTitle() throws Exception {
        Map<String, Object> post = aPost();
        post.put("language", "en");
        post.put("title", "Spokesperson Hong Lei Answers at the regular press conference");
        post.put("body", "Q: When will the talks take place?\nA: China welcomes an early resumption of dialogue.");
        post.put("fields", Map.of("question", "When will the talks take place?",
                "answer", "China welcomes an early resumption of dialogue.", "spokesperson", "Hong Lei"));
        post.put("source", Map.of("conferenceDate", "2026-03-02"));
        post.put("targets", List.of(target("x-sample")));

        long id = scheduled(post);

        assertThat(approvedText(id, "x-sample")).contains("Spokesperson Hong Lei at the regular press conference")
                .doesNotContain("Hong Lei Answers");
    }

    @Test
    void refusesAnAnswerWithoutItsQuestionAnswerAndSpokesperson() throws Exception {
        refused(answer(Map.of()), "fields.question", "fields.answer", "fields.spokesperson");
        Map<String, Object> withoutFields = answer(Map.of());
        withoutFields.remove("fields");
        refused(withoutFields, "fields.question", "fields.answer", "fields.spokesperson");
    }

    @Test
    void refusesABriefingWithoutItsSpokespersonAndTopics() throws Exception {
        refused(briefing(Map.of("topics", List.of())), "fields.spokesperson", "fields.topics");
    }

    @Test
    void refusesFieldsTheKindDoesNotTakeSayingWhichItDoes() throws Exception {
        Map<String, Object> statement = aPost();
        statement.put("kind", "STATEMENT");
        statement.put("fields", briefingFields());
        refused(statement, "fields.spokesperson", "fields.topics")
                .andExpect(jsonPath("$.errors[0].message", containsString("hashtag")));

        Map<String, Object> fields = answerFields();
        fields.put("topics", List.of("伊朗核問題"));
        refused(answer(fields), "fields.topics")
                .andExpect(jsonPath("$.errors[0].message", containsString("question, answer, spokesperson")));
    }

    @Test
    void refusesAFieldNameNoKindHasNamingTheOneMeant() throws Exception {
        Map<String, Object> fields = answerFields();
        fields.put("questions", "？");
        refused(answer(fields), "fields.questions")
                .andExpect(jsonPath("$.errors[0].message", containsString("did you mean 'question'?")));
    }

    @Test
    void refusesAChineseNameForTheSpokespersonOfAnEnglishPost() throws Exception {
        Map<String, Object> post = aPost();
        post.put("language", "en");
        post.put("fields", Map.of("question", "Q?", "answer", "A.", "spokesperson", "洪磊"));

        refused(post, "fields.spokesperson").andExpect(jsonPath("$.errors[0].message", containsString("English")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"# bad tag #", "#外交小靈通#", "外交 小靈通", "外交\u3000小靈通", "＃外交小靈通"})
    void refusesAHashtagWithMarksOrSpacesSinceEachChannelWritesItsOwn(String hashtag) throws Exception {
        Map<String, Object> fields = answerFields();
        fields.put("hashtag", hashtag);

        refused(answer(fields), "fields.hashtag").andExpect(jsonPath("$.errors[0].message", containsString("'#'")));
    }

    @Test
    void refusesFieldsThatCannotBePublished() throws Exception {
        Map<String, Object> fields = answerFields();
        fields.put("spokesperson", "\u200b");
        fields.put("question", "有何評論\u0000");
        refused(answer(fields), "fields.spokesperson", "fields.question");

        Map<String, Object> topics = briefingFields();
        topics.put("topics", List.of("伊朗核問題、朝鮮半島局勢"));
        refused(briefing(topics), "fields.topics[0]")
                .andExpect(jsonPath("$.errors[0].message", containsString("、")));

        topics.put("topics", java.util.Collections.nCopies(21, "議題"));
        refused(briefing(topics), "fields.topics");
    }

    @Test
    void checksNoFieldsAgainstAKindThatDoesNotExist() throws Exception {
        Map<String, Object> post = answer(answerFields());
        post.put("kind", "ANSWER");

        refused(post, "kind").andExpect(jsonPath("$.errors[0].message", not(containsString("fields"))));
    }

    private org.springframework.test.web.servlet.ResultActions refused(Map<String, Object> post, String... fields)
            throws Exception {
        String before = storedState();
        org.springframework.test.web.servlet.ResultActions result = expectProblem(create(post), HttpStatus.BAD_REQUEST,
                fields);
        assertThat(storedState()).isEqualTo(before);
        return result;
    }

    private String approvedText(long postId, String channel) {
        return String.join("\n", jdbc.sql("SELECT text FROM approved_part WHERE target_id = :id ORDER BY part_index")
                .param("id", targetId(postId, channel)).query(String.class).list());
    }
}
