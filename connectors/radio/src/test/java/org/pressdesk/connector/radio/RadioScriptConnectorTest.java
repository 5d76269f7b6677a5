package org.pressdesk.connector.radio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.connector.Capabilities;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.ChannelContent;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.ConnectorContractTest;
import org.pressdesk.connector.FileMode;
import org.pressdesk.connector.InvalidChannelConfigurationException;
import org.pressdesk.connector.LengthCounting;
import org.pressdesk.connector.PublishException;
import org.pressdesk.connector.PublishReceipt;
import org.pressdesk.connector.Violation;
import org.pressdesk.connector.Withdrawal;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.testing.SettableClock;

class RadioScriptConnectorTest extends ConnectorContractTest {

    private static final LocalDate FRIDAY = LocalDate.of(2011, 12, 30);
    private static final LocalDate MONDAY = LocalDate.of(2012, 1, 2);

    /** Friday 30 December 2011, 15:00:05 in Beijing. */
    private final SettableClock clock = new SettableClock(Instant.parse("2011-12-30T07:00:05Z"));

    @TempDir
    Path folder;

    @Override
    protected Connector createConnector() {
        return connector(Map.of());
    }

    @Override
    protected String configuredChannelId() {
        return "cnr-wjfwz";
    }

    @Override
    protected List<String> textsReceivedByChannel() throws IOException {
        List<QueuedItem> items = new ArrayList<>();
        EpisodeFolder episodes = new EpisodeFolder(folder, "wjfwz", FileMode.DEFAULT);
        for (LocalDate date : episodes.episodes()) {
            items.addAll(episodes.items(date));
        }
        return items.stream().sorted(Comparator.comparing(QueuedItem::receivedAt).thenComparing(QueuedItem::key))
                .map(QueuedItem::text).toList();
    }

    /** On the channel: the item is queued in some episode (the receipt's id is {@code wjfwz:<key>}). */
    @Override
    protected boolean stillOnChannel(PublishReceipt receipt) throws IOException {
        String key = receipt.remoteId().substring(receipt.remoteId().indexOf(':') + 1);
        return new EpisodeFolder(folder, "wjfwz", FileMode.DEFAULT).find(key).isPresent();
    }

    /** The contract's content in the segment's language: an item in zh-Hant is refused by a zh-Hans segment. */
    @Override
    protected ChannelContent content(String... parts) {
        ChannelContent content = super.content(parts);
        return new ChannelContent(content.kind(), ContentLanguage.ZH_HANS, content.title(), content.parts(),
                content.link(), content.scheduledAt(), content.sourceReference());
    }

    /** The connector the contract created for this test. */
    private RadioScriptConnector radio() {
        return (RadioScriptConnector) connector();
    }

    /** Another connector on the same folder, with some settings changed. */
    private RadioScriptConnector connector(Map<String, String> overrides) {
        Map<String, String> settings = new HashMap<>(Map.of(
                "station", "中国之声", "programme", "新闻晚高峰", "segment", "外交服务站", "slug", "wjfwz",
                "weekdays", "MON,WED,FRI", "air-time", "17:40", "slot-length", "5m", "language", "zh-Hans",
                "folder", folder.toString(), "espeak-command", Path.of("no-espeak-here", "espeak-ng").toString()));
        settings.putAll(overrides);
        return (RadioScriptConnector) new RadioScriptConnectorType(clock)
                .create(new ChannelAccount("cnr-wjfwz", RadioScriptConnectorType.ID, "「外交服務站」", settings, Map.of()));
    }

    private String script(LocalDate date, String extension) {
        return read(folder.resolve(date + "-wjfwz").resolve("wjfwz-" + date.toString().replace("-", "") + "." + extension));
    }

    @Test
    void countsReadAloudSecondsAndLimitsAnItemToTheSlotLessIntroAndOutro() {
        Capabilities capabilities = connector().capabilities();

        assertThat(capabilities.lengthCounting()).isEqualTo(LengthCounting.READ_TIME_SECONDS);
        assertThat(capabilities.threads()).isFalse();
        assertThat(capabilities.idempotentPublish()).isTrue();
        assertThat(capabilities.maxLength()).isBetween(240, 290);
        assertThat(connector().length("中".repeat(250))).isEqualTo(60);
        // 2011年12月30日 is read 二〇一一年十二月三十日: eleven characters, not eight digits and three words.
        assertThat(connector().length("2011年12月30日" + "中".repeat(239))).isEqualTo(60);
    }

