package org.pressdesk.template;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;

/** Posts of the kinds the office publishes every day, in each of its languages. */
public final class Drafts {

    /** 15:00 in Beijing, the afternoon of the last conference of 2011. */
    public static final Instant SCHEDULED_AT = Instant.parse("2011-12-30T07:00:00Z");
    public static final URI ANSWER_LINK = URI.create("https://www.fmprc.gov.cn/web/fyrbt_673021/t892010.shtml");
    public static final String CONFERENCE_DATE = "2011-12-30";
    public static final URI BRIEFING_LINK = URI.create("https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/t892011.shtml");

    private Drafts() {
    }

    public static PostDraft spokespersonAnswer(ContentLanguage language) {
        return switch (language) {
            case ZH_HANT -> answer(language, "外交部發言人洪磊就伊朗與六國對話等答記者問",
                    "問：據報道，伊朗與六國將於近期恢復對話。中方對此有何評論？\n"
                    + "答：中方一貫主張通過對話和談判和平解決伊朗核問題。我們歡迎伊朗與六國恢復對話，希望各方抓住機遇，"
                    + "展現靈活，相向而行，爭取早日取得積極進展。中方願繼續為此發揮建設性作用。");
            case ZH_HANS -> answer(language, "外交部发言人洪磊就伊朗与六国对话等答记者问",
                    "问：据报道，伊朗与六国将于近期恢复对话。中方对此有何评论？\n"
                    + "答：中方一贯主张通过对话和谈判和平解决伊朗核问题。我们欢迎伊朗与六国恢复对话，希望各方抓住机遇，"
                    + "展现灵活，相向而行，争取早日取得积极进展。中方愿继续为此发挥建设性作用。");
            case EN -> answer(language, "Foreign Ministry Spokesperson Hong Lei's Regular Press Conference on December 30, 2011",
                    "Q: It is reported that Iran and the six countries will resume talks soon. What is China's comment?\n"
                    + "A: China always maintains that the Iranian nuclear issue should be resolved peacefully through "
                    + "dialogue and negotiation. We welcome the resumption of talks between Iran and the six countries, "
                    + "and hope that all parties will seize the opportunity, show flexibility, meet each other halfway "
                    + "and strive for positive progress at an early date. China will continue to play a constructive "
                    + "role to this end.");
        };
    }

    public static PostDraft briefingSummary(ContentLanguage language) {
        return switch (language) {
            case ZH_HANT -> briefing(language, "2011年12月30日外交部發言人洪磊主持例行記者會",
                    "中方歡迎伊朗與六國恢復對話，希望各方相向而行，爭取早日取得積極進展。\n"
                    + "中方密切關注朝鮮半島局勢，希望有關各方共同維護半島和平穩定。\n"
                    + "新年假期期間例行記者會暫停，2012年1月4日恢復。",
                    "伊朗核問題、朝鮮半島局勢");
            case ZH_HANS -> briefing(language, "2011年12月30日外交部发言人洪磊主持例行记者会",
                    "中方欢迎伊朗与六国恢复对话，希望各方相向而行，争取早日取得积极进展。\n"
                    + "中方密切关注朝鲜半岛局势，希望有关各方共同维护半岛和平稳定。\n"
                    + "新年假期期间例行记者会暂停，2012年1月4日恢复。",
                    "伊朗核问题、朝鲜半岛局势");
            case EN -> briefing(language, "Foreign Ministry Spokesperson Hong Lei's Regular Press Conference on December 30, 2011",
                    "China welcomes the resumption of talks between Iran and the six countries and hopes all parties "
                    + "will meet each other halfway.\n"
                    + "China follows the situation on the Korean Peninsula closely and hopes all parties will jointly "
                    + "maintain peace and stability there.\n"
                    + "There will be no regular press conference during the New Year holiday; it resumes on 4 January 2012.",
                    "the Iranian nuclear issue; the situation on the Korean Peninsula");
        };
    }

    /** As the scheduler passes a post from the conference of 30 December: its date as the {@code date} field. */
    /**
     * A correction of the spokesperson's answer published on 30 December 2011 (15:00 in Beijing), going out
     * the next morning.
     */
    public static PostDraft correction(ContentLanguage language) {
        String body = switch (language) {
            case ZH_HANT -> "洪磊在答問中提到的對話日期應為2012年1月，而非2011年12月。特此更正。";
            case ZH_HANS -> "洪磊在答问中提到的对话日期应为2012年1月，而非2011年12月。特此更正。";
            case EN -> "The talks Hong Lei referred to will take place in January 2012, not December 2011.";
        };
        String title = switch (language) {
            case ZH_HANT -> "更正：外交部發言人洪磊答記者問";
            case ZH_HANS -> "更正：外交部发言人洪磊答记者问";
            case EN -> "Correction: Foreign Ministry Spokesperson Hong Lei's answer";
        };
        return new PostDraft(ContentKind.CORRECTION, language, title, body, ANSWER_LINK,
                Instant.parse("2011-12-31T01:00:00Z"), null, Map.of("corrects-title",
                        spokespersonAnswer(language).title(), "corrects-published-at", "2011-12-30T07:00:05Z"));
    }

    private static PostDraft answer(ContentLanguage language, String title, String body) {
        return new PostDraft(ContentKind.SPOKESPERSON_ANSWER, language, title, body, ANSWER_LINK, SCHEDULED_AT,
                "press-conference:2011-12-30#3", Map.of("date", CONFERENCE_DATE, "spokesperson", spokesperson(language)));
    }

    private static PostDraft briefing(ContentLanguage language, String title, String body, String topics) {
        return new PostDraft(ContentKind.BRIEFING_SUMMARY, language, title, body, BRIEFING_LINK, SCHEDULED_AT,
                "press-conference:2011-12-30", Map.of("topics", topics, "date", CONFERENCE_DATE,
                        "spokesperson", spokesperson(language)));
    }

    private static String spokesperson(ContentLanguage language) {
        return language.isChinese() ? "洪磊" : "Hong Lei";
    }
}
