package org.pressdesk.connector.radio;

import java.time.Instant;
import java.util.List;
import org.pressdesk.connector.ChannelContent;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;

/** Items of a day's radio segment as the read-aloud templates write them, in each language. */
final class RadioItems {

    static final Instant FRIDAY_AFTERNOON = Instant.parse("2011-12-30T07:00:00Z");

    private RadioItems() {
    }

    static ChannelContent briefing(ContentLanguage language) {
        return item(ContentKind.BRIEFING_SUMMARY, language, switch (language) {
            case ZH_HANS -> "2011年12月30日外交部发言人洪磊主持例行记者会";
            case ZH_HANT -> "2011年12月30日外交部發言人洪磊主持例行記者會";
            case EN -> "Foreign Ministry Spokesperson Hong Lei's Regular Press Conference on December 30, 2011";
        }, switch (language) {
            case ZH_HANS -> "2011年12月30日，外交部发言人洪磊主持例行记者会，回答了记者关于伊朗核问题、朝鲜半岛局势等问题的提问。主要内容如下。\n"
                    + "中方欢迎伊朗与六国恢复对话，希望各方相向而行，争取早日取得积极进展。\n"
                    + "中方密切关注朝鲜半岛局势，希望有关各方共同维护半岛和平稳定。\n"
                    + "新年假期期间例行记者会暂停，2012年1月4日恢复。";
            case ZH_HANT -> "2011年12月30日，外交部發言人洪磊主持例行記者會，回答了記者關於伊朗核問題、朝鮮半島局勢等問題的提問。主要內容如下。\n"
                    + "中方歡迎伊朗與六國恢復對話，希望各方相向而行，爭取早日取得積極進展。\n"
                    + "中方密切關注朝鮮半島局勢，希望有關各方共同維護半島和平穩定。\n"
                    + "新年假期期間例行記者會暫停，2012年1月4日恢復。";
            case EN -> "On 30 December 2011, Foreign Ministry Spokesperson Hong Lei held the regular press conference "
                    + "and answered questions on the Iranian nuclear issue and the Korean Peninsula. Here are the main points.\n"
                    + "China welcomes the resumption of talks between Iran and the six countries.\n"
                    + "China hopes all parties will jointly maintain peace and stability on the Korean Peninsula.\n"
                    + "The regular press conference resumes on 2012-01-04 after the New Year holiday.";
        });
    }

    static ChannelContent answer(ContentLanguage language) {
        return item(ContentKind.SPOKESPERSON_ANSWER, language, switch (language) {
            case ZH_HANS -> "外交部发言人洪磊就伊朗与六国对话等答记者问";
            case ZH_HANT -> "外交部發言人洪磊就伊朗與六國對話等答記者問";
            case EN -> "Spokesperson Hong Lei on the talks between Iran and the six countries";
        }, switch (language) {
            case ZH_HANS -> "在2011年12月30日的外交部例行记者会上，有记者问：据报道，伊朗与六国将于近期恢复对话。中方对此有何评论？\n"
                    + "外交部发言人洪磊回答说：中方一贯主张通过对话和谈判和平解决伊朗核问题。我们欢迎伊朗与六国恢复对话，"
                    + "希望各方抓住机遇，展现灵活，相向而行，争取早日取得积极进展。";
            case ZH_HANT -> "在2011年12月30日的外交部例行記者會上，有記者問：據報道，伊朗與六國將於近期恢復對話。中方對此有何評論？\n"
                    + "外交部發言人洪磊回答說：中方一貫主張通過對話和談判和平解決伊朗核問題。我們歡迎伊朗與六國恢復對話，"
                    + "希望各方抓住機遇，展現靈活，相向而行，爭取早日取得積極進展。";
            case EN -> "At the regular press conference, a journalist asked: Iran and the six countries will resume talks "
                    + "soon. What is China's comment?\nSpokesperson Hong Lei answered: China always maintains that the "
                    + "Iranian nuclear issue should be resolved peacefully through dialogue and negotiation.";
        });
    }

    static ChannelContent notice(ContentLanguage language) {
        return item(ContentKind.SERVICE_NOTICE, language, switch (language) {
            case ZH_HANS -> "提醒元旦假期出境旅行的中国公民注意安全";
            case ZH_HANT -> "提醒元旦假期出境旅行的中國公民注意安全";
            case EN -> "Travel safety over the New Year holiday";
        }, switch (language) {
            case ZH_HANS -> "外交部领事司提醒元旦假期出境旅行的中国公民注意安全。如遇紧急情况，请拨打全球领事保护与服务应急呼叫中心热线：12308。";
            case ZH_HANT -> "外交部領事司提醒元旦假期出境旅行的中國公民注意安全。如遇緊急情況，請撥打全球領事保護與服務應急呼叫中心熱線：12308。";
            case EN -> "The Department of Consular Affairs reminds Chinese citizens travelling abroad over the New Year "
                    + "holiday to stay safe. In an emergency, call the consular protection hotline 12308.";
        });
    }

    static ChannelContent missionRelease(ContentLanguage language) {
        return item(ContentKind.MISSION_RELEASE, language, switch (language) {
            case ZH_HANS -> "驻美国使馆举行新年招待会";
            case ZH_HANT -> "駐美國使館舉行新年招待會";
            case EN -> "Embassy in the United States holds New Year reception";
        }, switch (language) {
            case ZH_HANS -> "中国驻美国大使馆12月29日举行新年招待会，各界友好人士约300人出席。";
            case ZH_HANT -> "中國駐美國大使館12月29日舉行新年招待會，各界友好人士約300人出席。";
            case EN -> "The Chinese Embassy in the United States held a New Year reception on 29 December, attended by "
                    + "about 300 friends from all walks of life.";
        });
    }

    static ChannelContent item(ContentKind kind, ContentLanguage language, String title, String text) {
        return new ChannelContent(kind, language, title, List.of(text), null, FRIDAY_AFTERNOON,
                "press-conference:2011-12-30");
    }
}
