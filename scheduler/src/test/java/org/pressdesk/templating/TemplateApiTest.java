package org.pressdesk.templating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pressdesk.system.ApiTestSupport;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

@ExtendWith(OutputCaptureExtension.class)
class TemplateApiTest extends ApiTestSupport {

    private static final String WEIBO_ANSWER = "/api/templates/microblog/spokesperson-answer/zh-Hant";

    @Test
    void listsTheShippedTemplates() throws Exception {
        mvc.perform(get("/api/templates"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem("microblog/spokesperson-answer/zh-Hant")))
                .andExpect(jsonPath("$[*].id", hasItem("read-aloud/briefing-summary/en")))
                .andExpect(jsonPath("$[?(@.id == 'microblog/spokesperson-answer/zh-Hant')].shipped").value(true));
    }

    @Test
    void showsATemplateWithItsShippedDefault() throws Exception {
        mvc.perform(get(WEIBO_ANSWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("microblog/spokesperson-answer/zh-Hant"))
                .andExpect(jsonPath("$.source", startsWith("【外交部發言人答記者問】")))
                .andExpect(jsonPath("$.defaultSource", startsWith("【外交部發言人答記者問】")))
                .andExpect(jsonPath("$.override").doesNotExist());
    }

    @Test
    void refusesATemplateThatDoesNotParseWithLineAndReasonAndSavesNothing() throws Exception {
        save("【答記者問】\n問：[(${question})]\n答：[(${answer)]", "editor-li")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Template refused"))
                .andExpect(jsonPath("$.line").value(3))
                .andExpect(jsonPath("$.reason").isNotEmpty())
                .andExpect(jsonPath("$.errors[0].field").value("source"));

        mvc.perform(get(WEIBO_ANSWER)).andExpect(jsonPath("$.override").doesNotExist());
    }

    @Test
    void aRefusedTemplateLogsOneLineNotAStackTrace(CapturedOutput output) throws Exception {
        int before = output.getAll().length();

        save("答：[(${answer)]", "editor-li").andExpect(status().isBadRequest());

        String logged = output.getAll().substring(before);
        assertThat(logged.lines().filter(line -> line.contains("microblog/spokesperson-answer/zh-Hant")))
                .singleElement().asString().contains("refused", "line 1");
        assertThat(logged).doesNotContain("\tat org.", "Exception processing template");
    }

    @Test
    void aSecondRevertOfAShippedTemplateSaysThereIsNoOverrideToRevert() throws Exception {
        save("【本部答問】[(${answer})]", "editor-li").andExpect(status().isOk());
        mvc.perform(delete(WEIBO_ANSWER)).andExpect(status().isNoContent());

        mvc.perform(delete(WEIBO_ANSWER))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString("no override to revert")));
        mvc.perform(delete("/api/templates/web/treaty-document/en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString("nothing is shipped or saved")));
    }

    @Test
    void aTemplatePreviewForAnUnknownChannelNamesItsChannelsField() throws Exception {
        postJson(WEIBO_ANSWER + "/preview", Map.of(
                "source", "〔試排〕[(${answer})]",
                "post", Map.of("kind", "SPOKESPERSON_ANSWER", "title", "答記者問", "body", "問：甲？\n答：乙。"),
                "channels", List.of("weibo-sample", "fax-sample")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("channels"))
                .andExpect(jsonPath("$.errors[0].message", containsString("fax-sample")));
    }

    @Test
    void aSavedOverrideRendersNewPostsUntilRevertedToTheDefault() throws Exception {
        save("【本部答問】[(${question})]｜[(${answer})]", "editor-li")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.override.version").value(1))
                .andExpect(jsonPath("$.override.savedBy").value("editor-li"))
                .andExpect(jsonPath("$.override.savedAt", containsString("+08:00")));

        previewOnWeibo()
                .andExpect(jsonPath("$[0].parts[0]", startsWith("【本部答問】")))
                .andExpect(jsonPath("$[0].template.origin").value("OVERRIDE"))
                .andExpect(jsonPath("$[0].template.version").value(1));

        mvc.perform(delete(WEIBO_ANSWER)).andExpect(status().isNoContent());
        previewOnWeibo()
                .andExpect(jsonPath("$[0].parts[0]", startsWith("【外交部發言人答記者問】")))
                .andExpect(jsonPath("$[0].template.origin").value("DEFAULT"));
        mvc.perform(delete(WEIBO_ANSWER)).andExpect(status().isNotFound());
    }

    @Test
    void previewsAnEditOnAPostBeforeSavingIt() throws Exception {
        postJson(WEIBO_ANSWER + "/preview", Map.of(
                "source", "〔試排〕[(${answer})]",
                "post", Map.of("kind", "SPOKESPERSON_ANSWER", "title", "答記者問",
                        "body", "問：中方是否出席會議？\n答：中方將派團出席。"),
                "channels", List.of("weibo-sample", "radio-sample")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].channel").value("weibo-sample"))
                .andExpect(jsonPath("$[0].parts[0]").value("〔試排〕中方將派團出席。"))
                .andExpect(jsonPath("$[1].channel").value("radio-sample"))
                .andExpect(jsonPath("$[1].parts[0]", containsString("中方將派團出席")));

        mvc.perform(get(WEIBO_ANSWER)).andExpect(jsonPath("$.override").doesNotExist());
    }

    @Test
    void refusesAnUnknownTemplateId() throws Exception {
        mvc.perform(get("/api/templates/fax/spokesperson-answer/zh-Hant"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("template"));
        mvc.perform(get("/api/templates/web/treaty-document/en"))
                .andExpect(status().isNotFound());
    }

    @Test
    void previewsAPostOnEveryTargetWithLengthsAndViolationsAndStoresNothing() throws Exception {
        Map<String, Object> post = aPost();
        post.put("body", "問：中方對伊朗與六國對話有何評論？\n答：" + "中方歡迎各方恢復對話。".repeat(40));
        post.put("fields", Map.of("question", "中方對伊朗與六國對話有何評論？", "answer", "中方歡迎各方恢復對話。".repeat(40),
                "spokesperson", "洪磊"));
        post.put("targets", List.of(target("weibo-sample"), target("x-sample"), target("radio-sample")));

        postJson("/api/posts/preview", post)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].channel").value("weibo-sample"))
                .andExpect(jsonPath("$[0].publishable").value(true))
                .andExpect(jsonPath("$[0].parts[0]", containsString("中方歡迎各方恢復對話")))
                .andExpect(jsonPath("$[1].channel").value("x-sample"))
                .andExpect(jsonPath("$[1].publishable").value(false))
                .andExpect(jsonPath("$[1].violations[0].code").value("too-long"))
                .andExpect(jsonPath("$[2].channel").value("radio-sample"))
                .andExpect(jsonPath("$[2].lengths[0]").isNumber());

        assertThat(jdbc.sql("SELECT COUNT(*) FROM post").query(Long.class).single()).isZero();
    }

    @Test
    void approvalSignsOffTheRenderedTextAndIsRefusedWhenAChannelNoLongerAcceptsIt() throws Exception {
        Map<String, Object> post = aPost();
        post.put("targets", List.of(target("x-sample")));
        long id = created(post);
        act(id, "submit", "王小明").andExpect(status().isOk());
        save("[(${answer})][(${#strings.repeat('長', 300)})]", "editor-li").andExpect(status().isOk());

        act(id, "approve", "李審核")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations.x-sample[0].code").value("too-long"));
        mvc.perform(get("/api/posts/{id}", id)).andExpect(jsonPath("$.targets[0].state").value("SUBMITTED"));

        mvc.perform(delete(WEIBO_ANSWER)).andExpect(status().isNoContent());
        act(id, "approve", "李審核").andExpect(status().isOk());
        save("【改版】[(${answer})]", "editor-li").andExpect(status().isOk());

        assertThat(jdbc.sql("SELECT text FROM approved_part WHERE target_id = :id")
                .param("id", targetId(id, "x-sample")).query(String.class).single())
                .startsWith("【外交部發言人答記者問】").doesNotContain("【改版】");
    }

    private ResultActions save(String source, String actor) throws Exception {
        return mvc.perform(put(WEIBO_ANSWER).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("source", source, "actor", actor))));
    }

    private ResultActions previewOnWeibo() throws Exception {
        Map<String, Object> post = aPost();
        post.put("language", "zh-Hant");
        post.put("body", "問：中方是否出席會議？\n答：中方將派團出席。");
        post.put("fields", Map.of("question", "中方是否出席會議？", "answer", "中方將派團出席。", "spokesperson", "洪磊"));
        post.put("targets", List.of(target("weibo-sample")));
        return postJson("/api/posts/preview", post).andExpect(status().isOk());
    }
}
