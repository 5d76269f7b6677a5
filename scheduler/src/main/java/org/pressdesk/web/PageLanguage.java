package org.pressdesk.web;

import java.util.Enumeration;
import java.util.Locale;

/** Maps what a browser asks for onto the three languages the pages are written in. */
public final class PageLanguage {

    private PageLanguage() {
    }

    /** The first of the browser's languages the pages carry; zh-Hans when none is. */
    static Locale closest(Enumeration<Locale> asked) {
        while (asked != null && asked.hasMoreElements()) {
            Locale locale = of(asked.nextElement());
            if (locale != null) {
                return locale;
            }
        }
        return WebConfiguration.LANGUAGES.getFirst();
    }

    /** zh-Hans, zh-Hant or en for a locale the pages can show, else null (zh-TW and zh-HK read Traditional). */
    static Locale of(Locale locale) {
        if (locale.getLanguage().equals("en")) {
            return Locale.ENGLISH;
        }
        if (!locale.getLanguage().equals("zh")) {
            return null;
        }
        boolean traditional = locale.getScript().equals("Hant")
                || (locale.getScript().isEmpty() && (locale.getCountry().equals("TW") || locale.getCountry().equals("HK")
                || locale.getCountry().equals("MO")));
        return Locale.forLanguageTag(traditional ? "zh-Hant" : "zh-Hans");
    }

    /** The tag a page's {@code lang} attribute and its language links carry. */
    public static String tag(Locale locale) {
        Locale shown = of(locale);
        return (shown == null ? WebConfiguration.LANGUAGES.getFirst() : shown).toLanguageTag();
    }
}
