package org.pressdesk.connector.radio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReadingSpeedTest {

    private final ReadingSpeed news = ReadingSpeed.NEWS_READ;

    @Test
    void twoHundredFiftyChineseCharactersTakeAMinute() {
        assertThat(news.seconds("中".repeat(250))).isEqualTo(60);
        assertThat(news.seconds("中".repeat(251))).isEqualTo(61);
        assertThat(news.seconds("中")).isEqualTo(1);
    }

    @Test
    void punctuationSpacesAndEmptyTextTakeNoTime() {
        assertThat(news.seconds("")).isZero();
        assertThat(news.seconds("，。！？「」 \n")).isZero();
        assertThat(news.seconds("中方歡迎。".repeat(50))).isEqualTo(48);
    }

    @Test
    void aHundredSixtyEnglishWordsTakeAMinute() {
        assertThat(news.seconds("word ".repeat(160))).isEqualTo(60);
        assertThat(news.seconds("China's role, e.g. the P5+1 talks.")).isEqualTo(3);
    }

    @Test
    void latinWordsInChineseTakeAnEnglishWordsTime() {
        // 100 characters = 24 s, 8 words = 3 s.
        assertThat(news.seconds("中".repeat(100) + " APEC G20 WTO UN ASEAN BRICS SCO EU")).isEqualTo(27);
    }

    @Test
    void speedsAreConfigurable() {
        assertThat(new ReadingSpeed(200, 120).seconds("中".repeat(200) + " one two")).isEqualTo(61);
        assertThatThrownBy(() -> new ReadingSpeed(0, 160)).isInstanceOf(IllegalArgumentException.class);
    }
}
