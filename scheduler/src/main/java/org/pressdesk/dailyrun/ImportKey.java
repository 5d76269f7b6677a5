package org.pressdesk.dailyrun;

import java.time.LocalDate;
import org.pressdesk.content.ContentLanguage;

/**
 * One post's place in a conference: its briefing summary is item {@value #SUMMARY}, its answers items
 * 1, 2, … in the transcript's order. The same conference in another language is another conference's
 * worth of posts.
 */
record ImportKey(LocalDate conferenceDate, ContentLanguage language, int item) {

    static final int SUMMARY = 0;

    @Override
    public String toString() {
        return conferenceDate + "/" + language.tag() + "#" + item;
    }
}
