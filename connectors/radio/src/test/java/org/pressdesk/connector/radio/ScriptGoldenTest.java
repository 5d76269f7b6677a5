package org.pressdesk.connector.radio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.testing.GoldenFiles;
import org.pressdesk.testing.SettableClock;
import org.w3c.dom.Element;

/**
 * A Friday episode of 「外交服務站」 in each language, with more items than the slot holds (counting the pause after the
 * intro and after each item: in Chinese two of the four move, as intro, three items and outro would read in 1:43 but
 * run 1:47 with their pauses, longer than the 1:45 slot); the scripts
 * (text, printable HTML, SSML) must match the golden files under {@code src/test/resources/golden/radio}.
 * A missing golden file is written and the test fails, so each is read by a person before it is committed;
 * {@code -Dgolden.update=true} rewrites them.
 */
class ScriptGoldenTest {

    private static final LocalDate FRIDAY = LocalDate.of(2011, 12, 30);

    /** Each language's slot is shorter than its four items with intro, outro and pauses. */
    private static final Map<ContentLanguage, String> SLOTS = Map.of(
            ContentLanguage.ZH_HANS, "105s", ContentLanguage.ZH_HANT, "105s", ContentLanguage.EN, "80s");

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(ContentLanguage.class)
    void writesTheScriptsAsTheGoldenFilesShow(ContentLanguage language) throws Exception {
        SettableClock clock = new SettableClock(Instant.parse("2011-12-30T07:00:05Z"));
        RadioScriptConnector radio = (RadioScriptConnector) new RadioScriptConnectorType(clock).create(new ChannelAccount(
                "cnr-wjfwz", RadioScriptConnectorType.ID, null, Map.of(
                        "station", switch (language) {
                            case ZH_HANS -> "中国之声";
                            case ZH_HANT -> "中國之聲";
                            case EN -> "China National Radio";
                        },
                        "programme", switch (language) {
                            case ZH_HANS -> "新闻晚高峰";
                            case ZH_HANT -> "新聞晚高峰";
                            case EN -> "Evening Rush Hour";
                        },
                        "segment", switch (language) {
                            case ZH_HANS -> "外交服务站";
                            case ZH_HANT -> "外交服務站";
                            case EN -> "Diplomacy Service Station";
                        },
                        "slug", "wjfwz", "weekdays", "MON,WED,FRI", "air-time", "17:40", "slot-length", SLOTS.get(language),
                        "language", language.tag(), "folder", folder.toString(), "audio-preview", "false"), Map.of()));

        radio.publish(RadioItems.missionRelease(language), "mission");
        clock.advance(Duration.ofMinutes(2));
        radio.publish(RadioItems.notice(language), "notice");
        clock.advance(Duration.ofMinutes(2));
        radio.publish(RadioItems.answer(language), "answer");
        clock.advance(Duration.ofMinutes(2));
        radio.publish(RadioItems.briefing(language), "briefing");

        assertThat(radio.episodeOf("mission")).contains(LocalDate.of(2012, 1, 2));
        Element speak = DocumentBuilderFactory.newNSInstance().newDocumentBuilder()
                .parse(radio.scriptFile(FRIDAY, "ssml").toFile()).getDocumentElement();
        assertThat(speak.getLocalName()).isEqualTo("speak");
        assertThat(speak.getAttribute("xml:lang")).isEqualTo(language == ContentLanguage.EN ? "en"
                : language == ContentLanguage.ZH_HANT ? "zh-TW" : "zh-CN");
        assertThat(speak.getElementsByTagName("p").getLength()).isGreaterThanOrEqualTo(5);
        for (String extension : new String[] {"txt", "html", "ssml"}) {
            GoldenFiles.assertMatches("radio/friday." + language.tag() + "." + extension,
                    Files.readString(radio.scriptFile(FRIDAY, extension), StandardCharsets.UTF_8));
        }
    }
}
