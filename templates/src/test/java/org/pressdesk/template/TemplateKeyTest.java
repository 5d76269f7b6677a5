package org.pressdesk.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pressdesk.connector.Medium;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.template.store.DefaultTemplates;

class TemplateKeyTest {

    @Test
    void writesAndReadsIds() {
        TemplateKey answer = TemplateKey.of(Medium.MICROBLOG, ContentKind.SPOKESPERSON_ANSWER, ContentLanguage.ZH_HANT);

        assertThat(answer.id()).isEqualTo("microblog/spokesperson-answer/zh-Hant");
        assertThat(TemplateKey.parse("MICROBLOG/Spokesperson-Answer/zh-hant")).isEqualTo(answer);
        assertThat(TemplateKey.parse("read-aloud/default/en")).isEqualTo(TemplateKey.defaultFor(Medium.READ_ALOUD,
                ContentLanguage.EN));
        assertThat(answer.fallback().id()).isEqualTo("microblog/default/zh-Hant");
    }

    @Test
    void namesTheSegmentItCannotRead() {
        assertThatThrownBy(() -> TemplateKey.parse("fax/default/en")).hasMessageContaining("unknown medium 'fax'");
        assertThatThrownBy(() -> TemplateKey.parse("web/press-release/en"))
                .hasMessageContaining("unknown content kind 'press-release'");
        assertThatThrownBy(() -> TemplateKey.parse("web/default/fr")).hasMessageContaining("unknown language 'fr'");
        assertThatThrownBy(() -> TemplateKey.parse("web/default")).hasMessageContaining("medium/kind/language");
    }

    @Test
    void mapsToClasspathResources() {
        assertThat(DefaultTemplates.resourceName(TemplateKey.of(Medium.WEB, ContentKind.BRIEFING_SUMMARY,
                ContentLanguage.EN))).isEqualTo("org/pressdesk/template/defaults/web/briefing-summary.en.html");
        assertThat(DefaultTemplates.resourceName(TemplateKey.defaultFor(Medium.READ_ALOUD, ContentLanguage.ZH_HANS)))
                .isEqualTo("org/pressdesk/template/defaults/read-aloud/default.zh-Hans.txt");
    }
}