    @Test
    void readingSpeedsAreSettings() {
        Connector slow = connector(Map.of("chinese-chars-per-minute", "200"));
        Connector english = connector(Map.of("language", "en", "english-words-per-minute", "120"));

        assertThat(slow.length("中".repeat(200))).isEqualTo(60);
        assertThat(english.length("word ".repeat(120))).isEqualTo(60);
    }

    @Test
    void refusesAnItemLongerThanTheSlotAndOneInAnotherLanguageOrScript() {
        ChannelContent tooLong = RadioItems.item(ContentKind.STATEMENT, ContentLanguage.ZH_HANS, "声明",
                "中方声明。".repeat(80));

        assertThat(connector(Map.of("slot-length", "90s")).validate(tooLong))
                .extracting(Violation::code).containsExactly(Violation.TOO_LONG);
        assertThat(connector().validate(RadioItems.answer(ContentLanguage.EN)))
                .extracting(Violation::code).containsExactly(RadioScriptConnector.WRONG_LANGUAGE);
        assertThat(connector().validate(RadioItems.answer(ContentLanguage.ZH_HANT)))
                .singleElement().satisfies(violation -> {
                    assertThat(violation.code()).isEqualTo(RadioScriptConnector.WRONG_LANGUAGE);
                    assertThat(violation.message()).contains("zh-Hans", "zh-Hant");
                });
        assertThat(connector().validate(RadioItems.answer(ContentLanguage.ZH_HANS))).isEmpty();
    }

    @Test
    void theReceiptPointsAtTheScriptByItsPlainPathHoweverTheFolderWasWritten() throws Exception {
        PublishReceipt receipt = connector(Map.of("folder", folder + "/./studio/..")).publish(
                RadioItems.answer(ContentLanguage.ZH_HANS), "answer-3");

        assertThat(receipt.url()).isEqualTo(folder.resolve("2011-12-30-wjfwz/wjfwz-20111230.html").toUri());
    }

    @Test
    void anItemJoinsTodaysEpisodeAndItsScriptIsWrittenInThreeFormats() throws Exception {
        PublishReceipt receipt = connector().publish(RadioItems.answer(ContentLanguage.ZH_HANS), "answer-3");

        Path episode = folder.resolve("2011-12-30-wjfwz");
        assertThat(receipt.url()).isEqualTo(episode.resolve("wjfwz-20111230.html").toUri());
        assertThat(receipt.remoteId()).isEqualTo("wjfwz:answer-3");
        assertThat(receipt.publishedAt()).isEqualTo(clock.instant());
        try (Stream<Path> files = Files.list(episode)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("items", "wjfwz-20111230.html", "wjfwz-20111230.txt", "wjfwz-20111230.ssml");
        }
        assertThat(script(FRIDAY, "txt")).contains("中国之声《新闻晚高峰》", "外交服务站", "稿件代号: wjfwz-20111230",
                "播出时间: 2011年12月30日（星期五） 17:40 (Asia/Shanghai)", "时段长度: 5:00",
                "在二〇一一年十二月三十日的外交部例行记者会上");
        assertThat(script(FRIDAY, "html")).startsWith("<!DOCTYPE html>").contains("<h1>外交服务站</h1>");
        assertThat(script(FRIDAY, "ssml")).startsWith("<?xml").contains("xml:lang=\"zh-CN\"", "<break time=\"1s\"/>");
    }

    @Test
    void writesScriptsAndItemsTheGroupThatServesTheFolderCanRead() throws Exception {
        assumeTrue(Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null, "a POSIX file system");

        connector().publish(RadioItems.answer(ContentLanguage.ZH_HANS), "answer");

        Path episode = folder.resolve("2011-12-30-wjfwz");
        for (String extension : List.of("html", "txt", "ssml")) {
            assertThat(mode(episode.resolve("wjfwz-20111230." + extension))).as(extension).isEqualTo("rw-r-----");
        }
        try (Stream<Path> items = Files.list(episode.resolve("items"))) {
            assertThat(items.map(RadioScriptConnectorTest::mode)).containsExactly("rw-r-----");
        }
        assertThat(mode(episode)).isEqualTo("rwxr-x---");
        assertThat(mode(episode.resolve("items"))).isEqualTo("rwxr-x---");
        assertThat(mode(folder.resolve(".lock"))).as("the lock file").isEqualTo("rw-r-----");

        connector(Map.of("file-mode", "644")).publish(RadioItems.notice(ContentLanguage.ZH_HANS), "notice");
        assertThat(mode(episode.resolve("wjfwz-20111230.html"))).isEqualTo("rw-r--r--");
    }

