package org.pressdesk.connector.radio;

import java.util.regex.Pattern;

/**
 * How fast the presenter reads: Chinese characters a minute, English words a minute. A Latin word inside
 * Chinese text (APEC, G20) takes an English word's time.
 *
 * @param chineseCharactersPerMinute about 250 for a Mandarin news read
 * @param englishWordsPerMinute      about 160 for an English news read
 */
public record ReadingSpeed(int chineseCharactersPerMinute, int englishWordsPerMinute) {

    public static final ReadingSpeed NEWS_READ = new ReadingSpeed(250, 160);

    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z0-9]+(?:['’.-][A-Za-z0-9]+)*");

    public ReadingSpeed {
        if (chineseCharactersPerMinute <= 0 || englishWordsPerMinute <= 0) {
            throw new IllegalArgumentException("reading speeds must be > 0");
        }
    }

    /**
     * The whole seconds it takes to read a text that is already written for reading (see
     * {@link ReadAloud}), rounded up; punctuation and spaces take no time.
     */
    public int seconds(String readAloudText) {
        long characters = readAloudText.codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long words = LATIN_WORD.matcher(readAloudText).results().count();
        double seconds = characters * 60.0 / chineseCharactersPerMinute + words * 60.0 / englishWordsPerMinute;
        return (int) Math.ceil(seconds - 1e-9);
    }
}
