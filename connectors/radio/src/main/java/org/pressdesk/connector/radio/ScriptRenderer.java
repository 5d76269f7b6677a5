package org.pressdesk.connector.radio;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * Writes an episode's script from its running order: printable HTML for the studio, plain text, and SSML
 * for speech synthesis, all from Thymeleaf templates next to this class; and the host's intro and outro,
 * from the segment's {@code intro}/{@code outro} settings or the shipped {@code intro.<language>.txt} and
 * {@code outro.<language>.txt}.
 */
final class ScriptRenderer {

    private static final String ROOT = "org/pressdesk/connector/radio/";
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("EEEE, d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter ENGLISH_SPOKEN_DATE = DateTimeFormatter.ofPattern("EEEE, d MMMM", Locale.ENGLISH);
    private static final String CHINESE_WEEKDAYS = "一二三四五六日";
    private static final DateTimeFormatter WALL_CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final RadioSegment segment;
    private final ContentLanguage language;
    private final Map<String, String> labels;
    private final String introSource;
    private final String outroSource;
    private final TemplateEngine files = new TemplateEngine();
    private final TemplateEngine strings = new TemplateEngine();

    /**
     * @throws IllegalArgumentException when a custom intro or outro template does not parse, naming the setting
     */
    ScriptRenderer(RadioSegment segment) {
        this.segment = segment;
        this.language = segment.language();
        this.labels = labels(language);
        this.introSource = segment.intro() != null ? segment.intro() : resource("intro." + language.tag() + ".txt");
        this.outroSource = segment.outro() != null ? segment.outro() : resource("outro." + language.tag() + ".txt");
        ClassLoaderTemplateResolver classpath = new ClassLoaderTemplateResolver(ScriptRenderer.class.getClassLoader());
        classpath.setPrefix(ROOT);
        classpath.setCharacterEncoding("UTF-8");
        classpath.setCacheable(true);
        files.setTemplateResolver(classpath);
        StringTemplateResolver inline = new StringTemplateResolver();
        inline.setTemplateMode(TemplateMode.TEXT);
        inline.setCacheable(true);
        strings.setTemplateResolver(inline);
        checkHostTemplate("intro", introSource);
        checkHostTemplate("outro", outroSource);
    }

    /** The host's opening lines for an episode with this many items, as read aloud. */
    String intro(Airing airing, Airing next, int itemCount) {
        return host(introSource, airing, next, itemCount);
    }

    /** The host's closing lines for an episode with this many items, as read aloud. */
    String outro(Airing airing, Airing next, int itemCount) {
        return host(outroSource, airing, next, itemCount);
    }

    /**
     * An item's read-aloud text: the published text with dates and numbers written for reading, without what
     * cannot be read aloud (see {@link Unspeakable}).
     */
    String readText(QueuedItem item) {
        return ReadAloud.forReading(Unspeakable.strip(item.text()).text(), item.language()).strip();
    }

    /** The warning that what an item's text holds cannot be read aloud and was left out; null when nothing was. */
    private String unspeakableWarning(QueuedItem item) {
        List<String> removed = Unspeakable.strip(item.text()).removed();
        return removed.isEmpty() ? null : fill(labels.get("unspeakable"), String.join(labels.get("listSeparator"), removed));
    }

    String html(RunningOrder order, Airing next, AudioPreview.Result audio, Instant generatedAt) {
        return render("script.html", TemplateMode.HTML, model(order, next, audio, generatedAt));
    }

    String text(RunningOrder order, Airing next, AudioPreview.Result audio, Instant generatedAt) {
        return render("script.txt", TemplateMode.TEXT, model(order, next, audio, generatedAt));
    }

    /** SSML is written in text mode: paragraphs arrive escaped, and XML mode would escape every Chinese character. */
    String ssml(RunningOrder order, Airing next) {
        return render("script.ssml", TemplateMode.TEXT, model(order, next, null, null));
    }

    private String render(String template, TemplateMode mode, ScriptModel.Script script) {
        Context context = new Context(language.locale(), Map.of("s", script));
        return files.process(new TemplateSpec(template, mode), context);
    }

    private ScriptModel.Script model(RunningOrder order, Airing next, AudioPreview.Result audio, Instant generatedAt) {
        Airing airing = order.airing();
        List<ScriptModel.Line> items = order.entries().stream().map(entry -> line(order,
                String.valueOf(entry.number()), entry.item().title(), kindLabel(entry.item().kind()), entry.cue(),
                entry.item().carriedFrom() == null ? null : displayDate(entry.item().carriedFrom()),
                unspeakableWarning(entry.item()))).toList();
        List<ScriptModel.Carried> carried = order.carried().stream().map(item -> new ScriptModel.Carried(item.title(),
                kindLabel(item.kind()), clock(segment.speed().seconds(readText(item))))).toList();
        String warning = null;
        String stillOver = null;
        if (order.overTime()) {
            String planned = clock(order.plannedSeconds());
            String over = clock(order.plannedSeconds() - order.slotSeconds());
            if (order.carried().isEmpty()) {
                warning = fill(labels.get("overTime.single"), planned, over);
            } else {
                warning = fill(labels.get("overTime.summary"), planned, over, displayDate(next.date()));
                if (order.stillOverBySeconds() > 0) {
                    stillOver = fill(labels.get("overTime.still"), clock(order.stillOverBySeconds()));
                }
            }
        }
        return new ScriptModel.Script(language.tag(), speechLanguage(language), labels, programmeLine(),
                segment.segment(), segment.slug() + "-" + airing.date().format(DateTimeFormatter.BASIC_ISO_DATE),
                displayDate(airing.date()), airing.airsAt().toLocalTime().toString(), segment.schedule().zone().getId(),
                clock(order.slotSeconds()), clock(order.totalSeconds()), fill(labels.get("total.pauses"),
                clock(order.pauseSeconds())), RunningOrder.PAUSE_SECONDS + "s", order.overTime(), warning, carried,
                stillOver, line(order, "", labels.get("intro"), "", order.intro(), null, null), items,
                line(order, "", labels.get("outro"), "", order.outro(), null, null),
                audio == null ? null : fill(labels.get("audio." + audio.status().name()), audio.detail()),
                generatedAt == null ? null : generatedAt.atZone(segment.schedule().zone()).toLocalDateTime()
                        .withNano(0).toString().replace('T', ' '));
    }

    /**
     * A line of the running order. Its start is front-timed from the air time; its back time is counted back from
     * the slot's end, as a newsroom rundown does: the latest it may start for the segment to end on time.
     */
    private ScriptModel.Line line(RunningOrder order, String number, String title, String kind, RunningOrder.Cue cue,
                                  String carriedFrom, String warning) {
        List<String> paragraphs = paragraphs(cue.readText());
        ZonedDateTime onAir = order.airing().airsAt();
        int stillToRun = order.totalSeconds() - cue.startSeconds();
        return new ScriptModel.Line(number, title, kind, clock(cue.seconds()), clock(cue.cumulativeSeconds()),
                onAir.plusSeconds(cue.startSeconds()).format(WALL_CLOCK),
                onAir.plusSeconds(order.slotSeconds() - stillToRun).format(WALL_CLOCK), carriedFrom, warning,
                paragraphs, ssml(paragraphs));
    }

    private String host(String source, Airing airing, Airing next, int itemCount) {
        String lines = strings.process(source, new Context(language.locale(), hostVariables(airing, next, itemCount)));
        return ReadAloud.forReading(Unspeakable.strip(lines).text(), language).strip();
    }

    private Map<String, Object> hostVariables(Airing airing, Airing next, int itemCount) {
        boolean traditional = language == ContentLanguage.ZH_HANT;
        Map<String, Object> variables = new HashMap<>();
        variables.put("station", segment.station());
        variables.put("programme", segment.programme());
        variables.put("segment", segment.segment());
        variables.put("greeting", labels.get(greeting(airing.airsAt().getHour())));
        variables.put("date", spokenDate(airing.date()));
        variables.put("weekday", weekday(airing.date()));
        variables.put("nextDate", spokenDate(next.date()));
        variables.put("nextWeekday", weekday(next.date()));
        variables.put("itemCount", language.isChinese()
                ? (itemCount == 2 ? (traditional ? "兩" : "两") : ReadAloud.number(itemCount, traditional))
                : String.valueOf(itemCount));
        return variables;
    }

    private void checkHostTemplate(String setting, String source) {
        Airing sample = new Airing(LocalDate.of(2011, 12, 30),
                LocalDate.of(2011, 12, 30).atTime(17, 40).atZone(segment.schedule().zone()));
        try {
            host(source, sample, sample, 3);
        } catch (TemplateEngineException e) {
            String reason = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                    : String.valueOf(e.getMessage());
            throw new IllegalArgumentException("setting '" + setting + "' is not a template that works: "
                    + reason.replaceAll("(?s)\\s*\\(template: \".*", "").lines().findFirst().orElse(""), e);
        }
    }

    private String spokenDate(LocalDate date) {
        if (!language.isChinese()) {
            return date.format(ENGLISH_SPOKEN_DATE);
        }
        return ReadAloud.forReading(date.getMonthValue() + "月" + date.getDayOfMonth() + "日", language);
    }

    private String weekday(LocalDate date) {
        return language.isChinese() ? "星期" + CHINESE_WEEKDAYS.charAt(date.getDayOfWeek().getValue() - 1)
                : date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private String displayDate(LocalDate date) {
        return language.isChinese() ? date.format(CHINESE_DATE) + "（" + weekday(date) + "）" : date.format(ENGLISH_DATE);
    }

    private String programmeLine() {
        if (language.isChinese()) {
            return segment.station() + "《" + segment.programme() + "》";
        }
        return segment.station().isEmpty() ? segment.programme() : segment.station() + " · " + segment.programme();
    }

    private String kindLabel(ContentKind kind) {
        return labels.getOrDefault("kind." + kind.name(), kind.name());
    }

    private static String greeting(int hour) {
        if (hour < 10) {
            return "greeting.morning";
        }
        if (hour < 12) {
            return "greeting.forenoon";
        }
        if (hour < 14) {
            return "greeting.noon";
        }
        return hour < 17 ? "greeting.afternoon" : "greeting.evening";
    }

    private static String speechLanguage(ContentLanguage language) {
        return switch (language) {
            case ZH_HANS -> "zh-CN";
            case ZH_HANT -> "zh-TW";
            case EN -> "en";
        };
    }

    /** {@code m:ss}. */
    static String clock(int seconds) {
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }

    private static List<String> paragraphs(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static List<String> ssml(List<String> paragraphs) {
        return paragraphs.stream().map(ScriptRenderer::escapeXml).toList();
    }

    static String escapeXml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }

    private static String fill(String pattern, String... values) {
        String filled = pattern;
        for (int i = 0; i < values.length; i++) {
            filled = filled.replace("{" + i + "}", values[i]);
        }
        return filled;
    }

    private static Map<String, String> labels(ContentLanguage language) {
        Properties properties = new Properties();
        try (InputStream in = ScriptRenderer.class.getClassLoader()
                .getResourceAsStream(ROOT + "labels." + language.tag() + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("no script labels for " + language.tag());
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> labels = new HashMap<>();
        properties.forEach((key, value) -> labels.put((String) key, (String) value));
        return Map.copyOf(labels);
    }

    private static String resource(String name) {
        try (InputStream in = ScriptRenderer.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + ROOT + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
