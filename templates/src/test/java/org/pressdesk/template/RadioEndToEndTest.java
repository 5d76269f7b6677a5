package org.pressdesk.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.PublishReceipt;
import org.pressdesk.connector.radio.RadioScriptConnectorType;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.template.store.DefaultTemplates;
import org.pressdesk.template.store.InMemoryTemplateOverrides;

/** A spokesperson's answer rendered with the read-aloud template and published to the real radio-script connector. */
class RadioEndToEndTest {

    @TempDir
    Path folder;

    @Test
    void theReadAloudVariantIsMeasuredByTheSegmentAndLandsInTheEpisodesScript() throws Exception {
        ChannelAccount account = new ChannelAccount("cnr-wjfwz", RadioScriptConnectorType.ID, "「外交服務站」", Map.of(
                "programme", "新聞晚高峰", "segment", "外交服務站", "station", "中國之聲", "slug", "wjfwz",
                "weekdays", "MON,WED,FRI", "air-time", "17:40", "language", "zh-Hant", "folder", folder.toString(),
                "audio-preview", "false"), Map.of());
        Connector radio = new RadioScriptConnectorType(Clock.fixed(Instant.parse("2011-12-30T07:00:05Z"), ZoneOffset.UTC))
                .create(account);
        ThymeleafPostRenderer renderer = new ThymeleafPostRenderer(
                new TemplateLibrary(new DefaultTemplates(), new InMemoryTemplateOverrides(Clock.systemUTC())),
                ChannelProfiles.fromAccounts(List.of(account)), ZoneId.of("Asia/Shanghai"));

        RenderedContent rendered = renderer.render(Drafts.spokespersonAnswer(ContentLanguage.ZH_HANT), radio);
        PublishReceipt receipt = radio.publish(rendered.content(), "press-conference:2011-12-30#3/cnr-wjfwz");

        assertThat(rendered.template().key().id()).isEqualTo("read-aloud/spokesperson-answer/zh-Hant");
        assertThat(rendered.violations()).isEmpty();
        assertThat(rendered.lengths().getFirst()).isEqualTo(radio.length(rendered.content().parts().getFirst()))
                .isBetween(25, 40);
        String script = Files.readString(Path.of(receipt.url()).resolveSibling("wjfwz-20111230.txt"));
        assertThat(script).contains("1. 外交部發言人洪磊就伊朗與六國對話等答記者問 (發言人答記者問)",
                "在二〇一一年十二月三十日的外交部例行記者會上，有記者問：據報道", "外交部發言人洪磊回答說：中方一貫主張");
        assertThat(Path.of(receipt.url()).getParent().getFileName().toString())
                .isEqualTo(LocalDate.of(2011, 12, 30) + "-wjfwz");
    }
}
