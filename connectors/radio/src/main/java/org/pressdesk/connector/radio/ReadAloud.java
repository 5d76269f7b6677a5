package org.pressdesk.connector.radio;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pressdesk.content.ContentLanguage;

/**
 * Writes text the way a presenter reads it aloud: in Chinese, dates and numbers in characters
 * ({@code 2011年12月30日} → 二〇一一年十二月三十日, {@code 189,127} → 十八萬九千一百二十七,
 * {@code 17:40} → 十七點四十分, {@code 熱線12308} → 熱線幺二三零八, {@code 增長-2.5%} → 下降百分之二點五); in English, ISO dates as words and hotline
 * numbers digit by digit. Links are dropped in both: nobody reads a URL on air.
 */
public final class ReadAloud {

    private static final Pattern URL = Pattern.compile("\\s*https?://\\S+");
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.])(\\d{4})(?=\\s*年)");
    private static final Pattern TIME = Pattern.compile("(?<![\\d.])([01]?\\d|2[0-3])[:：]([0-5]\\d)(?!\\d)");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*[%％]");
    /** A rise by a negative percentage is a fall, and a newsreader says so: 增長-2.5% is 下降百分之二點五. */
    private static final Pattern NEGATIVE_RISE = Pattern.compile(
            "(?:增長|增长|上升|上漲|上涨|提高|增加|成長|成长)了?\\s*[-−－](?=\\d+(?:\\.\\d+)?\\s*[%％])");
    /** A sign before a percentage (not a dash after a number: 2%-3% is a range): -0.3% is 負百分之零點三. */
    private static final Pattern SIGNED_PERCENT = Pattern.compile(
            "(?<![\\d%％.A-Za-z])([-−－+＋])(\\d+(?:\\.\\d+)?)\\s*[%％]");
    /** A number right after 熱線/電話/號碼 (12308, 65961114, +86-10-12308) is read digit by digit. */
    private static final Pattern PHONE = Pattern.compile("(熱線|热线|電話|电话|號碼|号码|傳真|传真)([:：]?\\s*)(\\+?[\\d-]{3,})");
    private static final Pattern ENGLISH_PHONE = Pattern.compile("(?i)(hotline|phone|telephone|fax)(:?\\s*)([\\d-]{3,})");
    private static final Pattern AREA_CODE_NUMBER = Pattern.compile("(?<!\\d)0\\d{1,3}-\\d{7,8}(?!\\d)");
    private static final Pattern GROUPED = Pattern.compile("(?<![\\d.])\\d{1,3}(?:,\\d{3})+(?![\\d,])");
    private static final Pattern DECIMAL = Pattern.compile("(?<![\\d.])(\\d+)\\.(\\d+)(?![\\d.])");
    private static final Pattern INTEGER = Pattern.compile("\\d+");
    /** A lone 2 counting things is 兩/两 (兩個國家, 兩條消息); 2月 and 2日 stay 二. */
    private static final Pattern TWO_OF_SOMETHING = Pattern.compile("(?<![\\d.])2(?=[個个條条名位項项次場场份件國国方輪轮週周])");
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private static final String DIGITS = "零一二三四五六七八九";
    private static final String YEAR_DIGITS = "〇一二三四五六七八九";
    private static final String[] UNITS = {"", "十", "百", "千"};

    private ReadAloud() {
    }

    /**
     * @param text     text as written
     * @param language the language it is read in
     * @return the same text as a presenter reads it
     */
    public static String forReading(String text, ContentLanguage language) {
        String normalised = URL.matcher(toHalfWidthDigits(text)).replaceAll("");
        if (!language.isChinese()) {
            String dates = replace(ISO_DATE, normalised, m -> LocalDate.of(Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))).format(ENGLISH_DATE));
            return replace(ENGLISH_PHONE, dates, m -> m.group(1) + m.group(2)
                    + String.join(" ", m.group(3).replace("-", "").split("")));
        }
        boolean traditional = language == ContentLanguage.ZH_HANT;
        String result = replace(ISO_DATE, normalised, m -> yearDigits(m.group(1)) + "年"
                + number(Long.parseLong(m.group(2)), traditional) + "月" + number(Long.parseLong(m.group(3)), traditional) + "日");
        result = replace(YEAR, result, m -> yearDigits(m.group(1)));
        result = replace(PHONE, result, m -> m.group(1) + m.group(2) + phoneDigits(m.group(3)));
        result = replace(AREA_CODE_NUMBER, result, m -> phoneDigits(m.group()));
        result = replace(TIME, result, m -> clock(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), traditional));
        result = replace(NEGATIVE_RISE, result, m -> "下降");
        result = replace(SIGNED_PERCENT, result, m -> ("+＋".contains(m.group(1)) ? "" : minus(traditional))
                + "百分之" + decimal(m.group(2), traditional));
        result = replace(PERCENT, result, m -> "百分之" + decimal(m.group(1), traditional));
        result = replace(GROUPED, result, m -> m.group().replace(",", ""));
        result = replace(DECIMAL, result, m -> decimal(m.group(), traditional));
        result = replace(TWO_OF_SOMETHING, result, m -> traditional ? "兩" : "两");
        return replace(INTEGER, result, m -> m.group().length() > 16 ? digitByDigit(m.group())
                : number(Long.parseLong(m.group()), traditional));
    }

    /**
     * A whole number in characters: 105 → 一百零五, 12308 → 一萬兩千三百零八, 120000000 → 一億兩千萬.
     * 兩/两 is used for a 2 before 千, 萬 or 億, as it is said.
     */
    public static String number(long value, boolean traditional) {
        if (value < 0) {
            return minus(traditional) + number(-value, traditional);
        }
        if (value == 0) {
            return "零";
        }
        String[] big = {"", traditional ? "萬" : "万", traditional ? "億" : "亿", "兆"};
        StringBuilder out = new StringBuilder();
        boolean gap = false;
        for (int group = 3; group >= 0; group--) {
            int section = (int) (value / (long) Math.pow(10000, group) % 10000);
            if (section == 0) {
                gap = !out.isEmpty();
                continue;
            }
            if (!out.isEmpty() && (gap || section < 1000)) {
                out.append('零');
            }
            gap = false;
            out.append(section(section, group > 0, traditional)).append(big[group]);
        }
        // 一十二 is read 十二 at the start of a number (12, 120000), but 一百一十二 keeps its 一.
        return out.charAt(0) == '一' && out.length() > 1 && out.charAt(1) == '十' ? out.substring(1) : out.toString();
    }

    private static String section(int section, boolean beforeBigUnit, boolean traditional) {
        StringBuilder out = new StringBuilder();
        boolean zero = false;
        for (int position = 3; position >= 0; position--) {
            int digit = section / (int) Math.pow(10, position) % 10;
            if (digit == 0) {
                zero = !out.isEmpty();
                continue;
            }
            if (zero) {
                out.append('零');
                zero = false;
            }
            boolean saidLiang = digit == 2 && (position == 3 || (position == 0 && section == 2 && beforeBigUnit));
            out.append(saidLiang ? (traditional ? '兩' : '两') : DIGITS.charAt(digit)).append(UNITS[position]);
        }
        return out.toString();
    }

    private static String minus(boolean traditional) {
        return traditional ? "負" : "负";
    }

    private static String decimal(String text, boolean traditional) {
        int point = text.indexOf('.');
        if (point < 0) {
            return number(Long.parseLong(text), traditional);
        }
        return number(Long.parseLong(text.substring(0, point)), traditional) + (traditional ? "點" : "点")
                + digitByDigit(text.substring(point + 1));
    }

    private static String clock(int hour, int minute, boolean traditional) {
        String hours = number(hour, traditional) + (traditional ? "點" : "点");
        if (minute == 0) {
            return hours;
        }
        return hours + (minute < 10 ? "零" : "") + number(minute, traditional) + "分";
    }

    private static String yearDigits(String year) {
        StringBuilder out = new StringBuilder();
        for (char c : year.toCharArray()) {
            out.append(YEAR_DIGITS.charAt(c - '0'));
        }
        return out.toString();
    }

    private static String digitByDigit(String digits) {
        StringBuilder out = new StringBuilder();
        for (char c : digits.toCharArray()) {
            if (c >= '0' && c <= '9') {
                out.append(DIGITS.charAt(c - '0'));
            }
        }
        return out.toString();
    }

    /** A telephone number digit by digit, 1 said 幺 as on air and on the phone, so it is not heard as 7. */
    private static String phoneDigits(String digits) {
        return digitByDigit(digits).replace('一', '幺');
    }

    private static String toHalfWidthDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
        }
        return out.toString();
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> replacement) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
