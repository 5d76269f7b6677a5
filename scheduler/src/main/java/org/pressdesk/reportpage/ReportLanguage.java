package org.pressdesk.reportpage;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages report pages are written in, named as in {@code ?lang=}. */
public enum ReportLanguage {

    ZH_HANS("zh-Hans"), ZH_HANT("zh-Hant"), EN("en");

    private final String tag;

    ReportLanguage(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language named so (ignoring case); the office's usual zh-Hans when none is named. */
    public static Optional<ReportLanguage> of(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.of(ZH_HANS);
        }
        return Arrays.stream(values()).filter(language -> language.tag.equalsIgnoreCase(typed.trim())).findFirst();
    }
}
