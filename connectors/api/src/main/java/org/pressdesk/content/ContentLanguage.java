package org.pressdesk.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the office writes in, by BCP 47 tag. */
public enum ContentLanguage {
    ZH_HANS("zh-Hans"),
    ZH_HANT("zh-Hant"),
    EN("en");

    private final String tag;

    ContentLanguage(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public boolean isChinese() {
        return this != EN;
    }

    /** Finds a language by its tag, ignoring case ({@code zh-hans}, {@code zh-Hans}). */
    public static Optional<ContentLanguage> fromTag(String tag) {
        return Arrays.stream(values()).filter(language -> language.tag.equalsIgnoreCase(tag)).findFirst();
    }
}
