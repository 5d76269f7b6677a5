package org.pressdesk.dailyrun.transcript;

import java.time.LocalDate;
import java.util.List;
import org.pressdesk.content.ContentLanguage;

/**
 * One regular press conference as its transcript tells it.
 *
 * @param source        where it was read from (a file name or an address), for the run's report
 * @param date          the conference's date, from its date line
 * @param spokesperson  who held it, as the date line names them ({@code 洪磊}, {@code Hong Lei})
 * @param language      the transcript's language
 * @param announcements the opening statement's announcements, in order (empty when there was none)
 * @param answers       every question and its answer, numbered from 1 in the transcript's order
 * @param unparsed      the parts that could not be read as any of the above, each with the reason
 */
public record Transcript(String source, LocalDate date, String spokesperson, ContentLanguage language,
                         List<String> announcements, List<QuestionAndAnswer> answers, List<UnparsedPart> unparsed) {

    public Transcript {
        announcements = List.copyOf(announcements);
        answers = List.copyOf(answers);
        unparsed = List.copyOf(unparsed);
    }
}
