package org.pressdesk.samples;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.pressdesk.content.ContentKind;

/**
 * The raw records of a year shaped after the ministry's 2011 disclosure report, generated from a fixed
 * seed so every load is the same: the Weibo account's posts from its opening in April and its daily
 * follower counts, the radio segment's three episodes a week from 1 August with their items, and the
 * calendar of regular press conferences (twice a week, five times a week from September) with the
 * answers given at each. The report's figures are counted from these, not typed in.
 */
final class SampleYear2011 {

    static final int YEAR = 2011;
    static final LocalDate WEIBO_OPENED = LocalDate.of(2011, 4, 11);
    static final LocalDate RADIO_STARTS = LocalDate.of(2011, 8, 1);
    static final LocalDate FIVE_A_WEEK_FROM = LocalDate.of(2011, 9, 1);
    static final int WEIBO_POSTS = 2_296;
    static final long FOLLOWERS_AT_YEAR_END = 1_204_387;
    static final int CONFERENCES = 133;
    static final int ANSWERS = 1_998;

    /** Days without a regular press conference: Spring Festival and National Day holidays. */
    private static final Set<LocalDate> HOLIDAYS = holidays();

    private final Random random = new Random(20111231L);

    record SamplePost(LocalDate date, LocalTime time, ContentKind kind, String title, String body, String question,
                      String answer, String spokesperson, String topics) {

        SamplePost(LocalDate date, LocalTime time, ContentKind kind, String title, String body, String question,
                   String answer, String spokesperson) {
            this(date, time, kind, title, body, question, answer, spokesperson, null);
        }
    }

    record Conference(LocalDate date, String spokesperson, int answers) {
    }

    record Episode(LocalDate date, long listeners, int minutes, List<SamplePost> items) {
    }

    record DailyFollowers(LocalDate date, long followers) {
    }

