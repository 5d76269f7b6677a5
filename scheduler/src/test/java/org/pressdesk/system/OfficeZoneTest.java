package org.pressdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.channel.ChannelRegistry;
import org.pressdesk.connector.ChannelContent;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.Medium;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.template.PostDraft;
import org.pressdesk.template.PostRenderer;
import org.pressdesk.template.TemplateKey;
import org.pressdesk.template.TemplateLibrary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One office zone: with only {@code pressdesk.office.zone} changed, the templates' dates and the sample radio
 * segment's air times follow it, since neither {@code pressdesk.templates.zone} nor the segment's {@code zone}
 * is set.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("samples")
class OfficeZoneTest {

    @TempDir
    static Path outbox;

    @Autowired
    PostRenderer renderer;
    @Autowired
    TemplateLibrary templates;
    @Autowired
    ChannelRegistry channels;

    @DynamicPropertySource
    static void anOfficeInNewYork(DynamicPropertyRegistry registry) {
        registry.add("pressdesk.office.zone", () -> "America/New_York");
        registry.add("pressdesk.dispatch.enabled", () -> "false");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:office-zone-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        for (String channel : List.of("weibo-sample", "x-sample", "radio-sample")) {
            registry.add("pressdesk.channels." + channel + ".settings.folder", () -> outbox.resolve(channel).toString());
        }
        registry.add("pressdesk.channels.radio-sample.settings.audio-preview", () -> "false");
    }

    @Test
    void templateDatesAreTheScheduledDayInTheOfficesZone() {
        templates.save(TemplateKey.of(Medium.MICROBLOG, ContentKind.DIPLOMATIC_NEWS, ContentLanguage.ZH_HANT),
                "[(${date})]：[(${body})]", "editor-li");
        // 02:00 UTC on 2 March is still 1 March, 21:00, in New York (and already 10:00 on 2 March in Shanghai).
        PostDraft draft = new PostDraft(ContentKind.DIPLOMATIC_NEWS, ContentLanguage.ZH_HANT, "外交動態", "正文。", null,
                Instant.parse("2026-03-02T02:00:00Z"), null);

        assertThat(renderer.render(draft, channels.require("x-sample")).content().parts())
                .containsExactly("2026年3月1日：正文。");
    }

    @Test
    void theRadioSegmentAirsInTheOfficesZone() throws Exception {
        Connector radio = channels.require("radio-sample");
        // Sunday 6 January 2030, 19:00 in New York: the first episode still open is Monday's at 17:40 there.
        radio.publish(new ChannelContent(ContentKind.DIPLOMATIC_NEWS, ContentLanguage.ZH_HANT, "外交動態",
                List.of("中方歡迎各方恢復對話。"), null, Instant.parse("2030-01-07T00:00:00Z"), null), "office-zone-item");

        Path script = outbox.resolve("radio-sample").resolve(LocalDate.of(2030, 1, 7) + "-wjfwz")
                .resolve("wjfwz-20300107.txt");
        assertThat(Files.readString(script, StandardCharsets.UTF_8)).contains("17:40 (America/New_York)");
    }
}