    private static String mode(Path file) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void emojiAndControlCharactersAreLeftOutOfTheSsmlWithAWarningInTheScript() throws Exception {
        ChannelContent item = RadioItems.item(ContentKind.SERVICE_NOTICE, ContentLanguage.ZH_HANS, "新年提醒",
                "祝大家新年快乐🎉！\u0007如遇紧急情况，请拨打热线12308👍🏽。\u200B");

        connector().publish(item, "emoji");

        String ssml = script(FRIDAY, "ssml");
        DocumentBuilderFactory.newNSInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(ssml.getBytes(StandardCharsets.UTF_8)));
        assertThat(ssml).contains("<p>祝大家新年快乐！如遇紧急情况，请拨打热线幺二三零八。</p>")
                .doesNotContain("🎉", "👍", "\u0007", "\u200B", "\uD83C");
        assertThat(script(FRIDAY, "txt")).contains("!!! 朗读时略去（无法朗读）：🎉 (U+1F389)、U+0007、👍 (U+1F44D)");
        assertThat(script(FRIDAY, "html")).contains("朗读时略去（无法朗读）：🎉 (U+1F389)");
    }

    @Test
    void anItemsMarkupIsPrintedAsTextInTheHtmlScriptAndTheSsml() throws Exception {
        connector().publish(RadioItems.item(ContentKind.STATEMENT, ContentLanguage.ZH_HANS, "<b>声明</b>",
                "中方<script>alert('x')</script>声明 & \"说明\"。"), "markup");

        assertThat(script(FRIDAY, "html")).contains("&lt;b&gt;声明&lt;/b&gt;", "&lt;script&gt;", "&amp; &quot;说明&quot;")
                .doesNotContain("<script>", "<b>");
        assertThat(script(FRIDAY, "ssml")).contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;")
                .doesNotContain("<script>");
    }

    @Test
    void anItemArrivingAfterTheEpisodeClosesJoinsTheNextOne() throws Exception {
        clock.set(Instant.parse("2011-12-30T09:20:00Z")); // 17:20, ten minutes before the 17:10 close … already past

        PublishReceipt receipt = connector().publish(RadioItems.answer(ContentLanguage.ZH_HANS), "late");

        assertThat(radio().episodeOf("late")).contains(MONDAY);
        assertThat(receipt.url().toString()).endsWith("2012-01-02-wjfwz/wjfwz-20120102.html");
        assertThat(Files.exists(folder.resolve("2011-12-30-wjfwz"))).isFalse();
    }

    @Test
    void anItemScheduledForLaterJoinsTheFirstEpisodeAfterItsTime() throws Exception {
        ChannelContent forTuesday = new ChannelContent(ContentKind.DIPLOMATIC_NEWS, ContentLanguage.ZH_HANS, "外交动态",
                List.of("杨洁篪外长将出席会议。"), null, Instant.parse("2012-01-03T01:00:00Z"), null);

        connector().publish(forTuesday, "tuesday");

        assertThat(radio().episodeOf("tuesday")).contains(LocalDate.of(2012, 1, 4));
    }

    @Test
    void itemsRunInBroadcastPriorityOrderWithCumulativeTimes() throws Exception {
        RadioScriptConnector radio = radio();
        radio.publish(RadioItems.missionRelease(ContentLanguage.ZH_HANS), "mission");
        clock.advance(Duration.ofMinutes(1));
        radio.publish(RadioItems.answer(ContentLanguage.ZH_HANS), "answer");
        clock.advance(Duration.ofMinutes(1));
        radio.publish(RadioItems.briefing(ContentLanguage.ZH_HANS), "briefing");

        String text = script(FRIDAY, "txt");
        assertThat(text.indexOf("1. 2011年12月30日外交部发言人洪磊主持例行记者会")).isPositive()
                .isLessThan(text.indexOf("2. 外交部发言人洪磊就伊朗与六国对话等答记者问"));
        assertThat(text.indexOf("2. 外交部发言人洪磊就")).isLessThan(text.indexOf("3. 驻美国使馆举行新年招待会"));
        assertThat(text).doesNotContain("超时警告");
        assertCumulativeTimesAddUp(text);
    }

    @Test
    void thePausesAfterTheIntroAndEachItemCountInTheRunningOrder() throws Exception {
        // Read aloud, intro, three items and outro take 1:43, but with the second's pause after the intro and
        // after each item the audio runs 1:47: too long for 1:45, so the last of them moves.
        RadioScriptConnector radio = connector(Map.of("slot-length", "105s"));
        radio.publish(RadioItems.notice(ContentLanguage.ZH_HANS), "notice");
        clock.advance(Duration.ofMinutes(2));
        radio.publish(RadioItems.answer(ContentLanguage.ZH_HANS), "answer");
        clock.advance(Duration.ofMinutes(2));
        radio.publish(RadioItems.briefing(ContentLanguage.ZH_HANS), "briefing");

        assertThat(radio.episodeOf("answer")).contains(MONDAY);
        String friday = script(FRIDAY, "txt");
        assertThat(totalSeconds(friday)).isLessThanOrEqualTo(105);
        assertCumulativeTimesAddUp(friday);
        long breaks = script(FRIDAY, "ssml").lines().filter(line -> line.contains("<break time=\"1s\"/>")).count();
        assertThat(breaks).isEqualTo(3);
        assertThat(friday).contains("合计时长: " + clock(totalSeconds(friday)) + "（含段间停顿 0:03）");
    }

    @Test
    void eachLineShowsItsWallClockStartAndItsBackTimeFromTheSlotsEnd() throws Exception {
        connector().publish(RadioItems.answer(ContentLanguage.ZH_HANS), "answer");

        List<String> order = runningOrder(script(FRIDAY, "txt"));
        String[] intro = order.getFirst().strip().split("\\s+");
        String[] item = order.get(1).strip().split("\\s+");
        String[] outro = order.getLast().strip().split("\\s+");
        int introSeconds = seconds(intro[intro.length - 4]);
        int total = seconds(outro[outro.length - 3]);
        // Front time: on air at 17:40:00, the item after the intro and its pause. Back time: counted back from the
        // slot's end at 17:45:00, so that the outro ends on it.
        assertThat(intro[intro.length - 2]).isEqualTo("17:40:00");
        assertThat(item[item.length - 2]).isEqualTo(wallClock(17 * 3600 + 40 * 60 + introSeconds + 1));
        assertThat(intro[intro.length - 1]).isEqualTo(wallClock(17 * 3600 + 45 * 60 - total));
        assertThat(outro[outro.length - 1]).isEqualTo(wallClock(17 * 3600 + 45 * 60 - seconds(outro[outro.length - 4])));
        assertThat(script(FRIDAY, "html")).contains("<th>开始</th><th>倒推</th>", "<td class=\"time\">17:40:00</td>");
    }

    @Test
    void itemsThatOverrunTheSlotMoveToTheNextEpisodeLowestPriorityFirst() throws Exception {
        RadioScriptConnector radio = connector(Map.of("slot-length", "110s"));
        radio.publish(RadioItems.missionRelease(ContentLanguage.ZH_HANS), "mission");
        radio.publish(RadioItems.notice(ContentLanguage.ZH_HANS), "notice");
        radio.publish(RadioItems.answer(ContentLanguage.ZH_HANS), "answer");
        radio.publish(RadioItems.briefing(ContentLanguage.ZH_HANS), "briefing");

        assertThat(radio.episodeOf("briefing")).contains(FRIDAY);
        assertThat(radio.episodeOf("answer")).contains(FRIDAY);
        assertThat(radio.episodeOf("mission")).contains(MONDAY);
        String friday = script(FRIDAY, "txt");
        assertThat(friday).contains("!!! 超时警告: 本期稿件原计 ", "以下稿件按播出优先级顺延至下期（2012年1月2日（星期一））",
                "    - 驻美国使馆举行新年招待会 (驻外机构消息, ");
        assertThat(totalSeconds(friday)).isLessThanOrEqualTo(110);
        assertCumulativeTimesAddUp(friday);
        String monday = script(MONDAY, "txt");
        assertThat(monday).contains("1. 驻美国使馆举行新年招待会 (驻外机构消息; 顺延自 2011年12月30日（星期五）)")
                .doesNotContain("超时警告");
    }

    @Test
    void carriedItemsGoBeforeNewOnesOfTheSamePriorityAndTheMoveCascades() throws Exception {
        RadioScriptConnector radio = connector(Map.of("slot-length", "80s"));
        // Monday already holds one item of its own, queued on Friday for Monday.
        ChannelContent forMonday = new ChannelContent(ContentKind.SPOKESPERSON_ANSWER, ContentLanguage.ZH_HANS,
                "周一答问", List.of(RadioItems.answer(ContentLanguage.ZH_HANS).parts().getFirst()), null,
                Instant.parse("2012-01-02T01:00:00Z"), null);
        radio.publish(forMonday, "monday-own");
        clock.advance(Duration.ofMinutes(1));
        radio.publish(RadioItems.answer(ContentLanguage.ZH_HANS), "friday-answer");
        clock.advance(Duration.ofMinutes(1));
        radio.publish(RadioItems.briefing(ContentLanguage.ZH_HANS), "friday-briefing");

        // Friday keeps the briefing; its answer moves to Monday and, having been due first, goes before Monday's
        // own answer of the same priority, which moves on to Wednesday.
        assertThat(radio.episodeOf("friday-briefing")).contains(FRIDAY);
        assertThat(radio.episodeOf("friday-answer")).contains(MONDAY);
        assertThat(radio.episodeOf("monday-own")).contains(LocalDate.of(2012, 1, 4));
        assertThat(script(LocalDate.of(2012, 1, 4), "txt")).contains("顺延自 2012年1月2日（星期一）");
    }

    @Test
    void anEpisodeKeepsASingleItemTooLongForTheSlotAndSaysSo() throws Exception {
        ChannelContent longStatement = RadioItems.item(ContentKind.STATEMENT, ContentLanguage.ZH_HANS, "外交部声明",
                "中方严正声明。".repeat(60));

        connector(Map.of("slot-length", "60s")).publish(longStatement, "statement");

        assertThat(radio().episodeOf("statement")).contains(FRIDAY);
        assertThat(script(FRIDAY, "txt")).contains("!!! 超时警告: 本期稿件合计 ", "只有一条稿件，无法顺延，请编辑压缩。");
    }

    @Test
    void aRestartLosesNothing() throws Exception {
        connector().publish(RadioItems.answer(ContentLanguage.ZH_HANS), "before-restart");

        RadioScriptConnector afterRestart = connector(Map.of());
        afterRestart.publish(RadioItems.notice(ContentLanguage.ZH_HANS), "after-restart");

        assertThat(script(FRIDAY, "txt")).contains("外交部发言人洪磊就伊朗与六国对话等答记者问",
                "提醒元旦假期出境旅行的中国公民注意安全");
    }

    @Test
    void aResendFindsTheItemWhereverItMovedAndRewritesNothingNew() throws Exception {
        RadioScriptConnector radio = connector(Map.of("slot-length", "105s"));
        PublishReceipt first = radio.publish(RadioItems.missionRelease(ContentLanguage.ZH_HANS), "mission");
        radio.publish(RadioItems.notice(ContentLanguage.ZH_HANS), "notice");
        radio.publish(RadioItems.answer(ContentLanguage.ZH_HANS), "answer");
        radio.publish(RadioItems.briefing(ContentLanguage.ZH_HANS), "briefing");
        clock.advance(Duration.ofMinutes(5));

        PublishReceipt again = radio.publish(RadioItems.missionRelease(ContentLanguage.ZH_HANS), "mission");

        assertThat(again.remoteId()).isEqualTo(first.remoteId());
        assertThat(again.publishedAt()).isEqualTo(first.publishedAt());
        assertThat(again.url().toString()).endsWith("wjfwz-20120102.html");
        assertThat(textsReceivedByChannel()).hasSize(4);
    }

    @Test
    void anAiredEpisodeIsNotRewritten() throws Exception {
        RadioScriptConnector radio = radio();
        radio.publish(RadioItems.answer(ContentLanguage.ZH_HANS), "answer");
        String asAired = script(FRIDAY, "txt");
        clock.set(Instant.parse("2011-12-30T10:00:00Z"));

        radio.publish(RadioItems.answer(ContentLanguage.ZH_HANS), "answer");

        assertThat(script(FRIDAY, "txt")).isEqualTo(asAired);
    }

    @Test
    void withdrawingAnItemTakesItOutOfItsEpisodeAndRewritesTheScript() throws Exception {
        RadioScriptConnector radio = radio();
        radio.publish(RadioItems.notice(ContentLanguage.ZH_HANS), "notice");
        PublishReceipt answer = radio.publish(RadioItems.item(ContentKind.SPOKESPERSON_ANSWER, ContentLanguage.ZH_HANS,
                "答记者问", "这一条需要撤回。"), "answer");
        assertThat(script(FRIDAY, "txt")).contains("这一条需要撤回");

        Withdrawal withdrawal = radio.withdraw(answer, "answer");

        assertThat(withdrawal.outcome()).isEqualTo(Withdrawal.Outcome.WITHDRAWN);
        assertThat(withdrawal.detail()).contains("2011-12-30");
        assertThat(script(FRIDAY, "txt")).doesNotContain("这一条需要撤回");
        assertThat(script(FRIDAY, "ssml")).doesNotContain("这一条需要撤回");
        assertThat(textsReceivedByChannel()).hasSize(1);
    }

    @Test
    void withdrawingTheOnlyItemOfAnEpisodeLeavesItWithoutAScript() throws Exception {
        PublishReceipt answer = radio().publish(RadioItems.answer(ContentLanguage.ZH_HANS), "answer");

        radio().withdraw(answer, "answer");

        assertThat(folder.resolve("2011-12-30-wjfwz/wjfwz-20111230.txt")).doesNotExist();
        assertThat(folder.resolve("2011-12-30-wjfwz/wjfwz-20111230.html")).doesNotExist();
    }

    @Test
    void anItemAlreadyOnAirIsReportedAsAiredAndStaysInTheScript() throws Exception {
        PublishReceipt answer = radio().publish(RadioItems.answer(ContentLanguage.ZH_HANS), "answer");
        String asAired = script(FRIDAY, "txt");
        clock.set(Instant.parse("2011-12-30T10:00:00Z")); // 18:00 in Beijing: the 17:40 episode has aired

        Withdrawal withdrawal = radio().withdraw(answer, "answer");

        assertThat(withdrawal.outcome()).isEqualTo(Withdrawal.Outcome.AIRED);
        assertThat(withdrawal.isWithdrawn()).isFalse();
        assertThat(withdrawal.detail()).contains("aired", "2011-12-30");
        assertThat(script(FRIDAY, "txt")).isEqualTo(asAired);
        assertThat(textsReceivedByChannel()).hasSize(1);
    }

    @Test
    void withdrawingFromAClosedEpisodeNotYetAiredRewritesItAndSaysToTellTheStudio() throws Exception {
        PublishReceipt answer = radio().publish(RadioItems.answer(ContentLanguage.ZH_HANS), "answer");
        radio().publish(RadioItems.notice(ContentLanguage.ZH_HANS), "notice");
        clock.set(Instant.parse("2011-12-30T09:20:00Z")); // 17:20: closed at 17:10, on air at 17:40

        Withdrawal withdrawal = radio().withdraw(answer, "answer");

        assertThat(withdrawal.outcome()).isEqualTo(Withdrawal.Outcome.WITHDRAWN);
        assertThat(withdrawal.detail()).contains("studio");
        assertThat(textsReceivedByChannel()).hasSize(1);
    }

    @Test
    void leavesNoTemporaryFilesAndKeysCannotEscapeTheFolder() throws Exception {
        connector().publish(RadioItems.answer(ContentLanguage.ZH_HANS), "../../etc/passwd");

        try (Stream<Path> files = Files.walk(folder)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .noneMatch(name -> name.endsWith(".tmp") || name.startsWith(".speech-"))
                    .anyMatch(name -> name.matches("\\.\\._\\.\\._etc_passwd-[0-9a-f]{12}\\.item"));
        }
    }

    @Test
    void refusesAThread() {
        assertThatThrownBy(() -> connector().publish(content("第一部分。", "第二部分。"), "thread"))
                .isInstanceOf(PublishException.Permanent.class);
    }

    @Test
    void theHostsIntroAndOutroAreSettings() throws Exception {
        RadioScriptConnector radio = connector(Map.of(
                "intro", "[(${greeting})]，这里是《[(${segment})]》，今天[(${date})]，共[(${itemCount})]条。",
                "outro", "下期[(${nextDate})][(${nextWeekday})]见。"));

        radio.publish(RadioItems.answer(ContentLanguage.ZH_HANS), "a");
        radio.publish(RadioItems.notice(ContentLanguage.ZH_HANS), "b");

        assertThat(script(FRIDAY, "txt")).contains("晚上好，这里是《外交服务站》，今天十二月三十日，共两条。",
                "下期一月二日星期一见。");
    }

    @Test
    void refusesBadSettingsAtStartUp() {
        assertThatThrownBy(() -> connector(Map.of("weekdays", "MON,FUNDAY")))
                .isInstanceOf(InvalidChannelConfigurationException.class)
                .hasMessage("Channel 'cnr-wjfwz': setting 'weekdays' must be days such as MON,WED,FRI or monday, "
                        + "wednesday, friday, was 'MON,FUNDAY'");
        assertThatThrownBy(() -> connector(Map.of("air-time", "5:40pm"))).hasMessageContaining("'air-time' must be");
        assertThatThrownBy(() -> connector(Map.of("slot-length", "0m"))).hasMessageContaining("'slot-length' must be");
        assertThatThrownBy(() -> connector(Map.of("slug", "外交"))).hasMessageContaining("'slug' must be");
        assertThatThrownBy(() -> connector(Map.of("language", "fr"))).hasMessageContaining("'language' must be");
        assertThatThrownBy(() -> connector(Map.of("chinese-chars-per-minute", "fast")))
                .hasMessageContaining("'chinese-chars-per-minute' must be a whole number > 0");
        assertThatThrownBy(() -> connector(Map.of("intro", "[(${greeting)]")))
                .isInstanceOf(InvalidChannelConfigurationException.class)
                .hasMessageContaining("setting 'intro' is not a template that works");
        Map<String, String> noProgramme = new HashMap<>(Map.of("segment", "x", "weekdays", "MON", "air-time", "17:40",
                "folder", folder.toString()));
        assertThatThrownBy(() -> new RadioScriptConnectorType(clock).create(new ChannelAccount("r", "radio-script", null,
                noProgramme, Map.of()))).hasMessage("Channel 'r': setting 'programme' is required for a radio-script channel");
    }

    @Test
    void aSegmentAirsInTheOfficesZoneUnlessItsZoneIsSet() throws Exception {
        Map<String, String> settings = new HashMap<>(Map.of("programme", "新闻晚高峰", "segment", "外交服务站",
                "slug", "wjfwz", "weekdays", "MON,WED,FRI", "air-time", "17:40", "folder", folder.toString(),
                "audio-preview", "false"));
        RadioScriptConnectorType newYorkOffice = new RadioScriptConnectorType(clock, java.time.ZoneId.of("America/New_York"));

        RadioScriptConnector inTheOfficesZone = (RadioScriptConnector) newYorkOffice.create(
                new ChannelAccount("cnr-wjfwz", RadioScriptConnectorType.ID, null, settings, Map.of()));
        inTheOfficesZone.publish(RadioItems.answer(ContentLanguage.ZH_HANS), "office");
        assertThat(script(FRIDAY, "txt")).contains("17:40 (America/New_York)");

        settings.put("zone", "Asia/Shanghai");
        RadioScriptConnector inItsOwnZone = (RadioScriptConnector) newYorkOffice.create(
                new ChannelAccount("cnr-wjfwz", RadioScriptConnectorType.ID, null, settings, Map.of()));
        inItsOwnZone.publish(RadioItems.notice(ContentLanguage.ZH_HANS), "own");
        assertThat(script(FRIDAY, "txt")).contains("17:40 (Asia/Shanghai)");
    }

    @Test
    void acceptsWeekdaysAndDurationsInSeveralForms() throws Exception {
        RadioScriptConnector radio = connector(Map.of("weekdays", "monday wednesday, Friday", "slot-length", "PT4M30S",
                "closes-before-air", "0s"));
        clock.set(Instant.parse("2011-12-30T09:39:00Z")); // 17:39, still open with no closing time

        radio.publish(RadioItems.answer(ContentLanguage.ZH_HANS), "just-in-time");

        assertThat(radio.episodeOf("just-in-time")).contains(FRIDAY);
        assertThat(script(FRIDAY, "txt")).contains("时段长度: 4:30");
    }

    @Test
    void skipsTheAudioPreviewCleanlyWhenEspeakIsMissing() throws Exception {
        RadioScriptConnector radio = connector(Map.of("espeak-command", "/nonexistent/bin/espeak-ng"));

        PublishReceipt receipt = radio.publish(RadioItems.answer(ContentLanguage.ZH_HANS), "no-audio");

        assertThat(receipt.remoteId()).isEqualTo("wjfwz:no-audio");
        assertThat(Files.exists(radio.scriptFile(FRIDAY, "wav"))).isFalse();
        assertThat(script(FRIDAY, "txt")).contains("音频预览: 未生成：espeak-ng is not installed ('/nonexistent/bin/espeak-ng' not found)");
    }

    @Test
    void writesNoAudioPreviewWhenItIsSwitchedOff() throws Exception {
        RadioScriptConnector radio = connector(Map.of("audio-preview", "false", "espeak-command", "espeak-ng"));

        radio.publish(RadioItems.answer(ContentLanguage.ZH_HANS), "quiet");

        assertThat(Files.exists(radio.scriptFile(FRIDAY, "wav"))).isFalse();
        assertThat(script(FRIDAY, "txt")).contains("音频预览: 未生成（已在设置中关闭）");
    }

    @Test
    void rendersAWavPreviewWithEspeakWhenItIsInstalled() throws Exception {
        RadioScriptConnector radio = connector(Map.of("espeak-command", "espeak-ng"));
        assumeThat(new AudioPreview(true, "espeak-ng", "cmn", null, Duration.ofMinutes(1), FileMode.DEFAULT).executable())
                .as("espeak-ng on PATH (bin/services installs it)").isPresent();

        radio.publish(RadioItems.answer(ContentLanguage.ZH_HANS), "with-audio");

        Path wav = radio.scriptFile(FRIDAY, "wav");
        byte[] bytes = Files.readAllBytes(wav);
        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(new String(bytes, 8, 4, StandardCharsets.US_ASCII)).isEqualTo("WAVE");
        ByteBuffer header = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int byteRate = header.getInt(28);
        double seconds = (bytes.length - 44) / (double) byteRate;
        assertThat(seconds).isGreaterThan(5);
        assertThat(script(FRIDAY, "txt")).contains("音频预览: wjfwz-20111230.wav");

        // A later version of the script without audio must not leave the old recording next to it.
        connector(Map.of("espeak-command", "/nonexistent/espeak-ng")).publish(RadioItems.notice(ContentLanguage.ZH_HANS), "n");
        assertThat(Files.exists(wav)).isFalse();
    }

    private static int totalSeconds(String script) {
        String line = script.lines().filter(l -> l.startsWith("合计时长: ")).findFirst().orElseThrow();
        return seconds(line.substring("合计时长: ".length()).split("（")[0]);
    }

    /** Intro, items and outro: each line ends with its read time, cumulative time, start and back time. */
    private static List<String> runningOrder(String script) {
        List<String> order = script.lines().dropWhile(line -> !line.startsWith("== 串联单"))
                .skip(2).takeWhile(line -> !line.isBlank()).toList();
        assertThat(order).hasSizeGreaterThanOrEqualTo(3);
        return order;
    }

    /** Each line ends its read time after the one before, plus the one-second pause before every item and the outro. */
    private static void assertCumulativeTimesAddUp(String script) {
        int cumulative = 0;
        for (String line : runningOrder(script)) {
            String[] fields = line.strip().split("\\s+");
            int read = seconds(fields[fields.length - 4]);
            cumulative += (cumulative == 0 ? 0 : 1) + read;
            assertThat(seconds(fields[fields.length - 3])).as(line).isEqualTo(cumulative);
        }
        assertThat(cumulative).isEqualTo(totalSeconds(script));
    }

    private static String clock(int seconds) {
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }

    private static String wallClock(int secondOfDay) {
        return java.time.LocalTime.ofSecondOfDay(secondOfDay).format(java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss"));
    }

    private static int seconds(String clock) {
        String[] parts = clock.split(":");
        return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
