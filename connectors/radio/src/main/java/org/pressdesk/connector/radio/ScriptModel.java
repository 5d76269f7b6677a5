package org.pressdesk.connector.radio;

import java.util.List;
import java.util.Map;

/**
 * What the script templates ({@code script.html}, {@code script.txt}, {@code script.ssml}) see, as
 * {@code ${s}}. Public records because template expressions read them by reflection.
 */
public final class ScriptModel {

    private ScriptModel() {
    }

    /**
     * One episode's script.
     *
     * @param language         the BCP 47 tag of the script's language
     * @param speechLanguage   the {@code xml:lang} of the SSML, e.g. {@code zh-CN}
     * @param label            the fixed words of the script in its language ({@code labels.<tag>.properties})
     * @param programmeLine    station and programme, e.g. 中國之聲《新聞晚高峰》
     * @param segment          the segment, e.g. 外交服務站
     * @param slug             the episode's slug, e.g. {@code wjfwz-20111230}
     * @param airDate          the air date for people, e.g. 2011年12月30日（星期五）
     * @param airTime          the local air time, e.g. 17:40
     * @param zone             the station's time zone
     * @param slot             the slot's length, {@code m:ss}
     * @param total            the planned length, {@code m:ss}, pauses included
     * @param totalNote        how much of it is pauses, e.g. （含段間停頓 0:04）
     * @param pause            the pause after the intro and each item as SSML writes it, {@code 1s}
     * @param overTime         whether the queued items did not fit
     * @param warning          the over-time warning; null when they fit
     * @param carried          the items moved to the next episode
     * @param stillOverWarning the warning that the episode is still too long; null when it fits
     * @param intro            the host's opening lines
     * @param items            the items in running order
     * @param outro            the host's closing lines
     * @param audio            what became of the audio preview
     * @param generatedAt      when this version of the script was written
     */
    public record Script(String language, String speechLanguage, Map<String, String> label, String programmeLine,
                         String segment, String slug, String airDate, String airTime, String zone, String slot,
                         String total, String totalNote, String pause, boolean overTime, String warning, List<Carried> carried, String stillOverWarning,
                         Line intro, List<Line> items, Line outro, String audio, String generatedAt) {
    }

    /**
     * A line of the running order and its read-aloud text.
     *
     * @param number      its place ("1", "2" …), empty for the intro and outro
     * @param title       the item's title, or the label of the intro or outro
     * @param kind        the item's kind in the script's language; empty for the intro and outro
     * @param readTime    how long it takes to read, {@code m:ss}
     * @param cumulative  the time on air when it ends, {@code m:ss}, pauses included
     * @param start       the wall-clock time it starts when the segment goes on air on time, {@code HH:mm:ss}
     * @param backTime    the latest wall-clock time it may start and the segment still end on the slot's end
     *                    (counted back from there), {@code HH:mm:ss}
     * @param carriedFrom the episode it was moved from, for people; null when it was not moved
     * @param warning     what its text holds that cannot be read aloud and was left out; null when nothing
     * @param paragraphs  the read-aloud text, one element per paragraph
     * @param ssml        the same paragraphs escaped for XML
     */
    public record Line(String number, String title, String kind, String readTime, String cumulative, String start,
                       String backTime, String carriedFrom, String warning, List<String> paragraphs, List<String> ssml) {
    }

    /**
     * An item moved to the next episode.
     *
     * @param title    its title
     * @param kind     its kind in the script's language
     * @param readTime how long it takes to read, {@code m:ss}
     */
    public record Carried(String title, String kind, String readTime) {
    }
}
