package org.pressdesk.dailyrun.transcript;

/** A transcript file that cannot be read at all: empty, binary, not UTF-8, no date line, or unreadable. */
public class UnreadableTranscriptException extends RuntimeException {

    public UnreadableTranscriptException(String message) {
        super(message);
    }

    public UnreadableTranscriptException(String message, Throwable cause) {
        super(message, cause);
    }
}
