package org.pressdesk.connector.radio;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pressdesk.connector.ChannelAccount;
import org.pressdesk.connector.FileMode;
import org.pressdesk.connector.InvalidChannelConfigurationException;
import org.pressdesk.content.ContentLanguage;

/**
 * A radio segment's settings, read from its channel account (README of the templates module lists them).
 *
 * @param channelId     the channel id
 * @param station       the station, e.g. 中國之聲; may be empty
 * @param programme     the programme the segment airs in, e.g. 新聞晚高峰
 * @param segment       the segment's name, e.g. 外交服務站
 * @param slug          a short ASCII name for files and the script's slug line, e.g. {@code wjfwz}
 * @param schedule      when it airs
 * @param slotLength    how long the segment lasts on air, intro and outro included
 * @param language      the language it is read in
 * @param speed         how fast the presenter reads
 * @param folder        where scripts and queued items are kept
 * @param intro         the host's opening lines: a Thymeleaf text template, or null for the shipped one
 * @param outro         the host's closing lines: a Thymeleaf text template, or null for the shipped one
 * @param audioPreview  whether to render a WAV preview with espeak-ng when it is installed
 * @param espeakCommand the espeak-ng executable, a name looked up on PATH or a path
 * @param espeakVoice   the espeak-ng voice
 * @param fileMode      the mode of the scripts, items and audio written into the folder
 */
public record RadioSegment(String channelId, String station, String programme, String segment, String slug,
                           AirSchedule schedule, Duration slotLength, ContentLanguage language, ReadingSpeed speed,
                           Path folder, String intro, String outro, boolean audioPreview, String espeakCommand,
                           String espeakVoice, FileMode fileMode) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(s|sec|m|min|h)", Pattern.CASE_INSENSITIVE);
    private static final Map<String, DayOfWeek> DAY_NAMES = Map.ofEntries(
            Map.entry("MON", DayOfWeek.MONDAY), Map.entry("TUE", DayOfWeek.TUESDAY),
            Map.entry("WED", DayOfWeek.WEDNESDAY), Map.entry("THU", DayOfWeek.THURSDAY),
            Map.entry("FRI", DayOfWeek.FRIDAY), Map.entry("SAT", DayOfWeek.SATURDAY), Map.entry("SUN", DayOfWeek.SUNDAY));

    /**
     * Reads and checks the settings.
     *
     * @param officeZone the zone of a segment without a {@code zone} setting
     * @throws InvalidChannelConfigurationException naming the first setting that is missing or malformed
     */
    static RadioSegment from(ChannelAccount account, ZoneId officeZone) {
        String id = account.id();
        String slug = account.setting("slug").orElse(id).strip().toLowerCase(Locale.ROOT);
        if (!SLUG.matcher(slug).matches()) {
            throw invalid(id, "slug", slug, "lower-case letters, digits and '-', at most 40, e.g. 'wjfwz'");
        }
        ContentLanguage language = account.setting("language")
                .map(tag -> ContentLanguage.fromTag(tag.strip()).orElseThrow(() -> invalid(id, "language", tag,
                        "zh-Hans, zh-Hant or en")))
                .orElse(ContentLanguage.ZH_HANS);
        AirSchedule schedule = new AirSchedule(weekdays(id, account.requiredSetting("weekdays")),
                airTime(id, account.requiredSetting("air-time")),
                account.setting("zone").map(zone -> zone(id, zone)).orElse(officeZone),
                duration(id, "closes-before-air", account.setting("closes-before-air").orElse("30m"), true));
        ReadingSpeed speed = new ReadingSpeed(
                positive(id, "chinese-chars-per-minute", account.setting("chinese-chars-per-minute").orElse("250")),
                positive(id, "english-words-per-minute", account.setting("english-words-per-minute").orElse("160")));
        String audio = account.setting("audio-preview").orElse("true").strip().toLowerCase(Locale.ROOT);
        if (!audio.equals("true") && !audio.equals("false")) {
            throw invalid(id, "audio-preview", audio, "true or false");
        }
        return new RadioSegment(id, account.setting("station").orElse("").strip(),
                account.requiredSetting("programme").strip(), account.requiredSetting("segment").strip(), slug, schedule,
                duration(id, "slot-length", account.setting("slot-length").orElse("5m"), false), language, speed,
                Path.of(account.requiredSetting("folder")).toAbsolutePath().normalize(),
                account.setting("intro").orElse(null),
                account.setting("outro").orElse(null), Boolean.parseBoolean(audio),
                account.setting("espeak-command").orElse("espeak-ng").strip(),
                account.setting("espeak-voice").orElse(language.isChinese() ? "cmn" : "en").strip(),
                FileMode.of(account));
    }

    /** The slot in whole seconds. */
    public int slotSeconds() {
        return (int) slotLength.toSeconds();
    }

    private static Set<DayOfWeek> weekdays(String id, String value) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String name : value.split("[,\\s]+")) {
            if (name.isBlank()) {
                continue;
            }
            String key = name.strip().toUpperCase(Locale.ROOT);
            DayOfWeek day = DAY_NAMES.get(key.length() >= 3 ? key.substring(0, 3) : key);
            if (day == null || (key.length() > 3 && !day.name().equals(key))) {
                throw invalid(id, "weekdays", value, "days such as MON,WED,FRI or monday, wednesday, friday");
            }
            days.add(day);
        }
        if (days.isEmpty()) {
            throw invalid(id, "weekdays", value, "at least one day, e.g. MON,WED,FRI");
        }
        return days;
    }

    private static LocalTime airTime(String id, String value) {
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw invalid(id, "air-time", value, "a local time such as 17:40");
        }
    }

    private static ZoneId zone(String id, String value) {
        try {
            return ZoneId.of(value.strip());
        } catch (DateTimeException e) {
            throw invalid(id, "zone", value, "a time zone such as Asia/Shanghai");
        }
    }

    /** {@code 5m}, {@code 300s}, {@code 1h} or ISO-8601 ({@code PT5M}). */
    static Duration duration(String id, String setting, String value, boolean zeroAllowed) {
        String text = value.strip();
        Duration duration;
        Matcher shortForm = SHORT_DURATION.matcher(text);
        if (shortForm.matches()) {
            long amount = Long.parseLong(shortForm.group(1));
            duration = switch (shortForm.group(2).toLowerCase(Locale.ROOT)) {
                case "s", "sec" -> Duration.ofSeconds(amount);
                case "m", "min" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
        } else {
            try {
                duration = Duration.parse(text);
            } catch (DateTimeParseException e) {
                throw invalid(id, setting, value, "a duration such as 5m, 300s or PT5M");
            }
        }
        if (duration.isNegative() || (!zeroAllowed && duration.isZero())) {
            throw invalid(id, setting, value, zeroAllowed ? "a duration of 0 or more" : "a duration longer than 0");
        }
        return duration;
    }

    private static int positive(String id, String setting, String value) {
        try {
            int number = Integer.parseInt(value.strip());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(id, setting, value, "a whole number > 0");
    }

    private static InvalidChannelConfigurationException invalid(String id, String setting, String value, String expected) {
        return new InvalidChannelConfigurationException(id,
                "setting '" + setting + "' must be " + expected + ", was '" + value + "'");
    }
}
