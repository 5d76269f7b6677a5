package org.pressdesk.dailyrun;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a series of regular press-conference transcripts in the ministry's published form (zh-Hant
 * text: a date line, announcements on some days, 問/答 pairs, an editor's line), one a weekday, for the
 * restart test and the {@code bench/dailyrun} benchmark. Plain JDK, so the benchmark can run it as
 * {@code java -cp scheduler/target/test-classes org.pressdesk.dailyrun.ConferenceTranscripts INBOX 133 15}.
 */
public final class ConferenceTranscripts {

    private static final List<String> SPOKESPERSONS = List.of("洪磊", "姜瑜", "劉為民");
    private static final List<String> SUBJECTS = List.of("伊朗核問題", "朝鮮半島局勢", "中美關係", "南海問題", "敘利亞局勢",
            "中歐合作", "氣候變化談判", "領事保護", "中非合作論壇", "上海合作組織", "聯合國安理會改革", "東盟地區論壇",
            "二十國集團峰會", "金磚國家合作", "中日關係", "中俄戰略協作", "阿富汗重建", "蘇丹和南蘇丹關係");

    private ConferenceTranscripts() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: ConferenceTranscripts INBOX CONFERENCES ANSWERS-EACH");
            System.exit(2);
        }
        write(Path.of(args[0]), LocalDate.of(2011, 1, 4), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
    }

    /** Writes {@code conferences} transcripts of {@code answers} questions each, a weekday apart from {@code first}. */
    public static void write(Path inbox, LocalDate first, int conferences, int answers) throws IOException {
        Files.createDirectories(inbox);
        LocalDate day = first;
        for (int i = 0; i < conferences; i++, day = nextWeekday(day)) {
            String spokesperson = SPOKESPERSONS.get(i % SPOKESPERSONS.size());
            Files.writeString(inbox.resolve(day + "-" + i + ".zh-Hant.txt"), transcript(day, spokesperson, i, answers),
                    StandardCharsets.UTF_8);
        }
    }

    static String transcript(LocalDate day, String spokesperson, int index, int answers) {
        StringBuilder text = new StringBuilder();
        text.append(day.getYear()).append('年').append(day.getMonthValue()).append('月').append(day.getDayOfMonth())
                .append("日外交部發言人").append(spokesperson).append("主持例行記者會\n\n");
        if (index % 3 == 0) {
            text.append(spokesperson).append("首先發布消息：\n\n");
            text.append("一、應國務院總理邀請，某國總理將於下週對中國進行正式訪問。\n\n");
            text.append("二、外交部將於本月舉行第").append(index + 1).append("次公眾開放日活動。\n\n");
        }
        for (int q = 0; q < answers; q++) {
            String subject = SUBJECTS.get((index * 7 + q) % SUBJECTS.size());
            text.append("問：據報道，").append(subject).append("近日出現新的進展。中方對此有何評論？第").append(q + 1)
                    .append("個問題。\n\n");
            text.append("答：我們注意到有關報道。中方在").append(subject).append("上的立場是一貫的、明確的。")
                    .append("我們希望有關各方保持冷靜克制，通過對話協商妥善處理分歧，共同維護地區和平穩定。\n\n");
            if (q % 5 == 4) {
                text.append("中方願同各方一道，繼續為此發揮建設性作用。\n\n");
            }
        }
        text.append("（編輯：王小明）\n");
        return text.toString();
    }

    private static LocalDate nextWeekday(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }
}
