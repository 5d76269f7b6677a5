package org.pressdesk.connector.radio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pressdesk.content.ContentLanguage;

class ReadAloudTest {

    private static String hans(String text) {
        return ReadAloud.forReading(text, ContentLanguage.ZH_HANS);
    }

    private static String hant(String text) {
        return ReadAloud.forReading(text, ContentLanguage.ZH_HANT);
    }

    @Test
    void writesDatesAsTheyAreRead() {
        assertThat(hant("2011年12月30日，外交部發言人洪磊主持例行記者會。"))
                .isEqualTo("二〇一一年十二月三十日，外交部發言人洪磊主持例行記者會。");
        assertThat(hans("8月1日起每周3期")).isEqualTo("八月一日起每周三期");
        assertThat(hans("会议定于2012-01-04举行")).isEqualTo("会议定于二〇一二年一月四日举行");
        assertThat(hans("1990年代")).isEqualTo("一九九〇年代");
    }

    @Test
    void writesCountsWithMyriadUnits() {
        assertThat(hant("主動發佈信息達189,127條")).isEqualTo("主動發佈信息達十八萬九千一百二十七條");
        assertThat(hans("主动发布信息达189,127条")).isEqualTo("主动发布信息达十八万九千一百二十七条");
        assertThat(hans("近2300条微博，粉丝120多万")).isEqualTo("近两千三百条微博，粉丝一百二十多万");
        assertThat(hans("共219个驻外外交机构")).isEqualTo("共二百一十九个驻外外交机构");
        assertThat(hans("133场记者会")).isEqualTo("一百三十三场记者会");
    }

    @Test
    void readsZerosTensAndTwosAsPeopleSayThem() {
        assertThat(ReadAloud.number(10, false)).isEqualTo("十");
        assertThat(ReadAloud.number(12, false)).isEqualTo("十二");
        assertThat(ReadAloud.number(20, false)).isEqualTo("二十");
        assertThat(ReadAloud.number(105, false)).isEqualTo("一百零五");
        assertThat(ReadAloud.number(112, false)).isEqualTo("一百一十二");
        assertThat(ReadAloud.number(1005, false)).isEqualTo("一千零五");
        assertThat(ReadAloud.number(2000, true)).isEqualTo("兩千");
        assertThat(ReadAloud.number(10050, false)).isEqualTo("一万零五十");
        assertThat(ReadAloud.number(100000, false)).isEqualTo("十万");
        assertThat(ReadAloud.number(20000, true)).isEqualTo("兩萬");
        assertThat(ReadAloud.number(1000000, false)).isEqualTo("一百万");
        assertThat(ReadAloud.number(10000001, false)).isEqualTo("一千万零一");
        assertThat(ReadAloud.number(100000005, false)).isEqualTo("一亿零五");
        assertThat(ReadAloud.number(120000000, true)).isEqualTo("一億兩千萬");
        assertThat(hans("2个国家、2月、第2")).isEqualTo("两个国家、二月、第二");
    }

    @Test
    void readsDecimalsPercentagesAndTimes() {
        assertThat(hans("增长3.5%，粉丝1.2万")).isEqualTo("增长百分之三点五，粉丝一点二万");
        assertThat(hant("節目17:40播出，18:05結束，19:00重播")).isEqualTo("節目十七點四十分播出，十八點零五分結束，十九點重播");
    }

    @Test
    void readsAFallAsANewsreaderDoesAndOtherNegativePercentagesWithTheirSign() {
        assertThat(hant("出口增長-2.5%")).isEqualTo("出口下降百分之二點五");
        assertThat(hans("同比增长－2.5％，增速为-0.3%")).isEqualTo("同比下降百分之二点五，增速为负百分之零点三");
        assertThat(hans("上涨+1.2%")).isEqualTo("上涨百分之一点二");
        assertThat(hans("降幅由2%-3%收窄")).isEqualTo("降幅由百分之二-百分之三收窄");
        assertThat(ReadAloud.number(-5, false)).isEqualTo("负五");
        assertThat(ReadAloud.number(-5, true)).isEqualTo("負五");
    }

    @Test
    void readsHotlinesDigitByDigitWithOneAsYao() {
        assertThat(hans("全球领事保护与服务应急呼叫中心热线：12308")).isEqualTo("全球领事保护与服务应急呼叫中心热线：幺二三零八");
        assertThat(hans("咨询电话010-65961114")).isEqualTo("咨询电话零幺零六五九六幺幺幺四");
        assertThat(hant("領事保護熱線+86-10-12308")).isEqualTo("領事保護熱線八六幺零幺二三零八");
        // Only telephone numbers: 1 stays 一 in counts, dates and decimals.
        assertThat(hans("第1期，1.1万人")).isEqualTo("第一期，一点一万人");
    }

    @Test
    void dropsLinksAndReadsFullWidthDigits() {
        assertThat(hans("详情见 https://www.fmprc.gov.cn/t892010.shtml 。")).isEqualTo("详情见 。");
        assertThat(hans("１２月３０日")).isEqualTo("十二月三十日");
    }

    @Test
    void englishKeepsNumbersButSpellsOutIsoDates() {
        assertThat(ReadAloud.forReading("On 2011-12-30 about 2,000 answers. See https://example.org/x",
                ContentLanguage.EN)).isEqualTo("On 30 December 2011 about 2,000 answers. See");
        assertThat(ReadAloud.forReading("call the hotline 12308.", ContentLanguage.EN)).isEqualTo("call the hotline 1 2 3 0 8.");
    }
}
