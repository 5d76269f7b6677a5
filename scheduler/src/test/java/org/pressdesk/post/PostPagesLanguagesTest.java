package org.pressdesk.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pressdesk.system.ApiTestSupport;
import org.springframework.mock.web.MockHttpServletResponse;

/** The queue, compose, post and approvals pages in each of the three languages, with no key left untranslated. */
class PostPagesLanguagesTest extends ApiTestSupport {

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
            "/queue, zh-Hans, 发布队列", "/queue, zh-Hant, 發布佇列", "/queue, en, Publishing queue",
            "/compose, zh-Hans, 撰写稿件", "/compose, zh-Hant, 撰寫稿件", "/compose, en, Compose a post",
            "/posts/{id}, zh-Hans, 历史记录", "/posts/{id}, zh-Hant, 歷史紀錄", "/posts/{id}, en, History",
            "/approvals, zh-Hans, 待审批", "/approvals, zh-Hant, 待審批", "/approvals, en, Waiting for approval"})
    void eachPageSpeaksTheLanguageChosenWithNoMissingKey(String path, String language, String heading)
            throws Exception {
        long published = scheduledPost();
        moveTarget(published, "weibo-sample", TargetState.PUBLISHING, TargetState.PUBLISHED);
        moveTarget(published, "x-sample", TargetState.PUBLISHING, TargetState.OUTCOME_UNKNOWN);
        long submitted = created(aPost());
        act(submitted, "submit", "王小明");

        MockHttpServletResponse response = mvc.perform(get(path.replace("{id}", String.valueOf(published)))
                .param("lang", language).with(asStaff("陳主任", "EDITOR", "APPROVER"))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("lang=\"" + language + "\"", heading).doesNotContain("??");
    }
}
