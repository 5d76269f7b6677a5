package org.pressdesk.dailyrun.transcript;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pressdesk.content.ContentLanguage;

/**
 * Reads a transcript's paragraphs as the ministry writes them: a date line naming the spokesperson
 * ({@code 2011年12月30日外交部發言人洪磊主持例行記者會}, {@code Foreign Ministry Spokesperson Hong Lei's
 * Regular Press Conference on December 30, 2011}), an optional opening statement with announcements
 * (numbered {@code 一、} {@code 1.} {@code （一）} or not), then questions and answers marked
 * {@code 問}/{@code 答}, {@code 问}/{@code 答} or {@code Q}/{@code A} with a full-width or ASCII colon.
 *
 * <p>A marker starts a part at the start of a paragraph or after the end of a sentence (a Chinese
 * marker also after a space, which Chinese text has only between parts), so several
 * pairs may run together on one line while {@code 回答：} or {@code Plan A:} inside a sentence stay
 * text. A paragraph without a marker continues the answer before it. A remark after the session
 * ({@code 記者會後，有記者問及……。洪磊說：……}) becomes one more answer; the closing line
 * ({@code （完）}) and the editor's line end the transcript.
 */
final class TranscriptText {

    private static final String SPACE = "[\\s\\u3000]";
    /** A question or answer marker where a part may start. */
    private static final Pattern MARKER = Pattern.compile("(?:^|(?<=[。？！?!.;；」』”\"）)])|(?<=[\\s\\u3000])(?=[問问答]))"
            + SPACE + "*([問问QＱ答AＡ])" + SPACE + "*[:：]");