    /** The regular press conferences of the year, each with the answers given at it. */
    List<Conference> conferences() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = LocalDate.of(YEAR, 1, 1); day.getYear() == YEAR; day = day.plusDays(1)) {
            boolean weekday = day.getDayOfWeek().getValue() <= 5;
            boolean held = day.isBefore(FIVE_A_WEEK_FROM)
                    ? day.getDayOfWeek() == DayOfWeek.TUESDAY || day.getDayOfWeek() == DayOfWeek.THURSDAY
                    : weekday;
            if (held && !HOLIDAYS.contains(day)) {
                days.add(day);
            }
        }
        // Some briefings do not take place (the spokesperson travels with a leader); drop them at random.
        while (days.size() > CONFERENCES) {
            days.remove(random.nextInt(days.size()));
        }
        int[] answers = spread(ANSWERS, days.size(), 9, 21);
        List<Conference> conferences = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            conferences.add(new Conference(days.get(i), spokesperson(days.get(i)), answers[i]));
        }
        return conferences;
    }

    /**
     * What the daily run makes of a conference: its briefing summary (topics one a line), then one answer
     * per question. Drawn from a generator of the conference's own, so the other samples stay as they were.
     */
    List<SamplePost> conferenceItems(Conference conference) {
        Random draw = new Random(conference.date().toEpochDay());
        LocalTime time = LocalTime.of(15, 0);
        List<SamplePost> answers = new ArrayList<>();
        List<String> topics = new ArrayList<>();
        for (int q = 0; q < conference.answers(); q++) {
            String topic = TOPICS[draw.nextInt(TOPICS.length)];
            if (!topics.contains(topic)) {
                topics.add(topic);
            }
            String question = "请介绍中方对" + topic + "的立场。";
            String answer = "中方在" + topic + "上的立场是一贯的、明确的，希望有关各方保持冷静克制，通过对话协商解决问题。";
            answers.add(new SamplePost(conference.date(), time, ContentKind.SPOKESPERSON_ANSWER,
                    "外交部发言人" + conference.spokesperson() + "就" + topic + "答记者问", "问：" + question + "\n答：" + answer,
                    question, answer, conference.spokesperson()));
        }
        String title = conference.date().getYear() + "年" + conference.date().getMonthValue() + "月"
                       + conference.date().getDayOfMonth() + "日外交部发言人" + conference.spokesperson() + "主持例行记者会";
        List<SamplePost> items = new ArrayList<>();
        items.add(new SamplePost(conference.date(), time, ContentKind.BRIEFING_SUMMARY, title,
                title + "，回答记者提问" + conference.answers() + "个，涉及" + String.join("、", topics) + "等。", null, null,
                conference.spokesperson(), String.join("\n", topics)));
        items.addAll(answers);
        return items;
    }

    /** The Weibo account's posts, from its opening to the year's end, several a day. */
    List<SamplePost> weiboPosts() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = WEIBO_OPENED; day.getYear() == YEAR; day = day.plusDays(1)) {
            days.add(day);
        }
        int[] perDay = spread(WEIBO_POSTS, days.size(), 3, 15);
        List<SamplePost> posts = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            for (int n = 0; n < perDay[i]; n++) {
                posts.add(post(days.get(i), LocalTime.of(8 + n % 14, random.nextInt(60))));
            }
        }
        return posts;
    }

    /** Followers on every day from the opening: slow at first, fast after the summer, 1.2 million by December. */
    List<DailyFollowers> followers() {
        List<DailyFollowers> daily = new ArrayList<>();
        LocalDate end = LocalDate.of(YEAR, 12, 31);
        long days = end.toEpochDay() - WEIBO_OPENED.toEpochDay();
        long previous = 0;
        for (LocalDate day = WEIBO_OPENED; !day.isAfter(end); day = day.plusDays(1)) {
            double t = (double) (day.toEpochDay() - WEIBO_OPENED.toEpochDay()) / days;
            // A logistic curve through ~2 % at the opening and 100 % on 31 December, with a little daily noise.
            double share = logistic(t) / logistic(1.0);
            long followers = day.equals(end) ? FOLLOWERS_AT_YEAR_END
                    : Math.round(FOLLOWERS_AT_YEAR_END * share * (0.995 + random.nextDouble() * 0.01));
            followers = Math.max(previous, Math.min(followers, FOLLOWERS_AT_YEAR_END));
            daily.add(new DailyFollowers(day, followers));
            previous = followers;
        }
        return daily;
    }

    /** The radio segment's episodes, Monday, Wednesday and Friday from 1 August, two or three items each. */
    List<Episode> radioEpisodes() {
        List<Episode> episodes = new ArrayList<>();
        for (LocalDate day = RADIO_STARTS; day.getYear() == YEAR; day = day.plusDays(1)) {
            DayOfWeek weekday = day.getDayOfWeek();
            if (weekday == DayOfWeek.MONDAY || weekday == DayOfWeek.WEDNESDAY || weekday == DayOfWeek.FRIDAY) {
                List<SamplePost> items = new ArrayList<>();
                int count = 2 + random.nextInt(2);
                for (int i = 0; i < count; i++) {
                    items.add(answer(day, LocalTime.of(17, 40)));
                }
                episodes.add(new Episode(day, 600_000 + random.nextInt(400_000), 5, items));
            }
        }
        return episodes;
    }

    private SamplePost post(LocalDate day, LocalTime time) {
        int pick = random.nextInt(10);
        if (pick < 6) {
            return answer(day, time);
        }
        if (pick < 9) {
            String topic = TOPICS[random.nextInt(TOPICS.length)];
            return new SamplePost(day, time, ContentKind.DIPLOMATIC_NEWS, "外交动态：" + topic,
                    "【外交动态】" + topic + "，中方将继续发挥建设性作用。", null, null, null);
        }
        String notice = NOTICES[random.nextInt(NOTICES.length)];
        return new SamplePost(day, time, ContentKind.SERVICE_NOTICE, "领事提醒：" + notice,
                "【领事提醒】" + notice + "。详情请见中国领事服务网。", null, null, null);
    }

    private SamplePost answer(LocalDate day, LocalTime time) {
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        String spokesperson = spokesperson(day);
        String question = "请介绍中方对" + topic + "的立场。";
        String answer = "中方在" + topic + "上的立场是一贯的、明确的，希望有关各方保持冷静克制，通过对话协商解决问题。";
        return new SamplePost(day, time, ContentKind.SPOKESPERSON_ANSWER,
                "外交部发言人" + spokesperson + "就" + topic + "答记者问", "问：" + question + "\n答：" + answer,
                question, answer, spokesperson);
    }

    /** The spokespersons took turns, a week or so each. */
    private static String spokesperson(LocalDate day) {
        String[] spokespersons = day.isBefore(FIVE_A_WEEK_FROM) ? new String[] {"马朝旭", "姜瑜", "洪磊"}
                : new String[] {"马朝旭", "姜瑜", "洪磊", "刘为民"};
        return spokespersons[(day.getDayOfYear() / 7) % spokespersons.length];
    }

    /** {@code total} split over {@code slots}, each between min and max (inclusive), at random. */
    private int[] spread(int total, int slots, int min, int max) {
        int[] counts = new int[slots];
        int sum = 0;
        for (int i = 0; i < slots; i++) {
            counts[i] = min + random.nextInt(max - min + 1);
            sum += counts[i];
        }
        while (sum != total) {
            int i = random.nextInt(slots);
            if (sum < total && counts[i] < max) {
                counts[i]++;
                sum++;
            } else if (sum > total && counts[i] > min) {
                counts[i]--;
                sum--;
            }
        }
        return counts;
    }

    private static double logistic(double t) {
        return 1.0 / (1.0 + Math.exp(-8.0 * (t - 0.55)));
    }

    private static Set<LocalDate> holidays() {
        Set<LocalDate> days = new TreeSet<>();
        for (LocalDate day = LocalDate.of(2011, 2, 2); !day.isAfter(LocalDate.of(2011, 2, 8)); day = day.plusDays(1)) {
            days.add(day);
        }
        for (LocalDate day = LocalDate.of(2011, 10, 1); !day.isAfter(LocalDate.of(2011, 10, 7)); day = day.plusDays(1)) {
            days.add(day);
        }
        days.add(LocalDate.of(2011, 1, 3));
        days.add(LocalDate.of(2011, 4, 5));
        days.add(LocalDate.of(2011, 5, 2));
        days.add(LocalDate.of(2011, 6, 6));
        days.add(LocalDate.of(2011, 9, 12));
        return days;
    }

    private static final String[] TOPICS = {"伊朗核问题", "朝鲜半岛局势", "利比亚局势", "中美关系", "南海问题", "日本地震救援",
        "叙利亚局势", "苏丹南北关系", "中俄关系", "中欧关系", "气候变化谈判", "金砖国家合作", "上海合作组织峰会",
        "亚太经合组织会议", "中非合作", "阿富汗和平进程", "巴以和谈", "索马里海域护航", "中日关系", "中印边界问题"};

    private static final String[] NOTICES = {"赴利比亚中国公民注意安全", "春节出行注意事项", "海外中国公民防范诈骗",
        "赴日中国公民关注核辐射信息", "暑期出境旅游安全提示", "护照遗失怎么办", "赴泰国中国公民注意洪灾"};
}
