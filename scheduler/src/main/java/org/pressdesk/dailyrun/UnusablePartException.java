package org.pressdesk.dailyrun;

/** A part of a transcript that cannot become a post; the run skips it and records the reason. */
class UnusablePartException extends RuntimeException {

    private final String source;
    private final String excerpt;

    UnusablePartException(String source, String reason, String excerpt) {
        super(reason);
        this.source = source;
        this.excerpt = excerpt;
    }

    String source() {
        return source;
    }

    String excerpt() {
        return excerpt;
    }
}