    private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})" + SPACE + "*年" + SPACE + "*(\\d{1,2})"
            + SPACE + "*月" + SPACE + "*(\\d{1,2})" + SPACE + "*日");
    private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October|"
            + "November|December)";
    private static final Pattern ENGLISH_DATE = Pattern.compile(MONTHS + "\\s+(\\d{1,2}),?\\s+(\\d{4})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ENGLISH_DATE_DAY_FIRST = Pattern.compile("(\\d{1,2})\\s+" + MONTHS
            + ",?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private static final Pattern CHINESE_SPOKESPERSON = Pattern.compile("[發发]言人" + SPACE + "*(\\p{IsHan}{2,4}?)"
            + SPACE + "*(?:主持|舉行|举行)");
    private static final Pattern ENGLISH_SPOKESPERSON = Pattern.compile("Spokesperson\\s+(\\p{Lu}[\\p{L}-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}-]*){0,3}?)(?:['’]s\\b|\\s+(?i:held|hosted|holds|hosts|on)\\b)");

    private static final Pattern NUMBERED = Pattern.compile("^(?:[一二三四五六七八九十]+[、．.]|[（(]"
            + "[一二三四五六七八九十\\d]+[）)]|\\d+[.、．)）]|[①②③④⑤⑥⑦⑧⑨⑩])" + SPACE + "*");
    /** "洪磊宣布：", "Hong Lei announced:" before an announcement in the same paragraph. */
    private static final Pattern INTRODUCTION = Pattern.compile("^[^：:。.!?？！]{0,30}?(?:宣布|發布消息|发布消息|發布|发布|"
            + "announced|made the following announcements?)" + SPACE + "*[:：]" + SPACE + "*", Pattern.CASE_INSENSITIVE);
    private static final Pattern EDITORS_LINE = Pattern.compile("^[（(【\\[]?" + SPACE + "*(?:責任編輯|责任编辑|編輯|编辑|"
            + "Editor|Edited by)" + SPACE + "*[:：]", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSING_LINE = Pattern.compile("^[（(【\\[]" + SPACE + "*(?:完|全文完|The End|End)"
            + SPACE + "*[）)】\\]]$", Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER_SESSION = Pattern.compile("^(?:記者會後|记者会后|會後|会后|"
            + "(?:After|Following) the (?:regular )?(?:press )?(?:conference|briefing))" + SPACE + "*[，,、]?"
            + SPACE + "*", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPOKEN = Pattern.compile("(?:說|说|表示|指出)" + SPACE + "*[:：]" + SPACE
            + "*|\\bsaid\\s*[:：,]\\s*");

    /** Characters written differently in the two scripts, Traditional first, Simplified at the same index. */
    private static final String TRADITIONAL = "問發記會說國這為對與們個來時關經麼還進過開後見長從當實點動現應將變讓認議請讀論話協題報環";
    private static final String SIMPLIFIED = "问发记会说国这为对与们个来时关经么还进过开后见长从当实点动现应将变让认议请读论话协题报环";

    private TranscriptText() {
    }

    /** A paragraph without the spaces around it, non-breaking ones ({@code &nbsp;} indents on pages) too. */
    static String clean(String paragraph) {
        return paragraph.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ').strip();
    }

    /** How many question and answer markers a block of text holds. */
    static int markerCount(String text) {
        int count = 0;
        Matcher marker = MARKER.matcher(text);
        while (marker.find()) {
            count++;
        }
        return count;
    }

    /**
     * Reads a transcript's paragraphs.
     *
     * @param declared the language when the source says it; null to find it from the text
     * @throws UnreadableTranscriptException when there is no date line
     */
    static Transcript parse(String source, List<String> lines, ContentLanguage declared) {
        return new Reading(source).read(lines, declared);
    }

    /** The transcript's language: English unless it is mostly Han, then by the script of its commonest characters. */
    static ContentLanguage language(String text) {
        int han = 0;
        int latin = 0;
        int traditional = 0;
        int simplified = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                if (TRADITIONAL.indexOf(c) >= 0) {
                    traditional++;
                } else if (SIMPLIFIED.indexOf(c) >= 0) {
                    simplified++;
                }
            } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        if (han * 2 < latin) {
            return ContentLanguage.EN;
        }
        return traditional > simplified ? ContentLanguage.ZH_HANT : ContentLanguage.ZH_HANS;
    }

    /** The first date a paragraph names, in any of the forms date lines use; null when none. */
    static LocalDate date(String paragraph) {
        try {
            Matcher chinese = CHINESE_DATE.matcher(paragraph);
            if (chinese.find()) {
                return LocalDate.of(Integer.parseInt(chinese.group(1)), Integer.parseInt(chinese.group(2)),
                        Integer.parseInt(chinese.group(3)));
            }
            Matcher english = ENGLISH_DATE.matcher(paragraph);
            if (english.find()) {
                return LocalDate.of(Integer.parseInt(english.group(3)), month(english.group(1)),
                        Integer.parseInt(english.group(2)));
            }
            Matcher dayFirst = ENGLISH_DATE_DAY_FIRST.matcher(paragraph);
            if (dayFirst.find()) {
                return LocalDate.of(Integer.parseInt(dayFirst.group(3)), month(dayFirst.group(2)),
                        Integer.parseInt(dayFirst.group(1)));
            }
            Matcher iso = ISO_DATE.matcher(paragraph);
            if (iso.find()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
        } catch (DateTimeException e) {
            return null; // 2011年2月30日 is no date
        }
        return null;
    }

    private static Month month(String name) {
        return Month.valueOf(name.toUpperCase(Locale.ROOT));
    }

    private static String spokesperson(String dateLine) {
        Matcher chinese = CHINESE_SPOKESPERSON.matcher(dateLine);
        if (chinese.find()) {
            return chinese.group(1);
        }
        Matcher english = ENGLISH_SPOKESPERSON.matcher(dateLine);
        return english.find() ? english.group(1) : null;
    }

    private enum Kind { QUESTION, ANSWER, TEXT }

    /** A question, an answer, or text before any marker in a paragraph. */
    private record Segment(Kind kind, String text, String raw, boolean startsParagraph) {
    }

    private static List<Segment> segments(String paragraph) {
        List<Segment> segments = new ArrayList<>();
        Matcher marker = MARKER.matcher(paragraph);
        int textStart = 0;
        int rawStart = 0;
        Kind kind = Kind.TEXT;
        while (marker.find()) {
            add(segments, kind, paragraph, textStart, rawStart, marker.start());
            kind = "問问QＱ".indexOf(marker.group(1).charAt(0)) >= 0 ? Kind.QUESTION : Kind.ANSWER;
            rawStart = marker.start(1);
            textStart = marker.end();
        }
        add(segments, kind, paragraph, textStart, rawStart, paragraph.length());
        return segments;
    }

    private static void add(List<Segment> segments, Kind kind, String paragraph, int textStart, int rawStart, int end) {
        if (kind == Kind.TEXT && textStart == end) {
            return;
        }
        segments.add(new Segment(kind, paragraph.substring(textStart, end).strip(),
                paragraph.substring(rawStart, end).strip(), segments.isEmpty()));
    }

    /** One pass over a transcript's paragraphs. */
    private static final class Reading {

        private enum State { OPENING, QUESTION, ANSWER, REMARK, ORPHAN, CLOSED }

        private final String source;
        private LocalDate date;
        private String dateLine;
        private String spokesperson;
        private final List<String> announcements = new ArrayList<>();
        private boolean lastAnnouncementNumbered;
        private final List<QuestionAndAnswer> answers = new ArrayList<>();
        private final List<UnparsedPart> unparsed = new ArrayList<>();
        private State state = State.OPENING;
        private StringBuilder question;
        private StringBuilder answer;
        private StringBuilder raw;

        Reading(String source) {
            this.source = source;
        }

        Transcript read(List<String> lines, ContentLanguage declared) {
            StringBuilder all = new StringBuilder();
            for (String line : lines) {
                String paragraph = clean(line);
                if (paragraph.isEmpty()) {
                    continue;
                }
                all.append(paragraph).append('\n');
                if (date == null) {
                    if (dateLine(paragraph)) {
                        continue;
                    }
                    if (markerCount(paragraph) == 0) {
                        continue; // a heading or site text before the date line
                    }
                    break;
                }
                paragraph(paragraph);
            }
            if (date == null) {
                throw new UnreadableTranscriptException(source + " has no date line (such as 2011年12月30日外交部"
                        + "發言人洪磊主持例行記者會, or Foreign Ministry Spokesperson Hong Lei's Regular Press "
                        + "Conference on December 30, 2011)");
            }
            close();
            if (spokesperson == null) {
                unparsed.addFirst(new UnparsedPart(dateLine, "the date line names no spokesperson"));
            }
            return new Transcript(source, date, spokesperson, declared != null ? declared : language(all.toString()),
                    announcements, answers, unparsed);
        }

        private boolean dateLine(String paragraph) {
            LocalDate found = date(paragraph);
            if (found == null) {
                return false;
            }
            String name = spokesperson(paragraph);
            if (date == null) {
                date = found;
                dateLine = paragraph;
                spokesperson = name;
                return true;
            }
            // The same line again (a page's title and its first paragraph) is not an announcement.
            return found.equals(date) && (name != null || paragraph.length() < 80);
        }

        private void paragraph(String paragraph) {
            if (EDITORS_LINE.matcher(paragraph).find() || CLOSING_LINE.matcher(paragraph).matches()) {
                close();
                state = State.CLOSED;
                return;
            }
            if (state != State.OPENING || markerCount(paragraph) > 0 || !dateLine(paragraph)) {
                Matcher afterSession = AFTER_SESSION.matcher(paragraph);
                if (afterSession.find() && state != State.OPENING) {
                    close();
                    remark(paragraph, paragraph.substring(afterSession.end()));
                    return;
                }
                for (Segment segment : segments(paragraph)) {
                    segment(segment);
                }
            }
        }

        private void segment(Segment segment) {
            switch (segment.kind()) {
                case QUESTION -> {
                    close();
                    state = State.QUESTION;
                    question = new StringBuilder(segment.text());
                    raw = new StringBuilder(segment.raw());
                }
                case ANSWER -> {
                    if (state == State.QUESTION) {
                        state = State.ANSWER;
                        answer = new StringBuilder(segment.text());
                        raw.append('\n').append(segment.raw());
                    } else {
                        close();
                        state = State.ORPHAN;
                        raw = new StringBuilder(segment.raw());
                    }
                }
                case TEXT -> text(segment.text());
            }
        }

        private void text(String text) {
            switch (state) {
                case OPENING -> announcement(text);
                case QUESTION -> question.append(question.isEmpty() ? "" : "\n\n").append(text);
                case ANSWER, REMARK -> answer.append(answer.isEmpty() ? "" : "\n\n").append(text);
                case ORPHAN -> raw.append('\n').append(text);
                case CLOSED -> unparsed.add(new UnparsedPart(text, "text after the transcript's closing line"));
            }
        }

        private void announcement(String paragraph) {
            Matcher introduction = INTRODUCTION.matcher(paragraph);
            String text = introduction.find() ? paragraph.substring(introduction.end()).strip() : paragraph;
            if (text.isEmpty()) {
                lastAnnouncementNumbered = false;
                return;
            }
            Matcher number = NUMBERED.matcher(text);
            if (number.find()) {
                announcements.add(text.substring(number.end()).strip());
                lastAnnouncementNumbered = true;
            } else if ((text.endsWith("：") || text.endsWith(":")) && text.length() <= 120) {
                lastAnnouncementNumbered = false; // "洪磊首先發布消息：" introduces, it announces nothing
            } else if (lastAnnouncementNumbered) {
                int last = announcements.size() - 1;
                announcements.set(last, announcements.get(last) + "\n\n" + text);
            } else {
                announcements.add(text);
            }
        }

        private void remark(String paragraph, String afterLead) {
            Matcher spoken = SPOKEN.matcher(afterLead);
            if (!spoken.find()) {
                unparsed.add(new UnparsedPart(paragraph, "a remark after the session without the spokesperson's words"));
                state = State.CLOSED;
                return;
            }
            String asked = afterLead.substring(0, spoken.start()).strip();
            if (spokesperson != null && asked.endsWith(spokesperson)) {
                asked = asked.substring(0, asked.length() - spokesperson.length()).strip();
            }
            if (!asked.isEmpty()) {
                asked = asked.substring(0, 1).toUpperCase(Locale.ROOT) + asked.substring(1);
            }
            state = State.REMARK;
            question = new StringBuilder(asked);
            answer = new StringBuilder(afterLead.substring(spoken.end()).strip());
            raw = new StringBuilder(paragraph);
        }

        /** Ends the part being read: a pair is kept, or skipped with its reason. */
        private void close() {
            switch (state) {
                case QUESTION -> unparsed.add(new UnparsedPart(raw.toString(), "a question with no answer"));
                case ANSWER, REMARK -> {
                    if (question.toString().isBlank()) {
                        unparsed.add(new UnparsedPart(raw.toString(), "an empty question"));
                    } else if (answer.toString().isBlank()) {
                        unparsed.add(new UnparsedPart(raw.toString(), "an empty answer"));
                    } else {
                        answers.add(new QuestionAndAnswer(answers.size() + 1, question.toString().strip(),
                                answer.toString().strip()));
                    }
                }
                case ORPHAN -> unparsed.add(new UnparsedPart(raw.toString(), "an answer with no question before it"));
                case OPENING, CLOSED -> {
                }
            }
        }
    }
}
