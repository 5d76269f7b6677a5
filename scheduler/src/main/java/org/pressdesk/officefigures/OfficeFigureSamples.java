package org.pressdesk.officefigures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The office figures of the sample year 2011 that only staff know, as the ministry's report states them
 * (portal items by category, forums, archives, requests, fees, reviews). Conferences and answers are not
 * among them: the sample imports its conferences as the daily run does, and the report counts those.
 */
public final class OfficeFigureSamples {

    private OfficeFigureSamples() {
    }

    public static List<FigureEntry> year2011() {
        List<FigureEntry> entries = new ArrayList<>();
        add(entries, OfficeFigure.PORTAL_ITEMS, "", 189_127);
        add(entries, OfficeFigure.PORTAL_ITEMS, "important-speech", 1_421);
        add(entries, OfficeFigure.PORTAL_ITEMS, "statement", 912);
        add(entries, OfficeFigure.PORTAL_ITEMS, "treaty-document", 625);
        add(entries, OfficeFigure.PORTAL_ITEMS, "diplomatic-news", 64_875);
        add(entries, OfficeFigure.PORTAL_ITEMS, "mission-release", 13_838);
        add(entries, OfficeFigure.PORTAL_ITEMS, "service-information", 4_540);
        add(entries, OfficeFigure.PORTAL_ITEMS, "public-email", 572);
        add(entries, OfficeFigure.MISSION_WEBSITES, "", 219);
        add(entries, OfficeFigure.PUBLIC_FORUMS, "", 4);
        add(entries, OfficeFigure.ARCHIVE_FILES_OPENED, "", 81_487);
        add(entries, OfficeFigure.ARCHIVE_VISITORS, "", 2_013);
        add(entries, OfficeFigure.ARCHIVE_FILES_LENT, "", 45_753);
        add(entries, OfficeFigure.REQUESTS_RECEIVED, "", 10);
        add(entries, OfficeFigure.REQUESTS_ANSWERED, "disclosed", 6);
        add(entries, OfficeFigure.REQUESTS_ANSWERED, "partly-disclosed", 1);
        add(entries, OfficeFigure.REQUESTS_ANSWERED, "not-held", 2);
        add(entries, OfficeFigure.REQUESTS_ANSWERED, "not-this-office", 1);
        add(entries, OfficeFigure.REQUESTS_ANSWERED_LATE, "", 0);
        add(entries, OfficeFigure.FEES_CHARGED, "", 0);
        add(entries, OfficeFigure.FEES_WAIVED, "", 0);
        add(entries, OfficeFigure.ADMINISTRATIVE_REVIEWS, "", 0);
        add(entries, OfficeFigure.LAWSUITS, "", 0);
        return entries;
    }

    private static void add(List<FigureEntry> entries, OfficeFigure figure, String category, long value) {
        entries.add(FigureEntry.of(2011, figure, category, BigDecimal.valueOf(value)));
    }
}
