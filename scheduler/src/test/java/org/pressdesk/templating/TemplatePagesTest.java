package org.pressdesk.templating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.pressdesk.system.ApiTestSupport;
import org.pressdesk.template.TemplateKey;
import org.pressdesk.template.store.TemplateOverride;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;

/** The template editor pages: list, edit with a preview of the unsaved text, save, refusals, versions, going back. */
class TemplatePagesTest extends ApiTestSupport {

    private static final String PAGE = "/templates/microblog/spokesperson-answer/zh-Hant";
    private static final TemplateKey KEY = TemplateKey.parse("microblog/spokesperson-answer/zh-Hant");

    @Autowired
    JdbcTemplateOverrides overrides;

    @Test
    void theListNamesEachTemplateByMediumKindAndLanguage() throws Exception {
        String page = page("/templates", "en");

        assertThat(page).contains("id=\"templates-table\"", "id=\"template-microblog-spokesperson-answer-zh-Hant\"",
                "Microblog", "Spokesperson answer", "繁體中文", "as shipped");
    }

    @Test
    void anEditIsPreviewedOnTheChannelsOfItsMediumWithoutBeingSaved() throws Exception {
        String page = mvc.perform(post(PAGE).param("source", "〔試排〕[(${answer})]").param("action", "preview")
                        .param("lang", "en").with(asStaff("王小明", "ADMIN")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"template-preview-result\"", "id=\"preview-weibo-sample\"",
                "〔試排〕我們已經注意到有關報道。", "〔試排〕[(${answer})]</textarea>");
        assertThat(overrides.find(KEY)).isEmpty();
    }

    @Test
    void aSavedEditIsTheVersionInUseAndNamesWhoSavedIt() throws Exception {
        mvc.perform(post(PAGE).param("source", "【本部答問】[(${answer})]").param("action", "save")
                        .with(asStaff("王小明", "ADMIN")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(PAGE));

        assertThat(overrides.find(KEY)).get().extracting(TemplateOverride::source, TemplateOverride::savedBy)
                .containsExactly("【本部答問】[(${answer})]", "王小明");
        assertThat(page(PAGE, "en")).contains("id=\"template-version-1\"", "version 1, by 王小明 at 2026-03-02 10:00");
    }

    @Test
    void aTemplateThatDoesNotParseIsRefusedWithItsLineBesideTheTextKeptAsTyped() throws Exception {
        String typed = "【答記者問】\n問：[(${question})]\n答：[(${answer)]";

        String page = mvc.perform(post(PAGE).param("source", typed).param("action", "save").param("lang", "en")
                        .with(asStaff("王小明", "ADMIN")))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"template-error\"", "Not saved: line 3, column")
                .contains(HtmlUtils.htmlEscape(typed) + "</textarea>");
        assertThat(overrides.find(KEY)).isEmpty();
    }

    @Test
    void anEarlierVersionIsPutBackAsTheNewestAndTheHistoryKeepsEveryOne() throws Exception {
        save("【第一版】[(${answer})]", "王小明");
        save("【第二版】[(${answer})]", "陳主任");

        mvc.perform(post(PAGE + "/revert").param("version", "1").with(asStaff("李編輯", "ADMIN")))
                .andExpect(status().is3xxRedirection());

        assertThat(overrides.find(KEY)).get().extracting(TemplateOverride::version, TemplateOverride::source,
                TemplateOverride::savedBy).containsExactly(3L, "【第一版】[(${answer})]", "李編輯");
        String page = page(PAGE, "en");
        assertThat(page).contains("id=\"template-version-1\"", "id=\"template-version-2\"", "id=\"template-version-3\"",
                "陳主任", "李編輯", "id=\"revert-to-2\"").doesNotContain("id=\"revert-to-3\"");
    }

    @Test
    void theShippedTemplateCanBeUsedAgain() throws Exception {
        save("【第一版】[(${answer})]", "王小明");

        mvc.perform(post(PAGE + "/default").with(asStaff("陳主任", "ADMIN"))).andExpect(status().is3xxRedirection());

        assertThat(overrides.find(KEY)).isEmpty();
        assertThat(page(PAGE, "en")).contains("as shipped", "set aside");
    }

    @Test
    void anUnknownTemplateIsNotFound() throws Exception {
        mvc.perform(get("/templates/fax/spokesperson-answer/zh-Hant").with(asStaff("王小明", "EDITOR")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/templates/web/treaty-document/en").with(asStaff("王小明", "EDITOR")))
                .andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-Hans", "zh-Hant", "en"})
    void theTemplatePagesReadInEachLanguage(String language) throws Exception {
        save("【第一版】[(${answer})]", "王小明");
        assertThat(page("/templates", language)).contains("lang=\"" + language + "\"").doesNotContain("??");
        assertThat(page(PAGE, language)).contains("lang=\"" + language + "\"").doesNotContain("??");
        assertThat(page("/templates/web/default/en", language)).doesNotContain("??");
    }

    private void save(String source, String actor) throws Exception {
        mvc.perform(post(PAGE).param("source", source).param("action", "save").with(asStaff(actor, "ADMIN")))
                .andExpect(status().is3xxRedirection());
    }

    private String page(String path, String language) throws Exception {
        return mvc.perform(get(path).param("lang", language).with(asStaff("王小明", "EDITOR")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
