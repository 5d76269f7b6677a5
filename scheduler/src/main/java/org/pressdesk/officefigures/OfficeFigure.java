package org.pressdesk.officefigures;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A yearly figure of the office that no connector knows, as the yearly information-disclosure report
 * states it. Some are broken down by a category (portal items by kind of item, answers to disclosure
 * requests by kind of answer); money is in yuan with at most two decimals, everything else is a count.
 */
public enum OfficeFigure {

    PRESS_CONFERENCES("press-conferences"),
    SPOKESPERSON_ANSWERS("spokesperson-answers"),
    PUBLIC_FORUMS("public-forums"),
    /** Without a category: every item the portal published, also those in no category. */
    PORTAL_ITEMS("portal-items", Categories.OPTIONAL, "important-speech", "statement", "treaty-document",
            "diplomatic-news", "mission-release", "service-information", "public-email"),
    MISSION_WEBSITES("mission-websites"),
    ARCHIVE_FILES_OPENED("archive-files-opened"),
    ARCHIVE_VISITORS("archive-visitors"),
    ARCHIVE_FILES_LENT("archive-files-lent"),
    REQUESTS_RECEIVED("requests-received"),
    /** By kind of answer, as the national form of the report tabulates them. */
    REQUESTS_ANSWERED("requests-answered", Categories.REQUIRED, "disclosed", "partly-disclosed", "not-disclosed",
            "not-held", "not-this-office", "unclear", "other"),
    REQUESTS_ANSWERED_LATE("requests-answered-late"),
    FEES_CHARGED("fees-charged", Categories.NONE, true),
    FEES_WAIVED("fees-waived", Categories.NONE, true),
    ADMINISTRATIVE_REVIEWS("administrative-reviews"),
    LAWSUITS("lawsuits");

    /** Whether a figure is given per category. */
    enum Categories { NONE, OPTIONAL, REQUIRED }

    private final String key;
    private final Categories categories;
    private final List<String> categoryKeys;
    private final boolean money;

    OfficeFigure(String key) {
        this(key, Categories.NONE, false);
    }

    OfficeFigure(String key, Categories categories, String... categoryKeys) {
        this.key = key;
        this.categories = categories;
        this.categoryKeys = List.of(categoryKeys);
        this.money = false;
    }

    OfficeFigure(String key, Categories categories, boolean money) {
        this.key = key;
        this.categories = categories;
        this.categoryKeys = List.of();
        this.money = money;
    }

    /** The figure's name in the API and in CSV files, e.g. {@code portal-items}. */
    public String key() {
        return key;
    }

    /** The categories it is broken down by, in the report's order; empty when it has none. */
    public List<String> categoryKeys() {
        return categoryKeys;
    }

    public boolean isMoney() {
        return money;
    }

    /** The figure named so, ignoring case and {@code _} for {@code -}. */
    public static Optional<OfficeFigure> byKey(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String key = typed.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(figure -> figure.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(OfficeFigure::key).toList();
    }

    /**
     * The category as stored ({@code ""} for none).
     *
     * @throws IllegalArgumentException saying why the figure does not take it
     */
    String category(String typed) {
        String category = typed == null ? "" : typed.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        if (category.isEmpty()) {
            if (categories == Categories.REQUIRED) {
                throw new IllegalArgumentException(key + " needs a category: one of " + String.join(", ", categoryKeys));
            }
            return "";
        }
        if (categories == Categories.NONE) {
            throw new IllegalArgumentException(key + " has no categories");
        }
        if (!categoryKeys.contains(category)) {
            throw new IllegalArgumentException("unknown category '" + typed.trim() + "' of " + key + ": one of "
                    + String.join(", ", categoryKeys));
        }
        return category;
    }

    /**
     * The value as stored.
     *
     * @throws IllegalArgumentException for a negative value, a fraction of a count, or money in less than fen
     */
    BigDecimal value(BigDecimal typed) {
        if (typed.signum() < 0) {
            throw new IllegalArgumentException("must not be negative");
        }
        if (money) {
            if (typed.stripTrailingZeros().scale() > 2) {
                throw new IllegalArgumentException("yuan with at most two decimals");
            }
        } else if (typed.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("must be a whole number");
        }
        if (typed.compareTo(new BigDecimal("100000000000000000")) >= 0) {
            throw new IllegalArgumentException("too large");
        }
        return typed.setScale(money ? 2 : 0, java.math.RoundingMode.UNNECESSARY);
    }
}
