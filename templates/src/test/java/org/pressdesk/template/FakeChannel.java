package org.pressdesk.template;

import java.time.Duration;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pressdesk.connector.Audience;
import org.pressdesk.connector.Capabilities;
import org.pressdesk.connector.ChannelContent;
import org.pressdesk.connector.HashtagStyle;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.LengthCounting;
import org.pressdesk.connector.LengthRules;
import org.pressdesk.connector.Medium;
import org.pressdesk.connector.PublishReceipt;
import org.pressdesk.connector.TemplateHints;
import org.pressdesk.connector.Violation;

/**
 * A channel that only measures and validates, counting the way the real channels count, so the renderer
 * is tested against each kind of counting without the network.
 */
public final class FakeChannel implements Connector {

    private static final Pattern URL = Pattern.compile("https?://\\S+");

    private final String id;
    private final Capabilities capabilities;
    private final ToIntFunction<String> length;
    private final TemplateHints hints;

    public FakeChannel(String id, Capabilities capabilities, ToIntFunction<String> length) {
        this(id, capabilities, length, TemplateHints.MICROBLOG);
    }

    public FakeChannel(String id, Capabilities capabilities, ToIntFunction<String> length, TemplateHints hints) {
        this.id = id;
        this.capabilities = capabilities;
        this.length = length;
        this.hints = hints;
    }

    /**
     * Weibo: 140, a Chinese character 1, two ASCII characters 1, a link 10 (its t.cn short form); no threads; no
     * hashtags, as the real connector asks.
     */
    public static FakeChannel weibo(String id, int maxLength) {
        return new FakeChannel(id, new Capabilities(maxLength, LengthCounting.WEIBO, false, true, Duration.ZERO, true),
                FakeChannel::weiboLength, new TemplateHints(Medium.MICROBLOG, HashtagStyle.NONE));
    }

    /** X: 280 weighted, CJK 2, a link 23; threads. */
    public static FakeChannel x(String id, int maxLength) {
        return new FakeChannel(id, new Capabilities(maxLength, LengthCounting.TWITTER_WEIGHTED, true, true, Duration.ZERO, true),
                FakeChannel::twitterLength);
    }

    /** Mastodon: code points; threads. */
    public static FakeChannel mastodon(String id, int maxLength) {
        return new FakeChannel(id, new Capabilities(maxLength, LengthCounting.CODE_POINTS, true, true, Duration.ofHours(1), true),
                LengthRules::codePoints);
    }

    /** A radio segment: seconds read aloud at 250 Chinese characters or 160 English words a minute; read-aloud templates. */
    public static FakeChannel radio(String id, int maxSeconds) {
        return new FakeChannel(id, new Capabilities(maxSeconds, LengthCounting.READ_TIME_SECONDS, false, false,
                Capabilities.KEY_KEPT_FOREVER,
                false), FakeChannel::readSeconds, new TemplateHints(Medium.READ_ALOUD, HashtagStyle.NONE));
    }

    /** No limit: a web page, a print handout, an outbox folder. */
    public static FakeChannel unlimited(String id) {
        return new FakeChannel(id, new Capabilities(0, LengthCounting.NONE, false, false, Capabilities.KEY_KEPT_FOREVER, false),
                LengthRules::codePoints);
    }

    @Override
    public String channelId() {
        return id;
    }

    @Override
    public Capabilities capabilities() {
        return capabilities;
    }

    @Override
    public TemplateHints templateHints() {
        return hints;
    }

    @Override
    public int length(String text) {
        return length.applyAsInt(text);
    }

    @Override
    public List<Violation> validate(ChannelContent content) {
        return LengthRules.check(content, capabilities, this::length);
    }

    @Override
    public PublishReceipt publish(ChannelContent content, String idempotencyKey) {
        throw new UnsupportedOperationException("a fake channel only measures");
    }

    @Override
    public Audience audience() {
        return Audience.NONE;
    }

    static int weiboLength(String text) {
        Matcher urls = URL.matcher(text);
        int links = 0;
        StringBuilder rest = new StringBuilder();
        while (urls.find()) {
            links++;
            urls.appendReplacement(rest, "");
        }
        urls.appendTail(rest);
        int ascii = 0;
        int wide = 0;
        for (int codePoint : rest.codePoints().toArray()) {
            if (codePoint < 0x80) {
                ascii++;
            } else {
                wide++;
            }
        }
        return wide + (ascii + 1) / 2 + links * 10;
    }

    static int twitterLength(String text) {
        Matcher urls = URL.matcher(text);
        int links = 0;
        StringBuilder rest = new StringBuilder();
        while (urls.find()) {
            links++;
            urls.appendReplacement(rest, "");
        }
        urls.appendTail(rest);
        int weighted = 0;
        for (int codePoint : rest.codePoints().toArray()) {
            weighted += codePoint < 0x1100 ? 1 : 2;
        }
        return weighted + links * 23;
    }

    static int readSeconds(String text) {
        long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long words = Pattern.compile("[A-Za-z0-9']+").matcher(text).results().count();
        return (int) Math.ceil(han * 60.0 / 250 + words * 60.0 / 160);
    }
}
