package org.pressdesk.post;

import java.time.LocalDate;

/**
 * Where a post came from.
 *
 * @param conferenceDate the regular press conference it answers from, if any
 * @param questionNumber the question's position in that conference's transcript, if any
 * @param reference      anything else that identifies the source (transcript URL, file number)
 */
public record PostSource(LocalDate conferenceDate, Integer questionNumber, String reference) {

    public static final PostSource NONE = new PostSource(null, null, null);

    /** A compact form for channels and files, e.g. {@code press-conference:2011-12-30#3}. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (conferenceDate != null) {
            text.append("press-conference:").append(conferenceDate);
            if (questionNumber != null) {
                text.append('#').append(questionNumber);
            }
        }
        if (reference != null && !reference.isBlank()) {
            text.append(text.isEmpty() ? "" : " ").append(reference);
        }
        return text.isEmpty() ? null : text.toString();
    }
}
